import { parseUrl } from '../src/feed/feed-url.js';
import { corsHeaders, PREFLIGHT_HEADERS } from './cors-headers.js';
import { isAllowedFeedUrl } from './feed-allowlist.js';
import { feedJson } from './feed-json.js';
import type { ProxyConfig } from './proxy-config.js';
import { errorAnswer, feedAnswer, notModifiedAnswer, upstreamEtag } from './proxy-answer.js';
import { ProxyError } from './proxy-error.js';
import { loadSharedFeed, OWN_ETAG } from './shared-feed.js';
import type { Validators } from './upstream-fetch.js';

/** The client's validators as the feed's server knows them: variants mapped back, the proxy's own ETags left out. */
function clientValidators(request: Request, json: boolean): Validators {
  const etag = (request.headers.get('if-none-match') ?? '')
    .split(',')
    .map((tag) => upstreamEtag(tag.trim(), json))
    .filter((tag) => tag && !tag.replace(/^W\//, '').startsWith(OWN_ETAG))
    .join(', ');
  return { etag: etag || undefined, lastModified: request.headers.get('if-modified-since') ?? undefined };
}

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
    if (!(await isAllowedFeedUrl(url, config))) throw new ProxyError(403, 'not-allowed', `STRICHKA_PROXY_ALLOW does not allow ${url.origin}`);
    const json = format == 'json';
    // the runtime's Cache API keys on a URL: one under the proxy's own origin
    const cacheUrl = new URL(`/.strichka-cache?url=${encodeURIComponent(url.href)}`, request.url).href;
    const feed = await loadSharedFeed(url.href, cacheUrl, clientValidators(request, json), config);
    if (!('body' in feed)) return notModifiedAnswer(feed, json, config, cors);
    return feedAnswer(request, feed, json ? feedJson(feed) : undefined, config, cors);
  } catch (error) {
    const failure = error instanceof ProxyError ? error : new ProxyError(500, 'internal', 'The proxy failed');
    return errorAnswer(failure, cors, failure.status == 405 ? { Allow: 'GET, HEAD, OPTIONS' } : {});
  }
}
