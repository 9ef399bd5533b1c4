import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { boundedInteger } from '../../core/bounded-integer.js';
import { campaignUrl } from '../../core/campaign-url.js';
import { resolveHttpUrl } from '../../core/is-http-url.js';
import { linkRel } from '../../core/link-rel.js';
import type { StrichkaSupportClickDetail, StrichkaSupportDismissDetail, StrichkaSupportViewDetail } from '../../core/strichka-events.js';
import { StrichkaElement } from '../../core/strichka-element.js';
import { tokens } from '../../core/tokens.styles.js';
import { afterNextPaint, nextTurn } from '../../core/turns.js';
import { formatMessage } from '../../i18n/format-message.js';
import { intlFormatter } from '../../i18n/intl-formatter.js';
import { textOf } from '../../i18n/messages.js';
import { padBody, unpadBody } from './body-padding.js';
import { campaignDate } from './campaign-date.js';
import { supportBannerStrings } from './support-banner-strings.js';
import { supportBannerStyles } from './support-banner.styles.js';
import { supportClock } from './support-clock.js';
import { isWithinDays, readSupportRecord, shouldShow, supportKey, writeSupportRecord, type SupportRecord, type SupportSettings } from './support-memory.js';
import { chooseSupportBanner, joinSupportQueue, leaveSupportQueue } from './support-queue.js';

/** What a banner shows: the whole banner, only the small link left after dismissal, or nothing. */
export type SupportBannerState = 'shown' | 'link' | 'hidden';

/**
 * `<strichka-support-banner>`: asks readers for support without nagging them.
 *
 * Whether it shows is decided when it connects, from a small record in localStorage under
 * `strichka:support:<id | utm-campaign | default>`: page views (one a page load), showings,
 * dismissal and support times. It does not show outside `start`–`end`, within `dismiss-days` of a
 * dismissal or `supported-days` of a click on the call to action, before `show-after` page views,
 * after `max-views` showings in `period-days`, when localStorage is unavailable, or when another
 * banner of the page has a higher `priority` (first in document order on a tie). An inline banner
 * that shows takes its space from the first render; one that does not takes none. The decision is
 * not made again when attributes change later.
 *
 * Esc closes a shown banner when focus is inside it, or when nothing has focus and no modal
 * dialog, open popover or `inert` ancestor keeps the reader from it; anywhere else the key is the
 * page's (its dialog, menu or search box), and so is an Esc another handler has already called
 * `preventDefault()` on. Focus inside the banner when it closes moves back to where it was before
 * it entered the banner, else to the link left after dismissal. That link sits where the element
 * is in the page, for either placement.
 *
 * No cookies, no network requests: the events are for the publisher's own analytics.
 *
 * @slot heading - Replaces the heading "Support us".
 * @slot message - Replaces the built-in message.
 * @slot action - The call to action's content (inside the link to `href`); without `href`, your own link or button (a click on it counts as support).
 *
 * @fires strichka-support-view - The banner was shown: `{ campaign }`.
 * @fires strichka-support-click - The call to action (or the link left after dismissal) was clicked: `{ campaign, href }`; cancelable.
 * @fires strichka-support-dismiss - The reader closed the banner: `{ campaign, reason: 'close' | 'escape' }`.
 *
 * @csspart banner - The banner (a labelled region).
 * @csspart heading - The heading.
 * @csspart message - The message.
 * @csspart goal - The goal bar: its text and progress bar.
 * @csspart goal-text - "₴12,000 raised of ₴50,000".
 * @csspart progress - The `<progress>` bar.
 * @csspart action - The call-to-action link.
 * @csspart close - The close button.
 * @csspart link - The small "Support us" link left after dismissal (`after-dismiss="link"`).
 *
 * @cssprop --strichka-font - Font family (default: inherited).
 * @cssprop --strichka-font-size - Base font size (default 1rem).
 * @cssprop --strichka-space - Base spacing (default 0.5rem).
 * @cssprop --strichka-radius - Corner radius (default 0.5rem).
 * @cssprop --strichka-color-text - Text colour.
 * @cssprop --strichka-color-accent - Background of the call to action and colour of the goal bar.
 * @cssprop --strichka-color-link - Colour of the link left after dismissal.
 * @cssprop --strichka-color-background - Background of the bottom bar and text colour of the call to action.
 * @cssprop --strichka-color-surface - Background of the banner.
 * @cssprop --strichka-color-border - Colour of the banner's border.
 * @cssprop --strichka-color-focus - Colour of the focus ring.
 * @cssprop --strichka-support-z-index - Stacking level of the bottom bar (default 1000).
 */
