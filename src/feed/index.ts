export { parseFeed } from './parse-feed.js';
export { FeedError } from './feed-error.js';
export type { FeedErrorCode } from './feed-error.js';
export type { Feed, FeedEnclosure, FeedFormat, FeedImage, FeedItem, ParseOptions } from './model.js';
