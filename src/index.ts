/**
 * Strichka: every element, registered (`strichka-feed`, `strichka-ticker`, `strichka-card`,
 * `strichka-tag-cloud`, `strichka-language-switcher`, `strichka-support-banner`), and every class, for pages that register
 * them under other names.
 */
export { StrichkaFeed } from './feed-element.js';
export { StrichkaTicker } from './ticker.js';
export { StrichkaCard } from './card.js';
export { StrichkaTagCloud } from './tag-cloud.js';
export { StrichkaLanguageSwitcher } from './language-switcher.js';
export { StrichkaSupportBanner } from './support-banner.js';
export { StrichkaElement } from './core/strichka-element.js';
export { StrichkaDataElement } from './core/strichka-data-element.js';
export { defineElement } from './core/define-element.js';
export type * from './core/strichka-events.js';
export { FeedError, parseFeed, setDefaultProxy } from './feed/index.js';
export type { Feed, FeedErrorCode, FeedItem, FeedState } from './feed/index.js';
export type { CardLayout } from './card.js';
export type { CloudTag, TagCloudVariant, TagOrder } from './tag-cloud.js';
