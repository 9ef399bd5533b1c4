import { html, nothing, unsafeCSS, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { shadowBox } from '../../core/box-rules.js';
import { FitController } from '../../core/fit-controller.js';
import { frameStyles } from '../../core/frame.styles.js';
import { hideOverflow } from '../../core/hide-overflow.js';
import { boundedInteger } from '../../core/bounded-integer.js';
import { queryElement } from '../../core/query-element.js';
import { skeletonLine } from '../../core/skeleton-line.js';
import type { StrichkaTagSelectDetail } from '../../core/strichka-events.js';
import { StrichkaDataElement } from '../../core/strichka-data-element.js';
import { tagHref } from '../../core/tag-href.js';
import { staleNote } from '../../core/time-label.js';
import { tokens } from '../../core/tokens.styles.js';
import type { Feed } from '../../feed/index.js';
import { commonStrings } from '../../i18n/common-strings.js';
import { formatMessage } from '../../i18n/format-message.js';
import { intlFormatter } from '../../i18n/intl-formatter.js';
import type { CloudTag } from './cloud-tag.js';
import { countTags } from './count-tags.js';
import { linkTags } from './link-tags.js';
import { orderTags, type TagOrder } from './order-tags.js';
import { tagCloudBox } from './tag-cloud-box.styles.js';
import { tagCloudStyles } from './tag-cloud.styles.js';
import { tagCloudStrings } from './tag-cloud-strings.js';
import { tagSteps } from './tag-weights.js';

export type { CloudTag } from './cloud-tag.js';
export type { TagOrder } from './order-tags.js';

/** The looks of a tag cloud. */
export type TagCloudVariant = 'cloud' | 'inline';

/** What a `target` element must have to be filtered: a ticker's `tag`. */
interface TagFiltered {
  tag?: string | undefined;
}

/** The number of placeholder tags while loading (fewer with a smaller `limit`). */
const SKELETON_TAGS = 8;

/**
 * `<strichka-tag-cloud>`: the tags of a feed's stories, sized by how many stories have each; or,
 * with `variant="inline"`, an article's tags as a plain list ("prisoners · exchange · Zelenskyy").
 *
 * Its box is reserved before it is defined (with the page's `strichka.css`) and in every state:
 * `--strichka-tag-cloud-lines` lines of tags (3; 1 inline); tags that do not fit are hidden, the
 * first (most stories) kept. A feed without tags leaves the box empty.
 *
 * Tags come from the `tags` property, else from the feed (`src` or `feed`), else from the `<a>`
 * elements inside the element (name from the text, `data-count` the count), which are also what
 * a page without JavaScript shows. Each tag links to its own `href` or the `tag-href` template;
 * with `target="#ticker-id"` the tags are toggle buttons that filter that ticker instead. A tag's
 * name is isolated (`<bdi>`) and, from a feed in another language than the element's, carries the
 * feed's `lang`.
 *
 * The pressed tag is the target's own `tag` (any case), so a `tag` the ticker already has shows
 * pressed, and several clouds on one ticker agree; a cloud notices a change made by another cloud
 * (it hears their `strichka-tag-select`), and one made from script at its next render. When its
 * feed changes (another language) or no longer has that tag, the cloud clears the filter.
 *
 * @slot - Fallback content: `<a>` links are read as the tags until the feed has loaded (and when
 *   it fails with nothing cached); other content is shown as it is.
 *
 * @fires strichka-load - The feed's data arrived (fresh, or a last good copy): `{ feed, url, stale }`.
 * @fires strichka-error - The feed failed: `{ error, url, stale }`.
 * @fires strichka-tag-select - A tag was chosen: `{ tag, count }` (`tag` undefined when the filter
 *   is cleared); cancel it to stop the navigation or the filtering. Also fired, not cancelable,
 *   when the cloud clears a filter its feed no longer fits.
 *
 * @csspart list - The list of tags.
 * @csspart tag - One tag (a list item); also `step-1` … `step-N`, its size class, in a cloud.
 * @csspart link - A tag's link.
 * @csspart button - A tag's toggle button, with `target`; also `active` while it filters.
 * @csspart text - A tag with neither link nor button.
 * @csspart count - The visible count, with `show-counts`.
 * @csspart clear - The "All topics" button that clears the filter, shown while a tag is active.
 * @csspart note - "as of 16:12" on a last good copy shown because the feed failed.
 * @csspart skeleton - The placeholder while loading.
 * @csspart error - The message when the feed failed and there is nothing to show instead.
 *
 * @cssprop [--strichka-tag-cloud-lines=3] - Lines of tags the box holds (default 1 in the inline variant).
 * @cssprop [--strichka-tag-min-size=0.85em] - Font size of the tags of the fewest stories.
 * @cssprop [--strichka-tag-max-size=1.6em] - Font size of the tags of the most stories.
 * @cssprop --strichka-font - Font family (default: inherited).
 * @cssprop --strichka-font-size - Base font size (default 1rem).
 * @cssprop --strichka-space - Base spacing (default 0.5rem).
 * @cssprop --strichka-radius - Corner radius of buttons (default 0.5rem).
 * @cssprop --strichka-color-text - Text colour.
 * @cssprop --strichka-color-muted - Colour of counts, separators and notes.
 * @cssprop --strichka-color-accent - Colour of the active tag.
 * @cssprop --strichka-color-link - Colour of tags.
 * @cssprop --strichka-color-background - Background.
 * @cssprop --strichka-color-surface - Colour of placeholders and of the active tag's background.
 * @cssprop --strichka-color-border - Border of the clear button.
 * @cssprop --strichka-color-focus - Colour of the focus ring.
 */
export class StrichkaTagCloud extends StrichkaDataElement {
  // Read when the tag is registered (lit finalizes the class then), not as the script starts.
  static override get styles() {
    return [tokens, unsafeCSS(tagCloudBox(shadowBox)), frameStyles, tagCloudStyles];
  }

  static override properties: PropertyDeclarations = {
    tags: { attribute: false },
    variant: { reflect: true },
    steps: { type: Number },
    order: {},
    limit: { type: Number },
    showCounts: { type: Boolean, attribute: 'show-counts' },
    tagHref: { attribute: 'tag-href' },
    target: {},
    selected: { state: true },
  };

  /** The tags to show, set from script (`{ name, count, href? }`): win over the feed and the child links. Assign a new array to change them. */
  declare tags?: CloudTag[];

  /** `cloud` (default): tags sized by their counts; `inline`: a plain list separated by " · ", no sizes, no counts. */
  declare variant: TagCloudVariant;

  /** The number of size classes (default 5). */
  declare steps: number;

  /** `count`: most stories first, then by name; `name`: in the locale's alphabet. Unset: `count`, and the given order in the inline variant. */
  declare order?: TagOrder;

  /** The most tags shown (those of the most stories); unset: all. */
  declare limit?: number;

  /** Shows each tag's count next to it (screen readers always hear it). */
  declare showCounts: boolean;

  /** A link template for the tags, `{tag}` standing for the encoded name (e.g. `/tags/{tag}`); http(s) or relative only. */
  declare tagHref?: string;

  /** A selector of the ticker to filter (e.g. `#news`): the tags become toggle buttons that set its `tag`. */
  declare target?: string;

  /** The tag chosen last, with a `target` that is not on the page (else the target's `tag` says it). */
  private declare selected?: string;

  #countedFeed?: Feed;
  #counted: CloudTag[] = [];
  /** The URL of the feed the filter was set against: another one drops the filter. */
  #filterUrl?: string;
  /** Ends the listeners of one connection. */
  #connection?: AbortController;

  constructor() {
    super();
    // Hides the tags that do not fit the box, after layout.
    new FitController(this, '[part=list], [part~=tag]', () => {
      const list = this.renderRoot.querySelector<HTMLElement>('[part=list]');
      if (list) hideOverflow(list, list.children as HTMLCollectionOf<HTMLElement>);
    });
    this.variant = 'cloud';
    this.steps = 5;
    this.showCounts = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#connection = new AbortController();
    // Another cloud on the same target changes its `tag`: show it pressed here too.
    document.addEventListener('strichka-tag-select', () => this.target && this.requestUpdate(), { signal: this.#connection.signal });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#connection?.abort();
  }

  /** The element `target` names, or null. */
  get #filtered(): (Element & TagFiltered) | null {
    return this.target ? queryElement<Element & TagFiltered>(this, this.target) : null;
  }

  /** The active tag with `target`: the target's `tag` (its attribute until it is upgraded), else the one chosen last. */
  get #activeTag(): string | undefined {
    if (!this.target) return undefined;
    const filtered = this.#filtered;
    return (filtered ? ('tag' in filtered ? filtered.tag : filtered.getAttribute('tag')) : this.selected) || undefined;
  }

  /** The tags of the `tags` property, else of the feed; undefined while there is no feed yet. */
  get #ownTags(): CloudTag[] | undefined {
    if (Array.isArray(this.tags)) {
      // Set from script, so not trusted to be well formed.
      return this.tags.flatMap((tag) => {
        const name = typeof tag?.name == 'string' ? tag.name.trim() : '';
        if (!name) return [];
        const count = Number.isFinite(tag.count) && tag.count! >= 0 ? tag.count : undefined;
        return [{ name, count, href: typeof tag.href == 'string' ? tag.href : undefined }];
      });
    }
    const { feed } = this.data.state;
    if (feed) {
      if (feed != this.#countedFeed) this.#counted = countTags(feed.items);
      this.#countedFeed = feed;
      return this.#counted;
    }
    return undefined;
  }

  /** The tags to show before ordering: the own tags, else the child links'; undefined while there are none yet. */
  get #sourceTags(): CloudTag[] | undefined {
    const tags = this.#ownTags ?? linkTags(this);
    return tags.length ? tags : undefined;
  }

  get #inline(): boolean {
    return this.variant == 'inline';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A filter set in one language (or on one feed) would leave the target empty on another.
    const { url } = this.data;
    const moved = !!url && !!this.#filterUrl && url != this.#filterUrl;
    this.#filterUrl = url ?? this.#filterUrl;
    const active = this.#activeTag?.toLowerCase();
    if (active && (moved || this.#ownTags?.every((tag) => tag.name.toLowerCase() != active))) this.#select(undefined, false);
  }

  protected override render(): TemplateResult {
    const tags = this.#sourceTags;
    const fallback = !tags && this.hasFallback;
    const { status, feed } = this.data.state;
    // A feed without tags, and no fallback: an empty box, not a skeleton that waits forever.
    if (tags || (feed && !fallback)) return html`${this.renderFallback(false)}${this.#renderCloud(tags ?? [])}`;
    return html`<div class="frame fallback">${this.renderFallback(fallback)}${fallback
      ? nothing
      : status == 'error'
        ? html`<p part="error" class="error" lang=${this.stringsLang ?? nothing}>${formatMessage(this.locale, commonStrings, 'error')}</p>`
        : this.#renderSkeleton()}</div>`;
  }

  // Sizes go in as custom properties through the CSSOM, which a strict CSP allows (a style attribute it may not).
  protected override updated(): void {
    const last = boundedInteger(this.steps, 5) - 1;
    for (const tag of this.renderRoot.querySelectorAll<HTMLElement>('[data-step]')) {
      tag.style.setProperty('--_weight', String(last && (Number(tag.dataset.step) - 1) / last));
    }
  }

  #renderCloud(tags: CloudTag[]): TemplateResult {
    const inline = this.#inline;
    const { locale } = this;
    const order = this.order == 'name' || this.order == 'count' ? this.order : inline ? undefined : 'count';
    const shown = orderTags(tags, order, boundedInteger(this.limit, Infinity), locale);
    const steps = tagSteps(
      shown.map((tag) => tag.count),
      boundedInteger(this.steps, 5),
    );
    const active = this.#activeTag?.toLowerCase();
    const note = !this.tags && this.data.state.feed && staleNote(this.data.state, Date.now(), locale);
    const stringsLang = this.stringsLang ?? nothing;
    const lang = this.textLang(!this.tags);
    return html`<div class="frame cloud ${inline ? 'inline' : ''}" dir=${this.direction}>
      ${shown.length
        ? html`<ul part="list" class="tags region" aria-label=${formatMessage(locale, commonStrings, 'tags')} lang=${stringsLang}>
            ${shown.map((tag, index) =>
              inline
                ? html`<li part="tag">${this.#renderTag(tag, active, lang)}</li>`
                : html`<li part="tag step-${steps[index]}" data-step=${steps[index]!}>${this.#renderTag(tag, active, lang)}</li>`,
            )}
          </ul>`
        : nothing}
      ${active != null ? html`<button part="clear" class="clear" type="button" lang=${stringsLang} @click=${this.#clear}>${formatMessage(locale, tagCloudStrings, 'allTopics')}</button>` : nothing}
      ${note ? html`<p part="note" class="note" lang=${stringsLang}>${note}</p>` : nothing}
    </div>`;
  }

  /**
   * A tag's link, toggle button or text; its accessible text says the count ("exchange, 12 stories").
   * The name is isolated, in the feed's language (`lang`): an English name on a right-to-left page
   * keeps its count apart, and the count and its words are read in the element's.
   */
  #renderTag(tag: CloudTag, active: string | undefined, lang: string | typeof nothing): TemplateResult {
    const { count } = tag;
    const counted = !this.#inline && count !== undefined;
    const label = html`<bdi lang=${lang}>${tag.name}</bdi>${counted ? html`<span class="visually-hidden">, ${formatMessage(this.locale, tagCloudStrings, 'tagCount', count)}</span>` : nothing}${counted && this.showCounts
      ? html`<span part="count" class="count" aria-hidden="true">${intlFormatter(Intl.NumberFormat, this.locale).format(count)}</span>`
      : nothing}`;
    if (this.target) {
      const pressed = tag.name.toLowerCase() == active;
      return html`<button part=${pressed ? 'button active' : 'button'} type="button" aria-pressed=${pressed} @click=${() => this.#select(pressed ? undefined : tag)}>${label}</button>`;
    }
    const href = tagHref(tag.name, tag.href, this.tagHref, document.baseURI);
    return href ? html`<a part="link" href=${href} @click=${(event: Event) => this.#followTag(event, tag)}>${label}</a>` : html`<span part="text">${label}</span>`;
  }

  #renderSkeleton(): TemplateResult {
    const count = this.#inline ? 3 : boundedInteger(this.limit, SKELETON_TAGS, 1, SKELETON_TAGS);
    return html`<div part="skeleton" class="cloud ${this.#inline ? 'inline' : ''}" dir=${this.direction} aria-busy="true">
      <span class="visually-hidden" lang=${this.stringsLang ?? nothing}>${formatMessage(this.locale, commonStrings, 'loading')}</span>
      <div class="tags" aria-hidden="true">${Array.from({ length: count }, () => skeletonLine)}</div>
    </div>`;
  }

  /** Fires `strichka-tag-select` for `tag` (undefined: clear); true unless a listener cancelled it. */
  #announceSelect(tag: CloudTag | undefined, cancelable = true): boolean {
    return this.emit<StrichkaTagSelectDetail>('strichka-tag-select', tag?.count === undefined ? { tag: tag?.name } : { tag: tag.name, count: tag.count }, cancelable);
  }

  #followTag(event: Event, tag: CloudTag): void {
    if (!this.#announceSelect(tag)) event.preventDefault();
  }

  /**
   * Makes `tag` the active one (undefined: none) and filters the target by it, unless the event is
   * cancelled (`chosen` false: the cloud clears a filter itself, which cannot be cancelled).
   */
  #select(tag: CloudTag | undefined, chosen = true): void {
    if (!this.#announceSelect(tag, chosen)) return;
    this.selected = tag?.name;
    const filtered = this.#filtered;
    // No target on the page (or not a selector): nothing to filter, the event still tells the page.
    if (filtered) filtered.tag = tag?.name;
    this.requestUpdate();
  }

  /** The clear button: ends the filter and puts focus back on the tag that was active (the button is gone). */
  readonly #clear = async (): Promise<void> => {
    const pressed = this.renderRoot.querySelector<HTMLElement>('[aria-pressed=true]');
    this.#select(undefined);
    await this.updateComplete;
    if (!this.#activeTag) pressed?.focus();
  };
}
