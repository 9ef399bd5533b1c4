import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { StrichkaDataElement } from '../../core/strichka-data-element.js';
import type { StrichkaItemClickDetail } from '../../core/strichka-events.js';
import { tokens } from '../../core/tokens.styles.js';
import type { FeedItem } from '../../feed/index.js';
import { formatMessage } from '../../i18n/format-message.js';
import { formatAge, formatClock, formatStamp } from '../../i18n/format-time.js';
import { intlFormatter } from '../../i18n/intl-formatter.js';
import { cardStyles } from './card.styles.js';
import { findCardItem } from './find-card-item.js';
import { isHttpUrl } from '../../core/is-http-url.js';

/** The layouts of a card. */
export type CardLayout = 'vertical' | 'horizontal' | 'compact';

/** Younger than this, a card says how long ago ("5 minutes ago") instead of when. */
const RECENT_MS = 12 * 3600e3;

/** A positive integer from an attribute or property, else `fallback`. */
const positive = (value: unknown, fallback: number, max = Infinity): number =>
  Number.isInteger(value) && (value as number) > 0 ? Math.min(value as number, max) : fallback;

/**
 * `<strichka-card>`: one article of a feed (or an `item` set from script) with its image, title
 * link, time, authors, summary and tags.
 *
 * A skeleton of the same size stands in while the feed loads, unless the element has light-DOM
 * children: they are the fallback, shown before data, when the feed fails with nothing cached
 * and when the item is not in the feed. A last good copy shown because the feed failed carries
 * an "as of 16:12" note. An image that fails to load is hidden and leaves its reserved box.
 *
 * @slot - Fallback content: shown before data, on failure with nothing cached, and when the item is not found.
 * @fires strichka-load - The feed arrived (fresh or a last good copy); detail {feed, url, stale}.
 * @fires strichka-error - The feed could not be fetched or read; detail {error, url, stale}.
 * @fires strichka-item-click - The title link was clicked; detail {item}; cancel it to stop the navigation.
 * @csspart card - The article: the whole card once an item is shown.
 * @csspart media - The box of the image, sized by its aspect ratio before the image loads.
 * @csspart image - The image.
 * @csspart title - The heading.
 * @csspart link - The title link (its ::after stretches over the card, so the whole card is clickable).
 * @csspart meta - The line with time, "updated" marker and authors.
 * @csspart time - The publication time.
 * @csspart updated - The "updated" marker of an item changed after publication.
 * @csspart authors - The authors.
 * @csspart summary - The summary, clamped to `lines`.
 * @csspart tags - The list of tags.
 * @csspart tag - One tag.
 * @csspart tag-link - The link of a tag, when `tag-href` is set.
 * @csspart note - The "as of 16:12" note on a last good copy.
 * @csspart skeleton - The placeholder while the feed loads.
 * @csspart error - The message when the feed failed and there is neither a copy nor fallback content.
 * @cssprop [--strichka-card-image-ratio=16 / 9] - The image box's ratio when the feed gives no image size.
 * @cssprop --strichka-font - Font family (inherited by default).
 * @cssprop --strichka-font-size - Base font size (1rem).
 * @cssprop --strichka-space - Base spacing (0.5rem).
 * @cssprop --strichka-radius - Corner radius of the image and tags (0.5rem).
 * @cssprop --strichka-color-text - Text colour.
 * @cssprop --strichka-color-muted - Colour of the time, authors and note.
 * @cssprop --strichka-color-accent - Colour of the "updated" marker.
 * @cssprop --strichka-color-link - Colour of the title link.
 * @cssprop --strichka-color-background - Background.
 * @cssprop --strichka-color-surface - Image box, tags and skeleton.
 * @cssprop --strichka-color-focus - Focus ring.
 */
export class StrichkaCard extends StrichkaDataElement {
  static override styles = [tokens, cardStyles];

  /** The item to show, set from script: wins over the feed, and needs none (then nothing is fetched). */
  @property({ attribute: false }) item?: FeedItem;

  /** The `id` of the feed item to show; when unset, `index` picks it. */
  @property({ attribute: 'item-id' }) itemId?: string;

  /** The position of the item to show in the feed (0: the newest). */
  @property({ type: Number }) index = 0;

  /** `vertical` (image on top), `horizontal` (image at the inline start; stacked when narrow) or `compact` (no image, no summary). */
  @property({ reflect: true }) layout: CardLayout = 'vertical';

  /** The level of the title's heading, 1–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The `target` of the links (`_blank` opens a new tab, with `rel="noopener"`). */
  @property() target?: string;

  /** The IANA time zone of absolute times (e.g. `Europe/Kyiv`); default: the reader's. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** The most lines of summary shown. */
  @property({ type: Number }) lines = 3;

  /** A link template for tags, `{tag}` standing for the tag (e.g. `/tags/{tag}`); unset: tags are text. */
  @property({ attribute: 'tag-href' }) tagHref?: string;

  /** The image URL that failed to load: its box stays, empty. */
  @state() private failedImage?: string;

  /** The item on screen, for the click event. */
  private shown?: FeedItem;

