import { decodeFeedBytes, FeedError, parseFeed } from '../src/feed/index.js';
import { ProxyError } from './proxy-error.js';
import type { UpstreamFeed } from './upstream-fetch.js';

/** Parsed answers by copy, as UTF-8 bytes: a feed is parsed and encoded once per copy, however many clients ask. */
const parsed = new WeakMap<UpstreamFeed, Uint8Array<ArrayBuffer> | ProxyError>();

/**
 * The `format=json` body of a feed as UTF-8: its normalised model (strichka/feed's parseFeed) with a
 * top-level `"strichka": 1` that no JSON Feed or WordPress answer has. Throws ProxyError 502 when it is
 * not a feed.
 */
export function feedJson(feed: UpstreamFeed): Uint8Array<ArrayBuffer> {
  let answer = parsed.get(feed);
  if (answer === undefined) {
    try {
      const contentType = feed.contentType || undefined;
      const model = parseFeed(decodeFeedBytes(feed.body, contentType), { baseUrl: feed.url, contentType });
      answer = new TextEncoder().encode(JSON.stringify({ strichka: 1, ...model }));
    } catch (error) {
      answer = error instanceof FeedError ? new ProxyError(502, error.code, error.message) : new ProxyError(502, 'malformed', String(error));
    }
    parsed.set(feed, answer);
  }
  if (answer instanceof ProxyError) throw answer;
  return answer;
}

/** Bytes the parsed model of `feed` holds in memory (0 before format=json was asked). */
export function feedJsonBytes(feed: UpstreamFeed): number {
  const answer = parsed.get(feed);
  return answer instanceof Uint8Array ? answer.length : 0;
}