export class StrichkaSupportBanner extends StrichkaElement {
  static override styles = [tokens, supportBannerStyles];

  static override properties: PropertyDeclarations = {
    href: {},
    target: {},
    utmSource: { attribute: 'utm-source' },
    utmMedium: { attribute: 'utm-medium' },
    utmCampaign: { attribute: 'utm-campaign' },
    placement: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    afterDismiss: { attribute: 'after-dismiss' },
    dismissDays: { type: Number, attribute: 'dismiss-days' },
    supportedDays: { type: Number, attribute: 'supported-days' },
    showAfter: { type: Number, attribute: 'show-after' },
    maxViews: { type: Number, attribute: 'max-views' },
    periodDays: { type: Number, attribute: 'period-days' },
    start: {},
    end: {},
    goal: { type: Number },
    raised: { type: Number },
    currency: {},
    priority: { type: Number },
  };

  /** Where the call to action goes (http(s) only; anything else leaves the link out). */
  declare href?: string;

  /** `target` of the links; one that opens a new context gets `rel="noopener"`. */
  declare target?: string;

  /** `utm_source` added to the links. */
  declare utmSource?: string;

  /** `utm_medium` added to the links. */
  declare utmMedium?: string;

  /** `utm_campaign` added to the links; also names the storage record when there is no `id`. */
  declare utmCampaign?: string;

  /** `inline` (default): in the flow of the page; `bottom`: a bar fixed to the bottom of the viewport, at most a third of its height. */
  declare placement: 'inline' | 'bottom';

  /** The heading's level, 2–6 (default 2). */
  declare headingLevel: number;

  /** `link`: a dismissed banner leaves a small "Support us" link (for `dismiss-days`). */
  declare afterDismiss?: 'link';

  /** Days a dismissal keeps the banner away (default 7). */
  declare dismissDays?: number;

  /** Days a click on the call to action keeps the banner away (default 90). */
  declare supportedDays?: number;

  /** Page views before the first showing (default 0: shows on the first). */
  declare showAfter?: number;

  /** Showings at most per `period-days` (default 5). */
  declare maxViews?: number;

  /** The period of `max-views`, in days (default 7). */
  declare periodDays?: number;

  /** First day (ISO date or date-time) of the campaign; before it the banner does not show. */
  declare start?: string;

  /** Last day (ISO date, whole day included, or date-time) of the campaign; after it the banner does not show. */
  declare end?: string;

  /** The fundraising goal: with `raised`, shows a goal bar. */
  declare goal?: number;

  /** The amount raised so far. */
  declare raised?: number;

  /** ISO 4217 code of `goal` and `raised`, e.g. `UAH`; unset shows plain numbers. */
  declare currency?: string;

  /** Among several banners on a page only the eligible one with the highest priority shows (default 0). */
  declare priority: number;

  /** May show on this page view (decided on connect; false after dismissal or support). */
  eligible = false;

  #current: SupportBannerState = 'hidden';
  #dismissedRecently = false;
  #viewed = false;
  #previousFocus?: HTMLElement;
  #resizeObserver?: ResizeObserver;