  protected override render(): TemplateResult {
    const { status, feed, error, fetchedAt } = this.data.state;
    const item = this.item ?? (feed && findCardItem(feed.items, this.itemId, this.index));
    this.shown = item;
    if (item) return this.renderCard(item, !this.item && status == 'stale' && error ? fetchedAt : undefined);
    if (feed || this.hasFallback) return this.renderFallback();
    if (status == 'error') return html`<p part="error" class="error">${formatMessage(this.locale, 'error')}</p>`;
    return this.renderSkeleton();
  }

  private get layoutClass(): CardLayout {
    return this.layout == 'horizontal' || this.layout == 'compact' ? this.layout : 'vertical';
  }

  private renderCard(item: FeedItem, staleSince: number | undefined): TemplateResult {
    const layout = this.layoutClass;
    const full = layout != 'compact';
    const authors = full && item.authors?.length ? intlFormatter(Intl.ListFormat, this.locale).format(item.authors) : '';
    const time = this.renderTime(item);
    return html`<article part="card" class="card ${layout}" dir=${this.direction}>
      ${full ? this.renderImage(item) : nothing}
      <div class="body">
        <div part="title" class="title" role="heading" aria-level=${positive(this.headingLevel, 3, 6)}>${this.renderLink(item)}</div>
        ${time != nothing || authors
          ? html`<p part="meta" class="meta">${time} ${authors ? html`<span part="authors" class="authors">${authors}</span>` : nothing}</p>`
          : nothing}
        ${full && item.summary
          ? html`<p part="summary" class="summary" style=${styleMap({ '--_lines': String(positive(this.lines, 3)) })}>${item.summary}</p>`
          : nothing}
        ${this.renderTags(item.tags)}
        ${staleSince
          ? html`<p part="note" class="note">${formatMessage(this.locale, 'asOf', formatClock(new Date(staleSince).toISOString(), this.locale, this.timeZone))}</p>`
          : nothing}
      </div>
    </article>`;
  }

  private renderImage({ image }: FeedItem): TemplateResult | typeof nothing {
    if (!image || !isHttpUrl(image.url)) return nothing;
    const width = positive(image.width, 0);
    const height = positive(image.height, 0);
    const sized = width && height;
    return html`<div part="media" class="media" style=${styleMap({ '--_ratio': sized ? `${width} / ${height}` : undefined })}>
      <img
        part="image"
        src=${image.url}
        alt=${image.alt ?? ''}
        width=${sized ? width : nothing}
        height=${sized ? height : nothing}
        loading="lazy"
        decoding="async"
        ?hidden=${this.failedImage == image.url}
        @error=${() => (this.failedImage = image.url)}
      />
    </div>`;
  }

  private renderLink(item: FeedItem): TemplateResult | string {
    if (!isHttpUrl(item.url)) return item.title;
    return html`<a part="link" class="link" href=${item.url} target=${this.target || nothing} rel=${this.target ? 'noopener' : nothing} @click=${this.onLinkClick}
      >${item.title}</a
    >`;
  }

  private renderTime({ published, updated }: FeedItem): TemplateResult | typeof nothing {
    const stamp = published ?? updated;
    const time = Date.parse(stamp!);
    if (isNaN(time)) return nothing;
    const now = Date.now();
    const age = now - time;
    const full = formatStamp(stamp, this.locale, this.timeZone);
    const changed = published && Date.parse(updated!) > time;
    return html`<time part="time" class="time" datetime=${stamp!} title=${full}>${age > -60e3 && age < RECENT_MS ? formatAge(stamp, now, this.locale) : full}</time>
      ${changed
        ? html`<time part="updated" class="updated" datetime=${updated!} title=${formatStamp(updated, this.locale, this.timeZone)}
            >${formatMessage(this.locale, 'updated')}</time
          >`
        : nothing}`;
  }

  private renderTags(tags: readonly string[] | undefined): TemplateResult | typeof nothing {
    if (!tags?.length) return nothing;
    const template = this.tagHref;
    return html`<ul part="tags" class="tags" aria-label=${formatMessage(this.locale, 'tags')}>
      ${tags.map(
        (tag) =>
          html`<li part="tag" class="tag">
            ${template
              ? html`<a part="tag-link" href=${template.replaceAll('{tag}', encodeURIComponent(tag))} target=${this.target || nothing} rel=${this.target ? 'noopener' : nothing}
                  >${tag}</a
                >`
              : tag}
          </li>`,
      )}
    </ul>`;
  }

  private renderSkeleton(): TemplateResult {
    const layout = this.layoutClass;
    const full = layout != 'compact';
    const line = html`<span class="skeleton line"></span>`;
    return html`<div part="skeleton" class="card ${layout}" dir=${this.direction} aria-busy="true">
      <span class="visually-hidden">${formatMessage(this.locale, 'loading')}</span>
      ${full ? html`<div class="media skeleton" aria-hidden="true"></div>` : nothing}
      <div class="body" aria-hidden="true">
        <div class="title">${line}${line}</div>
        <div class="meta">${line}</div>
        ${full ? html`<div class="summary-lines">${Array.from({ length: positive(this.lines, 3, 12) }, () => line)}</div>` : nothing}
        <div class="meta">${line}</div>
      </div>
    </div>`;
  }

  private readonly onLinkClick = (event: MouseEvent): void => {
    const item = this.shown;
    if (item && !this.emit<StrichkaItemClickDetail>('strichka-item-click', { item }, true)) event.preventDefault();
  };
}
