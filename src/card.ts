// A partner's one-element script also defines <strichka-feed>, which the element can point at.
import './feed-element.js';
import { StrichkaCard } from './components/card/card.js';
import { defineElement } from './core/define-element.js';

export { StrichkaCard };
export type { CardLayout } from './components/card/card.js';
defineElement('strichka-card', StrichkaCard);

declare global {
  interface HTMLElementTagNameMap {
    'strichka-card': StrichkaCard;
  }
}
