import { StrichkaTicker } from './components/ticker/ticker.js';
import { defineElement } from './core/define-element.js';

export { StrichkaTicker };
defineElement('strichka-ticker', StrichkaTicker);

declare global {
  interface HTMLElementTagNameMap {
    'strichka-ticker': StrichkaTicker;
  }
}
