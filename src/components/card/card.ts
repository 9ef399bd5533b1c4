import { html, nothing, unsafeCSS, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { shadowBox } from '../../core/box-rules.js';
import { FitController } from '../../core/fit-controller.js';
import { frameStyles } from '../../core/frame.styles.js';
import { hideOverflow } from '../../core/hide-overflow.js';
import { boundedInteger } from '../../core/bounded-integer.js';
import { isHttpUrl } from '../../core/is-http-url.js';
import { isUpdated, itemTime } from '../../core/item-time.js';
import { linkRel } from '../../core/link-rel.js';
import { skeletonLine } from '../../core/skeleton-line.js';
import { StrichkaDataElement } from '../../core/strichka-data-element.js';
import { tagHref } from '../../core/tag-href.js';
import { staleNote } from '../../core/time-label.js';
import { tokens } from '../../core/tokens.styles.js';
import type { FeedItem } from '../../feed/index.js';
import { commonStrings } from '../../i18n/common-strings.js';
import { formatMessage } from '../../i18n/format-message.js';
import { formatAge, formatStamp } from '../../i18n/format-time.js';
import { intlFormatter } from '../../i18n/intl-formatter.js';
import { cardBox } from './card-box.styles.js';
import { cardStyles } from './card.styles.js';
import { findCardItem } from './find-card-item.js';

/** The layouts of a card. */
export type CardLayout = 'vertical' | 'horizontal' | 'compact';

/** Younger than this, a card says how long ago ("5 minutes ago") instead of when. */
const RECENT_MS = 12 * 3600e3;

/**
 * `<strichka-card>`: one article of a feed (or an `item` set from script) with its image, title
 * link, time, authors, summary and tags.
 *
 * Its box is reserved from its attributes and width, before it is defined (with the page's
 * `strichka.css`) and in every state; the image is cropped to the box's ratio, the title takes at
 * most three lines (two in a compact card), the summary as many lines as are left (at most
 * `lines`), and tags that do not fit one line are hidden.
 *
 * A skeleton stands in while the feed loads, unless the element has light-DOM
 * children: they are the fallback, shown before data, when the feed fails with nothing cached
 * and when the item is not in the feed. A last good copy shown because the feed failed carries
 * an "as of 16:12" note ("as of 24 May" when older than today). An image that fails to load is
 * hidden and leaves its reserved box, and so does an item of a feed without an image (hide
 * `::part(no-image)` to drop that empty box, at the cost of a shift when the item arrives). The feed's own text (title, authors, summary, tags, image
 * description) takes its direction from itself (`dir="auto"`) and, when the feed's language is
 * not the element's, carries the feed's `lang`.
 *
 * @slot - Fallback content: shown before data, on failure with nothing cached, and when the item is not found.
 * @fires strichka-load - The feed arrived (fresh or a last good copy); detail {feed, url, stale}.
 * @fires strichka-error - The feed could not be fetched or read; detail {error, url, stale}.
 * @fires strichka-item-click - The title link was clicked; detail {item}; cancel it to stop the navigation.
 * @csspart card - The article: the whole card once an item is shown.
 * @csspart media - The box of the image, sized by its aspect ratio before the image loads.
 * @csspart no-image - With `media`: the empty box of a feed's item without an image.
 * @csspart image - The image.
 * @csspart title - The heading.
 * @csspart link - The title link (its ::after stretches over the card, so the whole card is clickable).
 * @csspart meta - The line with time, "updated" marker and authors.
 * @csspart time - The publication time.
 * @csspart updated - The "updated" marker: an item changed 15 minutes or more after publication, unless most of the feed is (YouTube).
 * @csspart authors - The authors.
 * @csspart summary - The summary, clamped to `lines`.
 * @csspart tags - The list of tags.
 * @csspart tag - One tag.
 * @csspart tag-link - The link of a tag, when `tag-href` is set.
 * @csspart note - The "as of 16:12" note on a last good copy shown because the feed failed.
 * @csspart skeleton - The placeholder while the feed loads.
 * @csspart error - The message when the feed failed and there is neither a copy nor fallback content.
 * @cssprop [--strichka-card-image-ratio=16 / 9] - The image box's ratio (images are cropped to it).
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
  // Read when the tag is registered (lit finalizes the class then), not as the script starts.
  static override get styles() {
    return [tokens, unsafeCSS(cardBox(shadowBox)), frameStyles, cardStyles];
  }

  static override properties: PropertyDeclarations = {
    item: { attribute: false },
    itemId: { attribute: 'item-id' },
    index: { type: Number },
    layout: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    target: {},
    timeZone: { attribute: 'time-zone' },
    // Reflected: the box rules read it.
    lines: { type: Number, reflect: true },
    tagHref: { attribute: 'tag-href' },
    failedImage: { state: true },
  };

  /** The item to show, set from script: wins over the feed, and needs none (then nothing is fetched). */
  declare item?: FeedItem;

  /** The `id` of the feed item to show; when unset, `index` picks it. */
  declare itemId?: string;

  /** The position of the item to show in the feed (0: the newest). */
  declare index: number;

  /** `vertical` (image on top), `horizontal` (image at the inline start; stacked when narrow) or `compact` (no image, no summary). */
  declare layout: CardLayout;

  /** The level of the title's heading, 1–6 (default 3). */
  declare headingLevel: number;

  /** The `target` of the links; one that opens a new context (`_blank`) gets `rel="noopener"`. */
  declare target?: string;

  /** The IANA time zone of absolute times (e.g. `Europe/Kyiv`); default: the reader's. */
  declare timeZone?: string;

  /** The most lines of summary shown (default 3). */
  declare lines: number;

  /** A link template for tags, `{tag}` standing for the tag (e.g. `/tags/{tag}`); http(s) or relative only; unset: tags are text. */
  declare tagHref?: string;

  /** The image URL that failed to load: its box stays, empty. */
  private declare failedImage?: string;

  /** The whole lines of summary the box has room for, as last laid out. */
  #room = 0;

  constructor() {
    super();
    // Fits the content to the box after layout.
    new FitController(this, '.room, .tags', () => this.#fitText());
    this.index = 0;
    this.layout = 'vertical';
    this.headingLevel = 3;
    this.lines = 3;
  }

  /** The item on screen: `item`, else the one `item-id` or `index` picks from the feed. */
  get #shownItem(): FeedItem | undefined {
    const { feed } = this.data.state;
    return this.item ?? (feed && findCardItem(feed.items, this.itemId, this.index));
  }

  protected override render(): TemplateResult {
    const item = this.#shownItem;
    if (item) return this.#renderCard(item);
    const { status, feed } = this.data.state;
    // An item missing from the feed shows the fallback too, or nothing: no skeleton waits for it.
    const fallback = !!feed || this.hasFallback;
    return html`<div class="frame fallback">${this.renderFallback(fallback)}${fallback
      ? nothing
      : status == 'error'
        ? html`<p part="error" class="error" lang=${this.stringsLang ?? nothing}>${formatMessage(this.locale, commonStrings, 'error')}</p>`
        : this.#renderSkeleton()}</div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('lines')) this.#clampSummary();
  }

  /** The summary takes the whole lines left to it (at most `lines`); tags past the first line are hidden. */
  #fitText(): void {
    const room = this.renderRoot.querySelector<HTMLElement>('.room');
    const tags = this.renderRoot.querySelector<HTMLElement>('.tags');
    // A little over a whole line is that line: 67.2 / 22.4 is 2.99… in floating point.
    this.#room = room ? Math.floor(room.clientHeight / parseFloat(getComputedStyle(room).lineHeight) + 0.01) : 0;
    if (tags) hideOverflow(tags, tags.children as HTMLCollectionOf<HTMLElement>);
    this.#clampSummary();
  }

  #clampSummary(): void {
    const room = this.renderRoot.querySelector<HTMLElement>('.room');
    room?.style.setProperty('--_clamp', String(Math.min(this.#room, boundedInteger(this.lines, 3, 1, 12))));
    room?.toggleAttribute('data-clipped', !this.#room);
  }

  get #layoutClass(): CardLayout {
    return this.layout == 'horizontal' || this.layout == 'compact' ? this.layout : 'vertical';
  }

  #renderCard(item: FeedItem): TemplateResult {
    const layout = this.#layoutClass;
    const full = layout != 'compact';
    const authors = full && item.authors?.length ? intlFormatter(Intl.ListFormat, this.locale).format(item.authors) : '';
    const time = this.#renderTime(item);
    const note = !this.item && staleNote(this.data.state, Date.now(), this.locale, this.timeZone);
    // Not on the article: its times and labels are in the element's language. dir="auto": an
    // English summary on an Arabic page keeps its full stop at its end.
    const lang = this.textLang(!this.item);
    return html`<article part="card" class="frame card ${layout}" dir=${this.direction}>
      ${full ? this.#renderImage(item, lang) : nothing}
      <div class="body">
        <div part="title" class="title" role="heading" aria-level=${boundedInteger(this.headingLevel, 3, 1, 6)} dir="auto" lang=${lang}>${this.#renderLink(item)}</div>
        ${time != nothing || authors ? html`<p part="meta" class="meta">${time} ${authors ? html`<span part="authors" dir="auto" lang=${lang}>${authors}</span>` : nothing}</p>` : nothing}
        ${full && item.summary ? html`<div class="room"><p part="summary" class="summary" dir="auto" lang=${lang}>${item.summary}</p></div>` : nothing}
        ${this.#renderTags(item.tags, lang)}
        ${note ? html`<p part="note" class="note" lang=${this.stringsLang ?? nothing}>${note}</p>` : nothing}
      </div>
    </article>`;
  }

  #renderImage(item: FeedItem, lang: string | typeof nothing): TemplateResult | typeof nothing {
    const { image } = item;
    if (image && isHttpUrl(image.url) && this.failedImage != image.url) {
      return html`<div part="media" class="media">
        <img
          part="image"
          src=${image.url}
          alt=${image.alt ?? ''}
          lang=${lang}
          loading="lazy"
          decoding="async"
          @error=${() => (this.failedImage = image.url)}
        />
      </div>`;
    }
    // From a feed, an item without an image keeps the box the skeleton reserved, and any item whose
    // image failed keeps its box: no jump. It shows whose news it is, the feed's name or the link's
    // site, not a blank that looks broken; a screen reader has that from the title already. An
    // `item` set from script without an image had no skeleton to keep.
    if (this.item && (!image || this.failedImage != image.url)) return nothing;
    const site = this.data.state.feed?.title || (isHttpUrl(item.url) ? new URL(item.url).hostname.replace(/^www\./, '') : '');
    return html`<div part="media no-image" class="media no-image" aria-hidden="true"><span dir="auto" lang=${lang}>${site}</span></div>`;
  }

  #renderLink(item: FeedItem): TemplateResult | string {
    if (!isHttpUrl(item.url)) return item.title;
    return html`<a part="link" class="link" href=${item.url} target=${this.target || nothing} rel=${linkRel(this.target)} @click=${(event: Event) => this.clickItem(event, item)}
      >${item.title}</a
    >`;
  }

  #renderTime(item: FeedItem): TemplateResult | typeof nothing {
    const stamp = itemTime(item);
    const time = Date.parse(stamp!);
    if (isNaN(time)) return nothing;
    const now = Date.now();
    const age = now - time;
    const full = formatStamp(stamp, this.locale, this.timeZone);
    return html`<time part="time" datetime=${stamp!} title=${full}>${age > -60e3 && age < RECENT_MS ? formatAge(stamp, now, this.locale) : full}</time>
      ${isUpdated(item, this.item ? [item] : (this.data.state.feed?.items ?? [item]))
        ? html`<time part="updated" class="updated" datetime=${item.updated!} title=${formatStamp(item.updated, this.locale, this.timeZone)}
            lang=${this.stringsLang ?? nothing}
            >${formatMessage(this.locale, commonStrings, 'updated')}</time
          >`
        : nothing}`;
  }

  #renderTags(tags: readonly string[] | undefined, lang: string | typeof nothing): TemplateResult | typeof nothing {
    if (!tags?.length) return nothing;
    return html`<ul part="tags" class="tags" aria-label=${formatMessage(this.locale, commonStrings, 'tags')} lang=${this.stringsLang ?? nothing}>
      ${tags.map((tag) => {
        const href = tagHref(tag, undefined, this.tagHref, document.baseURI);
        return html`<li part="tag" class="tag" dir="auto" lang=${lang}>
          ${href ? html`<a part="tag-link" href=${href} target=${this.target || nothing} rel=${linkRel(this.target)}>${tag}</a>` : tag}
        </li>`;
      })}
    </ul>`;
  }

  #renderSkeleton(): TemplateResult {
    const layout = this.#layoutClass;
    const full = layout != 'compact';
    return html`<div part="skeleton" class="card ${layout}" dir=${this.direction} aria-busy="true">
      <span class="visually-hidden" lang=${this.stringsLang ?? nothing}>${formatMessage(this.locale, commonStrings, 'loading')}</span>
      ${full ? html`<div class="media skeleton" aria-hidden="true"></div>` : nothing}
      <div class="body" aria-hidden="true">
        <div class="title">${skeletonLine}${skeletonLine}</div>
        <div class="meta">${skeletonLine}</div>
        ${full ? html`<div class="summary-lines">${Array.from({ length: boundedInteger(this.lines, 3, 1, 12) }, () => skeletonLine)}</div>` : nothing}
        <div class="meta">${skeletonLine}</div>
      </div>
    </div>`;
  }
}
