/**
 * The `strichka/language-switcher` entry: registers `<strichka-language-switcher>` (links to this
 * page in each language, or buttons that set `lang` on a scope of Strichka widgets).
 */
import { StrichkaLanguageSwitcher } from './components/language-switcher/language-switcher.js';
import { defineElement } from './core/define-element.js';

export { StrichkaLanguageSwitcher };
defineElement('strichka-language-switcher', StrichkaLanguageSwitcher);

declare global {
  interface HTMLElementTagNameMap {
    'strichka-language-switcher': StrichkaLanguageSwitcher;
  }
}
