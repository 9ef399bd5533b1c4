import { html, nothing, unsafeCSS, type PropertyDeclaration, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { shadowBox } from '../../core/box-rules.js';
import { FitController } from '../../core/fit-controller.js';
import { frameStyles } from '../../core/frame.styles.js';
import { hideOverflow } from '../../core/hide-overflow.js';
import { watchInView } from '../../core/in-view.js';
import { boundedInteger } from '../../core/bounded-integer.js';
import { isHttpUrl } from '../../core/is-http-url.js';
import { isUpdated, itemTime } from '../../core/item-time.js';
import { linkRel } from '../../core/link-rel.js';
import { reuseWhileSame } from '../../core/reuse-while-same.js';
import { skeletonLine } from '../../core/skeleton-line.js';
import { StrichkaDataElement } from '../../core/strichka-data-element.js';
import { staleNote, timeLabel } from '../../core/time-label.js';
import { tokens } from '../../core/tokens.styles.js';
import { afterNextPaint } from '../../core/turns.js';
import type { Feed, FeedItem } from '../../feed/index.js';
import { formatMessage } from '../../i18n/format-message.js';
import { commonStrings } from '../../i18n/common-strings.js';
import { textOf } from '../../i18n/messages.js';
import { campaignUrl } from '../../core/campaign-url.js';
import { tickerBox } from './ticker-box.styles.js';
import { tickerItems } from './ticker-items.js';
import { tickerStrings } from './ticker-strings.js';
import { tickerStyles } from './ticker.styles.js';

/** Why the rows are held still: the pointer is over them, or focus is within. */
const HOVER = 1;
const FOCUS = 2;

/**
 * `<strichka-ticker>`: the "Recent news" column (times and headlines, newest first) or, with
 * `mode="marquee"`, a one-line strip that moves and can be paused; while a headline in it has
 * keyboard focus it stands still as a wrapping list, each headline whole (so give its container
 * no fixed height and no `overflow: hidden`).
 *
 * Its box is reserved from its attributes and width, before it is defined (with the page's
 * `strichka.css`) and in every state: rows that do not fit it are hidden, never grown into.
 *
 * New items of a refresh are announced once, politely. While the ticker is in view, or the reader
 * points at or focuses the rows, nothing on screen moves: a "3 new" button waits, and shows them
 * (on top, highlighted) when pressed; out of view they come in at once.
 *
 * @slot - Fallback content: shown until the feed has loaded, and if it fails with nothing cached.
 * @slot heading - Replaces the built-in heading.
 *
 * @fires strichka-load - The feed's data arrived (fresh, or a last good copy): `{ feed, url, stale }`.
 * @fires strichka-error - The feed failed: `{ error, url, stale }`.
 * @fires strichka-item-click - A headline link was clicked: `{ item }`; cancel it to stop the navigation.
 *
 * @csspart heading - The built-in heading.
 * @csspart list - The list of rows (both copies in a marquee).
 * @csspart item - One row.
 * @csspart new - A row that came with the latest refresh (highlighted, fading out).
 * @csspart time - The time or date of a row.
 * @csspart updated - The "updated" marker: an item changed 15 minutes or more after publication, unless most of the feed is (YouTube).
 * @csspart link - A headline link.
 * @csspart title - A headline without a link.
 * @csspart new-button - The "3 new" button shown while new rows wait.
 * @csspart marquee - The moving strip's window.
 * @csspart pause-button - The marquee's pause / play button.
 * @csspart note - "as of 16:12" on a last good copy, or the error text.
 * @csspart more - The "All news" link.
 * @csspart skeleton - The placeholder rows while loading.
 *
 * @cssprop --strichka-font - Font family (default: inherited).
 * @cssprop --strichka-font-size - Base font size (default 1rem).
 * @cssprop --strichka-space - Base spacing (default 0.5rem).
 * @cssprop --strichka-radius - Corner radius (default 0.5rem).
 * @cssprop --strichka-color-text - Text colour.
 * @cssprop --strichka-color-muted - Colour of times and notes.
 * @cssprop --strichka-color-accent - Colour of the "updated" marker and the new-row highlight.
 * @cssprop --strichka-color-link - Colour of headline links.
 * @cssprop --strichka-color-background - Background.
 * @cssprop --strichka-color-surface - Colour of placeholders and buttons.
 * @cssprop --strichka-color-border - Colour of row separators.
 * @cssprop --strichka-color-focus - Colour of the focus ring.
 * @cssprop --strichka-ticker-highlight - Background of new rows (default: the accent colour at 14%).
 */
export class StrichkaTicker extends StrichkaDataElement {
  // Read when the tag is registered (lit finalizes the class then), not as the script starts.
  static override get styles() {
    return [tokens, unsafeCSS(tickerBox(shadowBox)), frameStyles, tickerStyles];
  }

  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeZone: { attribute: 'time-zone' },
    // Reflected: the box rules read it (a limit set from script reserves its rows too).
    limit: { type: Number, reflect: true },
    tag: {},
    moreHref: { attribute: 'more-href' },
    speed: { type: Number },
    target: {},
    utmSource: { attribute: 'utm-source' },
    utmMedium: { attribute: 'utm-medium' },
    utmCampaign: { attribute: 'utm-campaign' },
    paused: { state: true },
  };

  /** `list` (default): a column of rows; `marquee`: a one-line moving strip. */
  declare mode: 'list' | 'marquee';

  /** The heading's text; unset means the localised "Recent news". */
  declare heading?: string;

  /** The heading's level, 2–6 (default 2), to fit the page's outline. */
  declare headingLevel: number;

  /** IANA time zone of the times shown, e.g. `Europe/Kyiv`; unset means the reader's. */
  declare timeZone?: string;

  /** The most rows shown (default 10). */
  declare limit: number;

  /** Show only items with this tag (any case). */
  declare tag?: string;

  /** URL of the publisher's full list: adds an "All news" link. */
  declare moreHref?: string;

  /** Speed of the marquee in pixels per second (default 60). */
  declare speed: number;

  /** `target` of the item links; one that opens a new context gets `rel="noopener"`. */
  declare target?: string;

  /** `utm_source` added to every item link. */
  declare utmSource?: string;

  /** `utm_medium` added to every item link. */
  declare utmMedium?: string;

  /** `utm_campaign` added to every item link. */
  declare utmCampaign?: string;

  /** The reader paused the marquee. */
  private declare paused: boolean;

  #shown?: FeedItem[];
  #pending?: FeedItem[];
  #fresh = new Set<string>();
  /** Flips with every highlight so a row reused at the same place starts its fade again. */
  #fade = 0;
  #announcement?: string;
  #silence?: ReturnType<typeof setTimeout>;
  #seenFeed?: Feed;
  #seenUrl?: string;
  #holds = 0;
  #inView = false;
  /** The width of one copy of the marquee's rows, as last laid out. */
  #copyWidth = 0;
  #stopWatching?: () => void;
  #tagChanged = false;
  /** The rows, made again only when what they show changes (not for a pause, a focus, the "3 new" button's count). */
  readonly #rows = reuseWhileSame<TemplateResult>();

  constructor() {
    super();
    // Fits the content to the box after layout.
    new FitController(this, '.body, .copy, .body li', (entries) => this.#fitBox(entries));
    this.mode = 'list';
    this.headingLevel = 2;
    this.limit = 10;
    this.speed = 60;
    this.paused = false;
  }

  // A new `tag` (a tag cloud's click) shows after the next paint: the cloud shows the reader's
  // choice at once, and the rows' re-render and layout are not part of the click's frame.
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    if (name == 'tag' && this.hasUpdated) this.#tagChanged = true;
    super.requestUpdate(name, oldValue, options);
  }

  protected override async scheduleUpdate(): Promise<unknown> {
    if (this.#tagChanged) await afterNextPaint();
    this.#tagChanged = false;
    return super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopWatching = watchInView(this, (inView) => {
      this.#inView = inView;
      this.#release();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatching?.();
    this.#holds = 0;
    clearTimeout(this.#silence);
    this.#announcement = '';
  }

  /** `limit`, or 10 when it is not a positive number. */
  get #rowLimit(): number {
    return boundedInteger(this.limit, 10);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { feed } = this.data.state;
    const { url } = this.data;
    const arrived = feed != this.#seenFeed;
    if (!arrived && !changed.has('tag') && !changed.has('limit')) return;
    // The first rows, rows of another feed (a changed `src` or `feed`) and rows of another tag
    // or limit are not news to announce.
    const first = !this.#shown || url != this.#seenUrl;
    this.#seenFeed = feed;
    this.#seenUrl = url;
    const latest = feed && tickerItems(feed.items, this.tag, this.#rowLimit);
    if (!latest || first || !arrived) return this.#show(latest, false);
    const known = new Set([...this.#shown!, ...(this.#pending ?? [])].map((item) => item.id));
    const added = latest.filter((item) => !known.has(item.id)).length;
    // A changed text is announced again even when the count is the same as last time.
    if (added) {
      this.#announcement = formatMessage(this.locale, tickerStrings, 'newStories', added) + (this.#announcement?.endsWith('\u00a0') ? '' : '\u00a0');
      // Emptied once read out (emptying is not announced), so that browsing later does not find it.
      clearTimeout(this.#silence);
      this.#silence = setTimeout(() => {
        this.#announcement = '';
        this.requestUpdate();
      }, 7e3);
    }
    if (this.#holds || this.#inView) this.#pending = latest;
    else this.#show(latest, true);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('speed')) this.#setDuration();
  }

  /** Rows below the bottom of the box are hidden (also from Tab and screen readers); a marquee takes its duration from its copy. */
  #fitBox(entries: ResizeObserverEntry[]): void {
    const body = this.renderRoot.querySelector<HTMLElement>('.body');
    if (body) hideOverflow(body, body.querySelectorAll('li'));
    const copy = entries.find((entry) => entry.target.matches('.copy'));
    if (copy) {
      this.#copyWidth = copy.borderBoxSize[0]!.inlineSize;
      this.#setDuration();
    }
  }

  /** The marquee's duration from the width of one copy and `speed`: the only script the motion needs. */
  #setDuration(): void {
    const track = this.renderRoot.querySelector<HTMLElement>('.track');
    if (this.#copyWidth) track?.style.setProperty('--_duration', `${this.#copyWidth / boundedInteger(this.speed, 60)}s`);
  }

  protected override render(): TemplateResult {
    const shown = this.#shown;
    const fallback = !shown && this.hasFallback;
    const kind = fallback ? 'fallback' : this.mode == 'marquee' ? 'marquee' : '';
    // The live region is always there: a change of its text is what gets announced.
    return html`<div class="frame ${kind}" dir=${this.direction}>${shown ? nothing : this.renderFallback(fallback)}${fallback ? nothing : this.#renderTicker(shown)}</div>
      <div class="visually-hidden" role="status" lang=${this.stringsLang ?? nothing}>${this.#announcement ?? nothing}</div>`;
  }

  #renderTicker(shown: FeedItem[] | undefined): TemplateResult {
    const text = textOf(tickerStrings, this.locale);
    const marquee = this.mode == 'marquee';
    const state = this.data.state;
    const now = Date.now();
    const zone = this.timeZone || undefined;
    const note = shown ? staleNote(state, now, this.locale, zone) : state.status == 'error' && textOf(commonStrings, this.locale).error;
    // Built-in text is English in a locale without strings of its own (Polish): said so, for screen readers.
    const stringsLang = this.stringsLang ?? nothing;
    const shownIds = new Set(shown?.map((item) => item.id));
    const waiting = this.#pending?.filter((item) => !shownIds.has(item.id)).length;
    return html`<slot name="heading"><div part="heading" class="heading" role="heading" aria-level=${boundedInteger(this.headingLevel, 2, 2, 6)} lang=${this.heading ? nothing : stringsLang}>${this.heading || text.recentNews}</div></slot>
      ${waiting ? html`<button part="new-button" class="new-button" type="button" lang=${stringsLang} @click=${this.#showWaiting}>${formatMessage(this.locale, tickerStrings, 'showNew', waiting)}</button>` : nothing}
      ${shown ? this.#renderRows(shown, marquee, now, zone) : note ? nothing : this.#renderSkeleton(marquee)}
      ${note ? html`<p part="note" class="note" lang=${stringsLang}>${note}</p>` : nothing}
      ${this.moreHref ? html`<a part="more" class="more" href=${this.moreHref} lang=${stringsLang}>${text.allNews}</a>` : nothing}`;
  }

  #renderSkeleton(marquee: boolean): TemplateResult {
    // Three lines a row; the styles show as many as a headline takes at the column's width.
    const row = html`<div class="row"><span class="skeleton line time"></span><span class="lines">${skeletonLine}${skeletonLine}${skeletonLine}</span></div>`;
    const rows = Array.from({ length: marquee ? 1 : this.#rowLimit }, () => row);
    return html`<div class="body region" aria-busy="true">
      <span class="visually-hidden" lang=${this.stringsLang ?? nothing}>${textOf(commonStrings, this.locale).loading}</span>
      <div part="skeleton" class="rows" aria-hidden="true">${rows}</div>
    </div>`;
  }

  /**
   * The lists of rows (two copies in a marquee). Times read "16:12" today and "24 трав." before, so
   * `now` counts by the minute: a re-render within a minute reuses the rows.
   */
  #renderLists(items: FeedItem[], marquee: boolean, now: number, zone: string | undefined): TemplateResult {
    const { locale, target, utmSource, utmMedium, utmCampaign, feedLanguage, stringsLang } = this;
    const feedItems = this.data.state.feed?.items ?? items;
    const inputs = [items, feedItems, marquee, Math.floor(now / 60e3), zone, locale, target, utmSource, utmMedium, utmCampaign, feedLanguage, stringsLang, this.#fresh, this.#fade];
    return this.#rows(inputs, () => {
      const updated = textOf(commonStrings, locale).updated;
      const campaign = { utm_source: utmSource, utm_medium: utmMedium, utm_campaign: utmCampaign };
      const rel = linkRel(target);
      // Headlines are in the feed's language and direction, times and markers in the element's.
      const lang = feedLanguage ?? nothing;
      const markerLang = stringsLang ?? nothing;
      const row = (item: FeedItem, copy?: boolean) => {
        const time = itemTime(item);
        const fresh = this.#fresh.has(item.id);
        return html`<li part=${fresh ? 'item new' : 'item'} class=${fresh ? `fade${this.#fade}` : ''}>
          ${time ? html`<time part="time" datetime=${time}>${timeLabel(time, now, locale, zone)}</time>` : nothing}
          <span class="headline">${isUpdated(item, feedItems) ? html`<span part="updated" class="updated" lang=${markerLang}>${updated}</span> ` : nothing}${isHttpUrl(item.url)
              ? html`<a part="link" href=${campaignUrl(item.url, campaign)} target=${target || nothing} rel=${rel} tabindex=${copy ? -1 : nothing} dir="auto" lang=${lang} @click=${(event: Event) => this.clickItem(event, item)}
                  >${item.title}</a
                >`
              : html`<span part="title" dir="auto" lang=${lang}>${item.title}</span>`}</span
          >
        </li>`;
      };
      return marquee
        ? html`<div class="track">
            <ol part="list" class="rows copy">${items.map((item) => row(item))}</ol>
            <ol part="list" class="rows" aria-hidden="true">${items.map((item) => row(item, true))}</ol>
          </div>`
        : html`<ol part="list" class="rows" tabindex="-1">${items.map((item) => row(item))}</ol>`;
    });
  }

  #renderRows(items: FeedItem[], marquee: boolean, now: number, zone: string | undefined): TemplateResult {
    const text = textOf(tickerStrings, this.locale);
    const stringsLang = this.stringsLang ?? nothing;
    const hold = (bit: number, on: boolean) => () => this.#hold(bit, on);
    return html`<div
      class="body region"
      @pointerenter=${hold(HOVER, true)}
      @pointerleave=${hold(HOVER, false)}
      @focusin=${hold(FOCUS, true)}
      @focusout=${(event: FocusEvent) => this.#hold(FOCUS, (event.currentTarget as Element).contains(event.relatedTarget as Node | null))}
    >
      ${marquee
        ? html`<button part="pause-button" class="pause ${this.paused ? 'paused' : ''}" type="button" lang=${stringsLang} @click=${() => (this.paused = !this.paused)}>
              <span class="icon" aria-hidden="true"></span><span class="visually-hidden">${this.paused ? text.play : text.pause}</span>
            </button>
            <div part="marquee" class="viewport" @focusin=${this.#enterStrip} @focusout=${this.#leaveStrip}>${this.#renderLists(items, true, now, zone)}</div>`
        : this.#renderLists(items, false, now, zone)}
    </div>`;
  }

  /** Shows `items` as the rows; with `highlight`, those not shown before are marked new. */
  #show(items: FeedItem[] | undefined, highlight: boolean): void {
    const before = new Set(this.#shown?.map((item) => item.id));
    this.#fresh = new Set(highlight ? items?.filter((item) => !before.has(item.id)).map((item) => item.id) : []);
    this.#fade ^= 1;
    this.#shown = items;
    this.#pending = undefined;
  }

  #hold(reason: number, on: boolean): void {
    this.#holds = on ? this.#holds | reason : this.#holds & ~reason;
    this.#release();
  }

  /** Shows the waiting rows once nothing holds them: out of view (where a pointer left over it reads nothing), without focus within. */
  #release(): void {
    if (!(this.#holds & FOCUS) && !this.#inView && this.#pending) {
      this.#show(this.#pending, true);
      this.requestUpdate();
    }
  }

  /**
   * A headline took keyboard focus: the strip became the still list, which moved it. Firefox
   * scrolls to a focused element before that switch, so it can end up out of the window: scroll
   * to where it is now (nothing where it is already in view).
   */
  readonly #enterStrip = ({ target }: FocusEvent): void => {
    const headline = target as Element;
    if (headline.matches(':focus-visible')) headline.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  /**
   * Focus left the strip: a focus that was not the keyboard's (a script's, a screen reader's) may
   * have scrolled the clipped, moving strip; it moves again from its start.
   */
  readonly #leaveStrip = ({ currentTarget, relatedTarget }: FocusEvent): void => {
    const viewport = currentTarget as Element;
    if (!viewport.contains(relatedTarget as Node | null)) viewport.scrollLeft = 0;
  };

  /** The "3 new" button: shows the waiting rows and moves focus to the first of them (the button is gone). */
  readonly #showWaiting = async (): Promise<void> => {
    this.#show(this.#pending, true);
    this.requestUpdate();
    await this.updateComplete;
    const root = this.renderRoot;
    (root.querySelector<HTMLElement>('[part~=new] a') ?? root.querySelector<HTMLElement>('.rows'))?.focus();
  };
}
