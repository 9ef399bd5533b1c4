import { FeedError } from '../src/feed/feed-error.js';
import { parseUrl } from '../src/feed/feed-url.js';
import { readLimitedBody } from '../src/feed/read-limited-body.js';
import { isAllowedFeedUrl, resolvesInside } from './feed-allowlist.js';
import type { ProxyConfig } from './proxy-config.js';
import { ProxyError } from './proxy-error.js';

/** Most redirects followed; each target is checked against the allowlist again. */
export const MAX_REDIRECTS = 3;

/** What a conditional request sends: the ETag and Last-Modified of a copy. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** A feed as its server sent it, with the URL it came from after redirects and when it was fetched (ms). */
export interface UpstreamFeed extends Validators {
  url: string;
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  fetchedAt: number;
  /** While the feed's server fails: when to try it again (ms); the stale copy answers until then. */
  retryAt?: number;
}

const ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/** Statuses whose body is the whole feed (203: as a transforming proxy passed it on); 204, 206 and the like are not. */
const FEED_STATUSES = new Set([200, 203]);

/**
 * Fetches a feed (conditionally when `validators` say so), following at most {@link MAX_REDIRECTS} redirects
 * that the allowlist still allows, within the time and size limits. Every URL it fetches, the first included,
 * is checked against the allowlist and, where the runtime resolves names, where it resolves. Resolves to the
 * feed, or to the validators of a 304; throws ProxyError (403 not allowed, 502 bad answer or too large,
 * 504 time-out, the feed server's own 4xx/5xx).
 */
export async function fetchUpstream(url: URL, validators: Validators, config: ProxyConfig): Promise<UpstreamFeed | Validators> {
  const signal = AbortSignal.timeout(config.timeoutMs);
  const headers: Record<string, string> = { Accept: ACCEPT, 'User-Agent': 'strichka-proxy' };
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  try {
    for (let redirects = 0; ; redirects++) {
      if (!isAllowedFeedUrl(url, config) || (await resolvesInside(url, config))) throw new ProxyError(403, 'not-allowed', `STRICHKA_PROXY_ALLOW does not allow ${url.origin}`);
      const response = await fetch(url, { redirect: 'manual', signal, headers });
      const { status } = response;
      const location = response.headers.get('location');
      if (status == 304) return upstreamValidators(response);
      if (status >= 300 && status < 400 && location) {
        await response.body?.cancel();
        const next = parseUrl(location, url.href);
        if (redirects == MAX_REDIRECTS) throw new ProxyError(502, 'redirects', `More than ${MAX_REDIRECTS} redirects`);
        if (!next) throw new ProxyError(403, 'not-allowed', `Redirect to an unreadable URL`);
        url = next;
        continue;
      }
      if (!FEED_STATUSES.has(status)) {
        await response.body?.cancel();
        // the feed server's own error is passed on (its Retry-After with it); anything else is a bad gateway
        throw new ProxyError(status >= 400 && status < 600 ? status : 502, 'http', `The feed's server answered ${status}`, response.headers.get('retry-after') ?? undefined);
      }
      // A body passes on as it came: one over the limit cannot be cut, as a page's client cuts it.
      const { bytes, cut } = await readLimitedBody(response, config.maxBytes);
      if (cut) throw new FeedError('too-large', `Feed over ${config.maxBytes} bytes`);
      return {
        ...upstreamValidators(response),
        url: url.href,
        // readLimitedBody's bytes, uncut, sit in an ArrayBuffer of their own
        body: bytes as Uint8Array<ArrayBuffer>,
        contentType: response.headers.get('content-type') ?? '',
        fetchedAt: config.now(),
      };
    }
  } catch (error) {
    if (error instanceof ProxyError) throw error;
    if (error instanceof FeedError) throw new ProxyError(502, error.code, error.message);
    if ((error as Error)?.name == 'TimeoutError' || signal.aborted) throw new ProxyError(504, 'timeout', `No answer from the feed's server in ${config.timeoutMs} ms`);
    throw new ProxyError(502, 'network', `The feed's server could not be reached`);
  }
}

/** The ETag and Last-Modified a response sent. */
function upstreamValidators(response: Response): Validators {
  return { etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined };
}
