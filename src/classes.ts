/**
 * Strichka's element classes without registering any tag name: for pages that register them under
 * names of their own (`customElements.define('news-ticker', StrichkaTicker)`) or register lazily.
 */
export { StrichkaFeed } from './components/feed-element/feed-element.js';
export { StrichkaTicker } from './components/ticker/ticker.js';
export { StrichkaCard } from './components/card/card.js';
export { StrichkaTagCloud } from './components/tag-cloud/tag-cloud.js';
export { StrichkaLanguageSwitcher } from './components/language-switcher/language-switcher.js';
export { StrichkaSupportBanner } from './components/support-banner/support-banner.js';
export { StrichkaElement } from './core/strichka-element.js';
export { StrichkaDataElement } from './core/strichka-data-element.js';
export { defineElement } from './core/define-element.js';
export type * from './core/strichka-events.js';
export type { CardLayout } from './components/card/card.js';
export type { CloudTag, TagCloudVariant, TagOrder } from './components/tag-cloud/tag-cloud.js';
