import { parseUrl } from '../src/feed/feed-url.js';
import { corsHeaders, PREFLIGHT_HEADERS } from './cors-headers.js';
import { recountCachedFeed } from './feed-cache.js';
import { isAllowedFeedUrl } from './feed-allowlist.js';
import { feedJson } from './feed-json.js';
import type { ProxyConfig } from './proxy-config.js';
import { errorAnswer, feedAnswer } from './proxy-answer.js';
import { ProxyError } from './proxy-error.js';
import { loadSharedFeed } from './shared-feed.js';

/**
 * Answers one request to the proxy: `GET|HEAD /?url=<feed URL>[&format=json]` with the feed (or its JSON
 * model), OPTIONS with the CORS preflight, anything else with a JSON error (400 bad url or format,
 * 403 not allowed, 405 method, 502/504 from the feed's server).
 */
export async function handleProxyRequest(request: Request, config: ProxyConfig): Promise<Response> {
  const cors = corsHeaders(request, config.origins);
  if (request.method == 'OPTIONS') return new Response(null, { status: 204, headers: { ...cors, ...PREFLIGHT_HEADERS } });
  try {
    if (request.method != 'GET' && request.method != 'HEAD') throw new ProxyError(405, 'method', 'Only GET, HEAD and OPTIONS');
    const params = new URL(request.url).searchParams;
    const format = params.get('format');
    if (format != null && format != 'json') throw new ProxyError(400, 'bad-format', 'format= can only be json');
    const target = params.get('url');
    const url = target ? parseUrl(target) : undefined;
    if (!url || !/^https?:$/.test(url.protocol)) throw new ProxyError(400, 'bad-url', 'url= must be an absolute http(s) URL');
    url.hash = '';
    // where a name resolves is checked only when the feed is fetched upstream, not for every copy answered
    if (!isAllowedFeedUrl(url, config)) throw new ProxyError(403, 'not-allowed', `STRICHKA_PROXY_ALLOW does not allow ${url.origin}`);
    // the runtime's Cache API keys on a URL: one under the proxy's own origin
    const cacheUrl = new URL(`/.strichka-cache?url=${encodeURIComponent(url.href)}`, request.url).href;
    const feed = await loadSharedFeed(url.href, cacheUrl, config);
    let json: Uint8Array<ArrayBuffer> | undefined;
    if (format == 'json') {
      json = feedJson(feed);
      // the model now sits beside the copy in memory: count it against the memory cache's bound
      recountCachedFeed(url.href);
    }
    return feedAnswer(request, feed, json, config, cors);
  } catch (error) {
    const failure = error instanceof ProxyError ? error : new ProxyError(500, 'internal', 'The proxy failed');
    return errorAnswer(failure, cors, failure.status == 405 ? { Allow: 'GET, HEAD, OPTIONS' } : {});
  }
}
