import type { ProxyConfig } from './proxy-config.js';
import type { ProxyError } from './proxy-error.js';
import type { UpstreamFeed, Validators } from './upstream-fetch.js';

// Answers never let a feed run as a page on the proxy's origin: no sniffing, no scripts, no HTML type.
const SAFE_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'none'; sandbox" };

/** The representation's ETag: the feed server's for the feed as sent, a variant of it for format=json. */
export const variantEtag = (etag: string | undefined, json: boolean): string | undefined => (etag && json ? etag.replace(/"$/, '-json"') : etag);

/** The feed server's ETag from a client's If-None-Match for a variant. */
export const upstreamEtag = (etag: string, json: boolean): string => (json ? etag.replace(/-json"$/, '"') : etag);

/** True when the client's copy (If-None-Match, else If-Modified-Since) is the current one. */
function clientHasCurrent(request: Request, etag: string | undefined, lastModified: string | undefined): boolean {
  const ifNoneMatch = request.headers.get('if-none-match');
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  if (ifNoneMatch) return !!etag && (ifNoneMatch.trim() == '*' || ifNoneMatch.split(',').some((tag) => weak(tag) == weak(etag)));
  const since = Date.parse(request.headers.get('if-modified-since') ?? '');
  return !!lastModified && Date.parse(lastModified) <= since;
}

/** Headers every feed answer carries: validators, CDN caching with stale-if-error, and its age. */
function cacheHeaders(validators: Validators, config: ProxyConfig, fetchedAt?: number): Record<string, string> {
  const headers: Record<string, string> = {
    ...SAFE_HEADERS,
    // browsers revalidate every poll (cheap: a 304 from the proxy's copy); a CDN in front keeps it a period
    'Cache-Control': `public, max-age=0, s-maxage=${Math.ceil(config.cacheSeconds)}, stale-if-error=${Math.ceil(config.staleSeconds)}`,
  };
  if (validators.etag) headers['ETag'] = validators.etag;
  if (validators.lastModified) headers['Last-Modified'] = validators.lastModified;
  if (fetchedAt) headers['Age'] = String(Math.max(0, Math.floor((Date.now() - fetchedAt) / 1e3)));
  return headers;
}

/** A 304 for the validators (the feed server's own 304 when the proxy had no copy). */
export function notModifiedAnswer(validators: Validators, json: boolean, config: ProxyConfig, cors: Record<string, string>): Response {
  return new Response(null, { status: 304, headers: { ...cors, ...cacheHeaders({ ...validators, etag: variantEtag(validators.etag, json) }, config) } });
}

/**
 * The answer with a copy of a feed: 304 when the client has it, else 200 with the feed as sent (an HTML
 * type served as text/plain) or the JSON model; HEAD gets the headers only.
 */
export function feedAnswer(request: Request, feed: UpstreamFeed, json: string | undefined, config: ProxyConfig, cors: Record<string, string>): Response {
  const validators = { etag: variantEtag(feed.etag, json !== undefined), lastModified: feed.lastModified };
  const headers = { ...cors, ...cacheHeaders(validators, config, feed.fetchedAt) };
  if (clientHasCurrent(request, validators.etag, validators.lastModified)) return new Response(null, { status: 304, headers });
  const body = json !== undefined ? new TextEncoder().encode(json) : feed.body;
  headers['Content-Type'] =
    json !== undefined ? 'application/json; charset=utf-8' : feed.contentType.replace(/^\s*(?:text\/html|application\/xhtml\+xml)\b/i, 'text/plain') || 'application/octet-stream';
  headers['Content-Length'] = String(body.length);
  return new Response(request.method == 'HEAD' ? null : body, { status: 200, headers });
}

/** An error as JSON: `{ "error": code, "status": status, "message": text }`, never cached, Retry-After passed on. */
export function errorAnswer(error: ProxyError, cors: Record<string, string>, extra: Record<string, string> = {}): Response {
  const headers: Record<string, string> = { ...cors, ...SAFE_HEADERS, ...extra, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };
  if (error.retryAfter) headers['Retry-After'] = error.retryAfter;
  return new Response(JSON.stringify({ error: error.code, status: error.status, message: error.message }), { status: error.status, headers });
}
