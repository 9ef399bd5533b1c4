import { readCachedFeed, writeCachedFeed } from './feed-cache.js';
import type { ProxyConfig } from './proxy-config.js';
import { ProxyError } from './proxy-error.js';
import { fetchUpstream, type UpstreamFeed } from './upstream-fetch.js';

/** Upstream fetches in flight, by feed URL: concurrent requests join one. */
const inFlight = new Map<string, Promise<UpstreamFeed>>();

/** The prefix of the ETag the proxy makes for a feed whose server sends none; it is never sent upstream. */
const OWN_ETAG = '"strichka-';

/** True for a failure of the feed's server that a stale copy may cover: 5xx, time-out, network, and 429 Too Many Requests. */
const coveredByStale = (error: unknown): boolean => error instanceof ProxyError && (error.status >= 500 || error.status == 429);

/**
 * The feed at `url` for one request: the cached copy within the cache period, else one upstream fetch
 * shared by every request that arrives meanwhile. A stale copy revalidates with its own validators; with
 * no copy the feed is fetched whole (never with the client's validators: the copy it brings answers their
 * 304s for the whole period). When the feed's server fails (5xx, 429, time-out, network), a copy within
 * the stale period answers instead, and keeps answering for a cache period before the server is tried
 * again, so an outage costs one upstream attempt per period, as a healthy server does.
 */
export async function loadSharedFeed(url: string, cacheUrl: string, config: ProxyConfig): Promise<UpstreamFeed> {
  const cached = await readCachedFeed(url, cacheUrl);
  const now = config.now();
  const age = cached ? now - cached.fetchedAt : Infinity;
  const staleLimit = (config.cacheSeconds + config.staleSeconds) * 1e3;
  if (cached && (age < config.cacheSeconds * 1e3 || (age < staleLimit && now < (cached.retryAt ?? 0)))) return cached;
  let refresh = inFlight.get(url);
  if (!refresh) {
    refresh = refreshFeed(url, cacheUrl, cached, config).finally(() => inFlight.delete(url));
    inFlight.set(url, refresh);
  }
  try {
    return await refresh;
  } catch (error) {
    if (!cached || !coveredByStale(error) || age >= staleLimit) throw error;
    if ((cached.retryAt ?? 0) <= now) {
      cached.retryAt = config.now() + config.cacheSeconds * 1e3;
      await writeCachedFeed(url, cacheUrl, cached, config.cacheSeconds + config.staleSeconds);
    }
    return cached;
  }
}

async function refreshFeed(url: string, cacheUrl: string, cached: UpstreamFeed | undefined, config: ProxyConfig): Promise<UpstreamFeed> {
  const validators = cached ? { etag: cached.etag?.startsWith(OWN_ETAG) ? undefined : cached.etag, lastModified: cached.lastModified } : {};
  const answer = await fetchUpstream(new URL(url), validators, config);
  let feed: UpstreamFeed;
  if ('body' in answer) {
    feed = answer;
    feed.etag ??= await ownEtag(feed.body);
  } else if (cached) {
    // 304: the copy is fresh again (its parsed JSON, kept beside it, stays valid)
    feed = cached;
    feed.fetchedAt = config.now();
    feed.retryAt = undefined;
    feed.etag = answer.etag ?? feed.etag;
    feed.lastModified = answer.lastModified ?? feed.lastModified;
  } else {
    throw new ProxyError(502, 'http', `The feed's server answered 304 to an unconditional request`);
  }
  await writeCachedFeed(url, cacheUrl, feed, config.cacheSeconds + config.staleSeconds);
  return feed;
}

/** An ETag from the body's SHA-1, so clients of a feed server without validators still get 304s. */
async function ownEtag(body: Uint8Array<ArrayBuffer>): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-1', body));
  return `${OWN_ETAG}${[...hash.subarray(0, 12)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}"`;
}
