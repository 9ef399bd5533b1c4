import { LitElement, type PropertyDeclarations } from 'lit';
import { primaryLanguage } from '../i18n/language-name.js';
import { intlWarmedUp } from '../i18n/intl-warm-up.js';
import { resolveDirection, resolveLocale } from '../i18n/locale.js';
import { messageLanguage } from '../i18n/messages.js';
import { emitEvent } from './emit-event.js';
import { nextTurn } from './turns.js';

// One observer and one timer for the whole page, started by the first element: a language switch
// (a `lang` or `dir` change anywhere) re-renders every connected element instead of each element
// watching its ancestors, and so does every minute, as times on screen age ("5 minutes ago"; a
// clock time becomes a date at midnight). With no element connected, they have nothing to do.
const connected = new Set<StrichkaElement>();
let languageObserver: MutationObserver | undefined;

/**
 * The base of every Strichka element: locale and direction from the page, light/dark theme,
 * and `strichka-*` events that bubble out of shadow roots.
 */
export class StrichkaElement extends LitElement {
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
  };

  /** `light` or `dark` forces a colour scheme; unset follows `prefers-color-scheme`. */
  declare theme?: 'light' | 'dark';

  /** The resolved locale (BCP 47): `lang` of the element, else of the nearest ancestor, else of the document, else `en`. */
  protected locale = 'en';

  /** The resolved writing direction, from the nearest `dir` or the locale. */
  protected direction: 'ltr' | 'rtl' = 'ltr';

  /** A page-wide update (language, time) asked for this element's next render: it waits for its turn. */
  #pageUpdate = false;

  /**
   * Re-renders every connected element, one a task: a language switch (which the switcher makes
   * after the paint that shows the reader's click) is no long task.
   */
  static #updateAll(): void {
    for (const each of connected) {
      each.#pageUpdate = true;
      each.requestUpdate();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    if (!languageObserver) {
      languageObserver = new MutationObserver(() => StrichkaElement.#updateAll());
      languageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
      setInterval(() => StrichkaElement.#updateAll(), 60e3);
    }
    // A moved element may have a new nearest `lang` or `dir`.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /**
   * Whether the update being scheduled waits for its turn (`nextTurn`): the first one does, as the
   * elements of a page upgrade together (one script defines them all) and should render one a
   * task; their boxes are reserved meanwhile (the host's `::before`). So does a page-wide one (a
   * language switch, the minute). Other updates, a reader's click among them, render at once.
   */
  protected takesTurn(): boolean {
    return !this.hasUpdated || this.#pageUpdate;
  }

  protected override async scheduleUpdate(): Promise<unknown> {
    if (this.takesTurn()) {
      await intlWarmedUp();
      await nextTurn();
    }
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.#pageUpdate = false;
    this.locale = resolveLocale(this);
    this.direction = resolveDirection(this, this.locale);
  }

  /**
   * `en` when the built-in strings are English in a locale of another language (a Polish page):
   * the `lang` of what shows them, so a screen reader does not read them with that language's
   * voice; undefined for uk, ru and en, whose strings are in the locale's own language.
   */
  protected get stringsLang(): 'en' | undefined {
    return messageLanguage(this.locale) || primaryLanguage(this.locale) == 'en' ? undefined : 'en';
  }

  /** Dispatches a `strichka-*` event that bubbles and is composed; returns false when a listener cancelled it. */
  protected emit<T>(type: string, detail: T, cancelable = false): boolean {
    return emitEvent(this, type, detail, cancelable);
  }
}
