/**
 * True for an absolute http(s) URL. Anything else (javascript:, data:, relative) never becomes an
 * href or src: an `item` set from script has not been through the feed layer's URL check. A string
 * that starts with "http://" or "https://" can only parse with that scheme.
 */
export function isHttpUrl(url: unknown): url is string {
  return typeof url == 'string' && /^https?:\/\//i.test(url);
}

/** `href` resolved against `base` when it is http(s) then, else undefined (the feed layer's strict check). */
export { resolveHttpUrl } from '../feed/feed-url.js';
