import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveDirection, resolveLocale } from '../i18n/locale.js';

// One observer for the whole page: a language switch (a `lang` or `dir` change anywhere)
// re-renders every connected element instead of each element watching its ancestors.
const connected = new Set<StrichkaElement>();
let languageObserver: MutationObserver | undefined;

function watchLanguage(element: StrichkaElement): void {
  connected.add(element);
  if (languageObserver || typeof MutationObserver == 'undefined') return;
  languageObserver = new MutationObserver(() => connected.forEach((each) => each.requestUpdate()));
  languageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

function unwatchLanguage(element: StrichkaElement): void {
  connected.delete(element);
  if (!connected.size) {
    languageObserver?.disconnect();
    languageObserver = undefined;
  }
}

/**
 * The base of every Strichka element: locale and direction from the page, light/dark theme,
 * and `strichka-*` events that bubble out of shadow roots.
 */
export class StrichkaElement extends LitElement {
  /** `light` or `dark` forces a colour scheme; unset follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** The resolved locale (BCP 47): `lang` of the element, else of the nearest ancestor, else of the document, else `en`. */
  protected locale = 'en';

  /** The resolved writing direction, from the nearest `dir` or the locale. */
  protected direction: 'ltr' | 'rtl' = 'ltr';

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.locale = resolveLocale(this);
    this.direction = resolveDirection(this, this.locale);
  }

  /** Dispatches a `strichka-*` event that bubbles and is composed; returns false when a listener cancelled it. */
  protected emit<T>(type: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }
}
