import { StrichkaFeed } from './components/feed-element/feed-element.js';
import { defineElement } from './core/define-element.js';

export { StrichkaFeed };
defineElement('strichka-feed', StrichkaFeed);

declare global {
  interface HTMLElementTagNameMap {
    'strichka-feed': StrichkaFeed;
  }
}
