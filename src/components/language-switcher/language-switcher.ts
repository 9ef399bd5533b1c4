import { html, nothing, unsafeCSS, type PropertyDeclarations, type TemplateResult } from 'lit';
import { shadowBox } from '../../core/box-rules.js';
import { resolveHttpUrl } from '../../core/is-http-url.js';
import { queryElement } from '../../core/query-element.js';
import type { StrichkaLanguageChangeDetail } from '../../core/strichka-events.js';
import { StrichkaElement } from '../../core/strichka-element.js';
import { tokens } from '../../core/tokens.styles.js';
import { afterNextPaint } from '../../core/turns.js';
import { formatMessage } from '../../i18n/format-message.js';
import { intlWarmedUp } from '../../i18n/intl-warm-up.js';
import { resolveLocale } from '../../i18n/locale.js';
import { discoverLanguages, type OfferedLanguage } from './discover-languages.js';
import { findLanguage } from './find-language.js';
import { nativeLanguageName, shortLanguageLabel } from './language-label.js';
import { languageSwitcherStrings } from './language-switcher-strings.js';
import { languageSwitcherBox } from './language-switcher-box.styles.js';
import { languageSwitcherStyles } from './language-switcher.styles.js';
import { storeLanguage, storedLanguage } from './stored-language.js';

/** Attributes of the host besides properties that change what is shown. */
const LABEL_OR_HOME = /^(label|home)-/;

/**
 * `<strichka-language-switcher>`: the page's languages as a compact list ("Укр Рус Eng"), the
 * current one marked with `aria-current="true"`.
 *
 * Languages come from the `languages` attribute, else from child `<a hreflang href>` elements (the
 * fallback shown without JavaScript), then from the head's `<link rel="alternate" hreflang href>`.
 * `x-default` is skipped on purpose: never shown, never a target, and not the `missing="home"` fallback
 * either: it is the page for readers of none of the listed languages, and a link labelled "Рус"
 * must lead to Russian (give `home-ru` for that). With no languages the switcher renders nothing.
 * The head is read on every render: call `requestUpdate()` after changing its links.
 *
 * In `mode="navigate"` (default) each language is a link to this page in that language. The
 * current language links to its alternate, else to this page; activating it fires no event. A
 * language without a translation is shown as unavailable, struck through and muted
 * (`missing="disable"`), or links to the URL of its `home-<code>` attribute (`missing="home"`;
 * unavailable without one). Only http(s) and relative URLs are used.
 *
 * In `mode="widgets"` each language is a button (the current one `aria-current="true"`): it sets
 * `lang` on the element of `scope` (the document element by default), and the Strichka elements in
 * it follow: their strings, dates and, with `src-<lang>` or `{lang}` in `src`, their feeds. The
 * current language is that of the scope. `dir` is left alone: an element takes its direction
 * from its locale unless a `dir` is set.
 *
 * The choice is remembered in localStorage (`strichka:language`); in widgets mode a remembered
 * language is applied on connect (announced with the event like a click). That event can fire
 * while the page is still parsing, before the page's own scripts have added their listeners: a
 * script that needs the current language reads `lang` of the scope (`document.documentElement.lang`
 * by default) rather than waiting for the event.
 *
 * Labels: a `label-<code>` attribute (`label-en="English"`), else the text of a child link, else
 * Укр / Рус / Eng (also for a regional code such as `uk-UA` when no other offered code is
 * Ukrainian), else the language's own name (Intl.DisplayNames). Each carries `lang`, and the
 * full native name ("Українська") as its `title` when the label is another text.
 *
 * @fires strichka-language-change - A language was chosen: `{ language, url? }`; cancel it to stop the navigation or the change.
 *
 * @csspart nav - The navigation landmark.
 * @csspart list - The list of languages.
 * @csspart item - One language's list item.
 * @csspart link - A language's link (a button in widgets mode).
 * @csspart current - The current language's link or button (with `link`).
 * @csspart unavailable - A language without a translation of this page (struck through).
 *
 * @cssprop --strichka-font - Font family (default: inherited).
 * @cssprop --strichka-font-size - Base font size (default 1rem).
 * @cssprop --strichka-space - Base spacing (default 0.5rem).
 * @cssprop --strichka-radius - Corner radius of the focus ring (default 0.5rem).
 * @cssprop --strichka-color-text - Colour of the current language.
 * @cssprop --strichka-color-muted - Colour of unavailable languages.
 * @cssprop --strichka-color-accent - Underline of the current language.
 * @cssprop --strichka-color-link - Colour of the other languages.
 * @cssprop --strichka-color-background - Background.
 * @cssprop --strichka-color-focus - Colour of the focus ring.
 */
