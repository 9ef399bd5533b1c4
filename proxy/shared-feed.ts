import { readCachedFeed, writeCachedFeed } from './feed-cache.js';
import type { ProxyConfig } from './proxy-config.js';
import { ProxyError } from './proxy-error.js';
import { fetchUpstream, type UpstreamFeed, type Validators } from './upstream-fetch.js';

/** Upstream fetches in flight, by feed URL and the validators sent: concurrent requests join one. */
const inFlight = new Map<string, Promise<UpstreamFeed | Validators>>();

/** The prefix of the ETag the proxy makes for a feed whose server sends none; it is never sent upstream. */
export const OWN_ETAG = '"strichka-';

/**
 * The feed at `url` for one request: the cached copy within the cache period, else one upstream fetch
 * shared by every request that arrives meanwhile. A stale copy revalidates with its own validators;
 * without a copy the client's validators go upstream, and their 304 comes back as Validators. When the
 * feed's server fails (5xx, time-out, network), a copy within the stale period answers instead.
 */
export async function loadSharedFeed(url: string, cacheUrl: string, clientValidators: Validators, config: ProxyConfig): Promise<UpstreamFeed | Validators> {
  const cached = await readCachedFeed(url, cacheUrl);
  const age = cached ? Date.now() - cached.fetchedAt : Infinity;
  if (cached && age < config.cacheSeconds * 1e3) return cached;
  const validators = cached ? { etag: cached.etag?.startsWith(OWN_ETAG) ? undefined : cached.etag, lastModified: cached.lastModified } : clientValidators;
  const key = `${url}\n${validators.etag}\n${validators.lastModified}`;
  let refresh = inFlight.get(key);
  if (!refresh) {
    refresh = refreshFeed(url, cacheUrl, cached, validators, config).finally(() => inFlight.delete(key));
    inFlight.set(key, refresh);
  }
  try {
    return await refresh;
  } catch (error) {
    if (cached && error instanceof ProxyError && error.status >= 500 && age < (config.cacheSeconds + config.staleSeconds) * 1e3) return cached;
    throw error;
  }
}

async function refreshFeed(url: string, cacheUrl: string, cached: UpstreamFeed | undefined, validators: Validators, config: ProxyConfig): Promise<UpstreamFeed | Validators> {
  const answer = await fetchUpstream(new URL(url), validators, config);
  let feed: UpstreamFeed;
  if ('body' in answer) {
    feed = answer;
    feed.etag ??= await ownEtag(feed.body);
  } else if (cached) {
    // 304: the copy is fresh again (its parsed JSON, kept beside it, stays valid)
    feed = cached;
    feed.fetchedAt = Date.now();
    feed.etag = answer.etag ?? feed.etag;
    feed.lastModified = answer.lastModified ?? feed.lastModified;
  } else {
    return answer;
  }
  await writeCachedFeed(url, cacheUrl, feed, config.cacheSeconds + config.staleSeconds);
  return feed;
}

/** An ETag from the body's SHA-1, so clients of a feed server without validators still get 304s. */
async function ownEtag(body: Uint8Array<ArrayBuffer>): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-1', body));
  return `${OWN_ETAG}${[...hash.subarray(0, 12)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}"`;
}
