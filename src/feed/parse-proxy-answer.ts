import { FeedError } from './feed-error.js';
import type { Feed } from './model.js';
import { readFeedModel } from './read-feed-model.js';

/**
 * parseFeed of dist/cdn/ticker-proxy.js, the partner ticker that reads a feed through the proxy's
 * `format=json` only: the proxy has parsed the feed, so this build carries no XML, JSON Feed or
 * WordPress reader. Anything but a Strichka proxy's answer is FeedError 'not-a-feed'.
 */
export function parseFeed(text: string): Feed {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: handled below
  }
  if (json?.strichka !== 1) throw new FeedError('not-a-feed', 'Not a Strichka proxy answer: this ticker reads feeds through the proxy (format=json)');
  try {
    return readFeedModel(json);
  } catch (error) {
    throw error instanceof FeedError ? error : new FeedError('malformed', String(error));
  }
}
