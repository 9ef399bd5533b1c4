// A partner's one-element script also defines <strichka-feed>, which the element can point at.
import './feed-element.js';
import { StrichkaTicker } from './components/ticker/ticker.js';
import { defineElement } from './core/define-element.js';

export { StrichkaTicker };
defineElement('strichka-ticker', StrichkaTicker);

declare global {
  interface HTMLElementTagNameMap {
    'strichka-ticker': StrichkaTicker;
  }
}