export class StrichkaLanguageSwitcher extends StrichkaElement {
  // Read when the tag is registered (lit finalizes the class then), not as the script starts.
  static override get styles() {
    return [tokens, unsafeCSS(languageSwitcherBox(shadowBox)), languageSwitcherStyles];
  }

  static override properties: PropertyDeclarations = {
    languages: {},
    mode: {},
    missing: {},
    scope: {},
  };

  /** The languages offered, in order: codes separated by spaces or commas (`uk ru en`); unset means those of the page's alternate links. */
  declare languages?: string;

  /** `navigate` (default): links to this page in each language; `widgets`: sets `lang` on `scope`. */
  declare mode: 'navigate' | 'widgets';

  /** A language without a translation of this page: `disable` (default) shows it as unavailable, `home` links to its `home-<code>` attribute. */
  declare missing: 'disable' | 'home';

  /** Widgets mode: a CSS selector of the element whose `lang` is set; unset means the document element. */
  declare scope?: string;

  // Child links and `label-*` / `home-*` attributes change what is shown without being properties.
  #ownChanges?: MutationObserver;

  // Ends the listeners of the current connection (the wait for DOMContentLoaded).
  #connection?: AbortController;
  // Widgets mode: the language chosen, shown at once, that the scope gets after the next paint.
  #chosen?: string;

