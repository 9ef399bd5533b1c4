export { parseFeed } from './parse-feed.js';
export { FeedError } from './feed-error.js';
export type { FeedErrorCode } from './feed-error.js';
export type { Feed, FeedEnclosure, FeedFormat, FeedImage, FeedItem, ParseOptions } from './model.js';
export { getFeedSource } from './client.js';
export type { FeedSource, FeedSourceOptions, FeedState } from './client.js';
export { proxyUrl, setDefaultProxy } from './proxy-url.js';
export { decodeFeedBytes } from './decode-feed-bytes.js';