  constructor() {
    super();
    this.placement = 'inline';
    this.headingLevel = 2;
    this.priority = 0;
    this.addEventListener('focusin', this.#rememberFocus);
  }

  /** What the banner shows now (also reflected as the `state` attribute, for styles; after a close, the attribute says `hidden` until the next paint, then `link` where a link stays). */
  get state(): SupportBannerState {
    return this.#current;
  }

  /** The name in the storage key and the events: `id`, else `utm-campaign`, else `default`. */
  get campaign(): string {
    return this.id || this.utmCampaign || 'default';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Decided before the first render, so an inline banner never shifts the page, and in a turn
    // of its own, as the page's first read of localStorage is slow: the render waits for a later one.
    nextTurn().then(() => {
      if (!this.isConnected) return;
      if (!this.#viewed) this.#decide();
      joinSupportQueue(this);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    leaveSupportQueue(this);
    this.takeTurn(false);
    this.#resizeObserver?.disconnect();
    unpadBody(this);
  }

  /** Counts this page view and works out whether the banner may show on it. */
  #decide(): void {
    const record = readSupportRecord(this.#key);
    if (!record) {
      this.eligible = this.#dismissedRecently = false;
      return;
    }
    const loadedAt = supportClock.loadedAt();
    if (record.load !== loadedAt) {
      record.views++;
      record.load = loadedAt;
    }
    const saved = writeSupportRecord(this.#key, record);
    const settings = this.#settings;
    const now = supportClock.now();
    this.eligible = saved && shouldShow(record, settings, now);
    this.#dismissedRecently = saved && isWithinDays(record.dismissed, settings.dismissDays, now) && !isWithinDays(record.supported, settings.supportedDays, now);
  }

  get #key(): string {
    return supportKey(this.campaign);
  }

  get #settings(): SupportSettings {
    return {
      showAfter: boundedInteger(this.showAfter, 0, 0),
      maxViews: boundedInteger(this.maxViews, 5),
      periodDays: boundedInteger(this.periodDays, 7),
      dismissDays: boundedInteger(this.dismissDays, 7),
      supportedDays: boundedInteger(this.supportedDays, 90),
      start: campaignDate(this.start),
      end: campaignDate(this.end, true),
    };
  }

  /** Updates the stored record (when storage works). */
  #remember(change: (record: SupportRecord, now: number) => void): void {
    const record = readSupportRecord(this.#key);
    if (!record) return;
    change(record, supportClock.now());
    writeSupportRecord(this.#key, record);
  }

  /** Called by the page's queue: shows the banner when chosen, else hides it (leaving the link after a dismissal). */
  takeTurn(shown: boolean): void {
    const state: SupportBannerState = shown && this.isConnected ? 'shown' : this.#dismissedRecently && this.afterDismiss == 'link' && this.#actionHref && this.isConnected ? 'link' : 'hidden';
    if (state == this.#current) return;
    // A banner that goes is hidden at once (its `state` hides the host) and its content changes
    // after the next paint: the reader's close paints without the removal of its DOM and the
    // page's relayout for the body's padding (~40 ms at 4× CPU).
    const going = this.#current == 'shown' && this.isConnected;
    this.#current = state;
    if (state == 'shown') document.addEventListener('keydown', this.#closeOnEscape);
    else document.removeEventListener('keydown', this.#closeOnEscape);
    if (going) {
      this.setAttribute('state', 'hidden');
      afterNextPaint().then(() => this.requestUpdate());
    } else this.requestUpdate();
  }

  // The `state` attribute shows the host (its styles): set with the content it shows, never before.
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.getAttribute('state') != this.#current) this.setAttribute('state', this.#current);
  }

  protected override updated(): void {
    const shown = this.#current == 'shown';
    if (shown && !this.#viewed) {
      this.#viewed = true;
      this.#remember((record, now) => record.shown.push(now));
      this.emit<StrichkaSupportViewDetail>('strichka-support-view', { campaign: this.campaign });
    }
    if (shown && this.placement == 'bottom') {
      // Padded from the observer, which reports the size once layout is done: measuring here
      // would force a layout of the whole page in the middle of its start.
      this.#resizeObserver ??= new ResizeObserver(([entry]) => this.isConnected && this.#current == 'shown' && padBody(this, entry!.borderBoxSize[0]!.blockSize));
      this.#resizeObserver.observe(this);
    } else {
      this.#resizeObserver?.disconnect();
      unpadBody(this);
    }
  }

  /** The call to action's URL with the `utm_*` parameters, or undefined without a valid `href`. */
  get #actionHref(): string | undefined {
    const url = resolveHttpUrl(this.href, document.baseURI);
    return url && campaignUrl(url, { utm_source: this.utmSource, utm_medium: this.utmMedium, utm_campaign: this.utmCampaign });
  }

  protected override render(): TemplateResult | typeof nothing {
    const text = textOf(supportBannerStrings, this.locale);
    // On a span in each slot, not the slot: a page's own text put in a slot keeps the page's language.
    const lang = this.stringsLang ?? nothing;
    const href = this.#actionHref;
    const rel = linkRel(this.target);
    const target = this.target || nothing;
    if (this.#current == 'link') return html`<a part="link" class="after" href=${href!} target=${target} rel=${rel} lang=${lang} @click=${this.#clickAction}>${text.supportUs}</a>`;
    if (this.#current == 'hidden') return nothing;
    // The built-in message may be English on a right-to-left page: isolated, its full stop stays at its end.
    return html`<section part="banner" class="banner" aria-labelledby="heading" dir=${this.direction}>
      <div part="heading" id="heading" class="heading" role="heading" aria-level=${boundedInteger(this.headingLevel, 2, 2, 6)}><slot name="heading"><span lang=${lang}>${text.supportUs}</span></slot></div>
      <div part="message" class="message"><slot name="message"><bdi lang=${lang}>${text.supportMessage}</bdi></slot></div>
      ${this.#renderGoal()}
      <div class="actions">
        ${href
          ? html`<a part="action" class="action" href=${href} target=${target} rel=${rel} @click=${this.#clickAction}><slot name="action"><span lang=${lang}>${text.supportUs}</span></slot></a>`
          : html`<slot name="action" @click=${this.#clickSlotted}></slot>`}
      </div>
      <button part="close" class="close" type="button" aria-label=${text.close} lang=${lang} @click=${() => this.#dismiss('close')}><span aria-hidden="true">×</span></button>
    </section>`;
  }

  #renderGoal(): TemplateResult | typeof nothing {
    const { goal, raised } = this;
    if (!(typeof goal == 'number' && goal > 0 && typeof raised == 'number' && raised >= 0)) return nothing;
    // A malformed code would make Intl.NumberFormat throw; a well-formed unknown one prints as is.
    const currency = /^[a-z]{3}$/i.test(this.currency ?? '') ? this.currency : undefined;
    const format = intlFormatter(Intl.NumberFormat, this.locale, { style: currency ? 'currency' : 'decimal', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 });
    const label = formatMessage(this.locale, supportBannerStrings, 'raisedOfGoal', { raised: format.format(raised), goal: format.format(goal) });
    // The phrase decides: "1,200 raised of 5,000" is English.
    return html`<div part="goal" class="goal" lang=${this.stringsLang ?? nothing}>
      <label part="goal-text" for="progress">${label}</label>
      <progress part="progress" id="progress" max=${goal} .value=${Math.min(raised, goal)} aria-valuetext=${label}></progress>
    </div>`;
  }

  /** Closes the banner for `dismiss-days`; focus inside it goes back where it came from. */
  async #dismiss(reason: 'close' | 'escape'): Promise<void> {
    const focusWithin = this.matches(':focus-within');
    // Stored after the paint that shows the banner gone, so the reader sees the click answered
    // first; or as the page goes, if that comes sooner (storing it twice changes nothing).
    const at = supportClock.now();
    const store = () => this.#remember((record) => (record.dismissed = at));
    addEventListener('pagehide', store, { once: true });
    afterNextPaint().then(store);
    this.eligible = false;
    this.#dismissedRecently = true;
    this.emit<StrichkaSupportDismissDetail>('strichka-support-dismiss', { campaign: this.campaign, reason });
    chooseSupportBanner();
    if (!focusWithin) return;
    // takeTurn's update comes after the next paint (asked for first, so it runs before this goes on).
    await afterNextPaint();
    await this.updateComplete;
    const link = this.renderRoot.querySelector<HTMLElement>('[part=link]');
    (this.#previousFocus?.isConnected ? this.#previousFocus : link)?.focus();
  }

  /** Esc with focus in the banner, or on nothing while the banner can be reached: the key is swallowed only when it closes the banner. */
  readonly #closeOnEscape = (event: KeyboardEvent): void => {
    if (event.key != 'Escape' || event.defaultPrevented || event.isComposing) return;
    const focused = document.activeElement;
    if (this.matches(':focus-within') || ((!focused || focused == document.body) && !this.closest('[inert]') && !document.querySelector(':modal,:popover-open'))) {
      event.preventDefault();
      void this.#dismiss('escape');
    }
  };

  /** Remembers where focus came from when it enters the banner from the page. */
  readonly #rememberFocus = ({ relatedTarget }: FocusEvent): void => {
    if (relatedTarget instanceof HTMLElement && relatedTarget != this && !this.contains(relatedTarget)) this.#previousFocus = relatedTarget;
  };

  /** A click on the call to action, or on the link left after dismissal. */
  readonly #clickAction = (event: Event): void => this.#support(event, (event.currentTarget as HTMLAnchorElement).href);

  /** Without `href`, a click on a link or button in the `action` slot counts as the call to action. */
  readonly #clickSlotted = (event: Event): void => {
    if ((event.target as Element).closest?.('a[href], button')) this.#support(event);
  };

  /**
   * Remembers the support for `supported-days`. The banner stays until the next page: removing the
   * link now would cancel its navigation.
   */
  #support(event: Event, href?: string): void {
    this.#remember((record, now) => (record.supported = now));
    this.eligible = false;
    if (!this.emit<StrichkaSupportClickDetail>('strichka-support-click', { campaign: this.campaign, href }, true)) event.preventDefault();
  }
}