  constructor() {
    super();
    this.mode = 'navigate';
    this.missing = 'disable';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#ownChanges ??= new MutationObserver((records) => {
      if (records.some((record) => record.type != 'attributes' || LABEL_OR_HOME.test(record.attributeName!))) this.requestUpdate();
    });
    this.#ownChanges.observe(this, { attributes: true, childList: true, subtree: true, characterData: true });
    // Before the page's elements render (and fetch), which wait for the Intl warm-up too, so they
    // start in that language; if the languages or the scope are not parsed yet, once the document
    // is. Not in this task: reading a language tag is the page's first Intl call, and the first
    // read of localStorage is slow too.
    const connection = (this.#connection = new AbortController());
    if (this.#widgets) {
      intlWarmedUp().then(() => {
        const page = this.ownerDocument;
        if (connection.signal.aborted || this.#applyStoredLanguage() || page.readyState != 'loading') return;
        page.addEventListener('DOMContentLoaded', () => this.#applyStoredLanguage(), { once: true, signal: connection.signal });
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#ownChanges?.disconnect();
    this.#connection?.abort();
  }

  /** The languages offered, as discovered now. */
  get #offered(): OfferedLanguage[] {
    return discoverLanguages(this, this.languages);
  }

  get #widgets(): boolean {
    return this.mode == 'widgets';
  }

  /** The element whose `lang` widgets mode sets, or null when `scope` matches nothing (or is not a selector). */
  get #scopeElement(): Element | null {
    return this.scope ? queryElement(this, this.scope) : this.ownerDocument.documentElement;
  }

  /** The code of the current language among `languages`: the scope's in widgets mode, else the switcher's. */
  #currentCode(languages: OfferedLanguage[]): string | undefined {
    const scope = this.#widgets && this.#scopeElement;
    return findLanguage(languages, this.#chosen ?? (scope ? resolveLocale(scope) : this.locale))?.code;
  }

  protected override render(): TemplateResult | typeof nothing {
    const languages = this.#offered;
    if (!languages.length) return nothing;
    const current = this.#currentCode(languages);
    const codes = languages.map((language) => language.code);
    return html`<nav part="nav" aria-label=${formatMessage(this.locale, languageSwitcherStrings, 'language')} lang=${this.stringsLang ?? nothing} dir=${this.direction}>
      <ul part="list">
        ${languages.map((language) => html`<li part="item">${this.#renderLanguage(language, language.code == current, codes)}</li>`)}
      </ul>
    </nav>`;
  }

  #renderLanguage({ code, url, text }: OfferedLanguage, current: boolean, codes: string[]): TemplateResult {
    const name = nativeLanguageName(code);
    const label = this.getAttribute(`label-${code.toLowerCase()}`) || text || shortLanguageLabel(code, codes) || name;
    // The visible label stays the accessible name (speech input users say what they see); the
    // full name is the tooltip and the description.
    const title = label == name ? nothing : name;
    const part = current ? 'link current' : 'link';
    if (this.#widgets) {
      return html`<button type="button" part=${part} lang=${code} title=${title} aria-current=${current ? 'true' : nothing} @click=${(event: Event) => this.#choose(event, code)}
        >${label}</button
      >`;
    }
    const target = url ?? (current ? this.ownerDocument.URL : this.missing == 'home' ? this.#homeUrl(code) : undefined);
    if (!target) {
      return html`<span part="unavailable" lang=${code} title=${title}
        >${label}<span class="visually-hidden" lang=${this.stringsLang ?? this.locale}>, ${formatMessage(this.locale, languageSwitcherStrings, 'noTranslation')}</span></span
      >`;
    }
    return html`<a part=${part} href=${target} hreflang=${code} lang=${code} title=${title} aria-current=${current ? 'true' : nothing} @click=${(event: Event) => this.#choose(event, code, target)}
      >${label}</a
    >`;
  }

  /** The `home-<code>` URL resolved against the page, if it is http(s). */
  #homeUrl(code: string): string | undefined {
    return resolveHttpUrl(this.getAttribute(`home-${code.toLowerCase()}`) ?? undefined, this.ownerDocument.baseURI);
  }

  /**
   * A reader activated `code`: tell the page, then remember it and (widgets mode) set it, unless
   * the page cancelled. The current language is only remembered: nothing changes.
   */
  #choose(event: Event, code: string, url?: string): void {
    if (code == this.#currentCode(this.#offered)) return storeLanguage(code);
    if (!this.#announce(code, url)) return event.preventDefault();
    storeLanguage(code);
    // The switcher shows the choice in this task. A new `lang` restyles all the scope holds (the
    // whole page by default): that, and the widgets' update, follow after the paint.
    this.requestUpdate();
    if (!this.#widgets) return;
    this.#chosen = code;
    afterNextPaint().then(() => {
      if (this.#chosen != code) return;
      this.#chosen = undefined;
      this.#scopeElement?.setAttribute('lang', code);
    });
  }

  /** Fires the cancelable `strichka-language-change`; false when cancelled. */
  #announce(language: string, url?: string): boolean {
    return this.emit<StrichkaLanguageChangeDetail>('strichka-language-change', url ? { language, url } : { language }, true);
  }

  /**
   * Widgets mode: sets the remembered language, when the switcher offers it and it is not the
   * current one. False while there is nothing to decide on yet (no languages or no scope).
   */
  #applyStoredLanguage(): boolean {
    const languages = this.#offered;
    const stored = storedLanguage();
    const language = stored && findLanguage(languages, stored);
    const scope = this.#scopeElement;
    if (language && scope && language.code != this.#currentCode(languages) && this.#announce(language.code)) scope.setAttribute('lang', language.code);
    return !!(languages.length && scope);
  }
}
