import { StrichkaLanguageSwitcher } from './components/language-switcher/language-switcher.js';
import { defineElement } from './core/define-element.js';

export { StrichkaLanguageSwitcher };
defineElement('strichka-language-switcher', StrichkaLanguageSwitcher);

declare global {
  interface HTMLElementTagNameMap {
    'strichka-language-switcher': StrichkaLanguageSwitcher;
  }
}
