import type { ProxyConfig } from './proxy-config.js';
import type { ProxyError } from './proxy-error.js';
import type { UpstreamFeed, Validators } from './upstream-fetch.js';

// Answers never let a feed run as a page on the proxy's origin: no sniffing, no scripts, no HTML type.
const SAFE_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'none'; sandbox" };

/**
 * The representation's ETag: the feed server's for the feed as sent, a variant of it for format=json.
 * An unquoted one (servers send them) is quoted, so that the variant differs from it too.
 */
export function variantEtag(etag: string | undefined, json: boolean): string | undefined {
  if (!etag) return undefined;
  const quoted = /^(?:W\/)?".*"$/.test(etag) ? etag : `"${etag.replace(/"/g, '')}"`;
  return json ? quoted.replace(/"$/, '-json"') : quoted;
}

/** Media types a feed may be relayed as (the essence, without parameters): XML and JSON of any kind, and plain text. */
const FEED_TYPE = /^(?:[\w.+-]+\/(?:xml|json)|[\w.+-]+\/[\w.-]+\+(?:xml|json)|text\/plain)$/;

/** XML types a browser renders as a page of its own. */
const PAGE_TYPE = /^(?:application\/xhtml\+xml|image\/svg\+xml)$/;

/**
 * The Content-Type a feed is relayed with: the feed server's when every comma-separated part of it (two
 * headers join with a comma) is a feed type, else text/plain with its charset kept, so a browser never
 * renders the answer as a page.
 */
function relayedContentType(type: string): string {
  const essences = type.split(',').map((part) => part.split(';')[0]!.trim().toLowerCase());
  if (type.trim() && essences.every((essence) => FEED_TYPE.test(essence) && !PAGE_TYPE.test(essence))) return type;
  const charset = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(type)?.[1];
  return charset ? `text/plain; charset=${charset}` : 'text/plain';
}

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
  if (fetchedAt) headers['Age'] = String(Math.max(0, Math.floor((config.now() - fetchedAt) / 1e3)));
  return headers;
}

/**
 * The answer with a copy of a feed: 304 when the client has it, else 200 with the feed as sent (any type
 * but XML, JSON or plain text served as text/plain) or the JSON model (UTF-8); HEAD gets the headers only.
 */
export function feedAnswer(request: Request, feed: UpstreamFeed, json: Uint8Array<ArrayBuffer> | undefined, config: ProxyConfig, cors: Record<string, string>): Response {
  const validators = { etag: variantEtag(feed.etag, json !== undefined), lastModified: feed.lastModified };
  const headers = { ...cors, ...cacheHeaders(validators, config, feed.fetchedAt) };
  if (clientHasCurrent(request, validators.etag, validators.lastModified)) return new Response(null, { status: 304, headers });
  const body = json ?? feed.body;
  headers['Content-Type'] = json !== undefined ? 'application/json; charset=utf-8' : relayedContentType(feed.contentType);
  headers['Content-Length'] = String(body.length);
  return new Response(request.method == 'HEAD' ? null : body, { status: 200, headers });
}

/** An error as JSON: `{ "error": code, "status": status, "message": text }`, never cached, Retry-After passed on. */
export function errorAnswer(error: ProxyError, cors: Record<string, string>, extra: Record<string, string> = {}): Response {
  const headers: Record<string, string> = { ...cors, ...SAFE_HEADERS, ...extra, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };
  if (error.retryAfter) headers['Retry-After'] = error.retryAfter;
  return new Response(JSON.stringify({ error: error.code, status: error.status, message: error.message }), { status: error.status, headers });
}
