/**
 * An absolute http(s) URL the URL parser would leave exactly as it is (with no NOT_PARSED_FORM in it): lowercase
 * scheme and host name (no port, user or IP address), a path, and only characters it never encodes or rewrites (no
 * whitespace, control character, backslash, quote or non-ASCII). Most feed links are like this.
 */
const PARSED_FORM = /^https?:\/\/(?:[a-z\d-]+\.)*[a-z][a-z\d-]*\/[\w\-~!$&()*+,;=:@/?#%.]*$/;
/** What the parser would still rewrite: a dot segment ('/.', '%2e'), punycode to check. */
const NOT_PARSED_FORM = /\/\.|%2e|xn--/i;

/** The URL href names against base, or undefined when it cannot be parsed. */
export function parseUrl(href: string, base?: string): URL | undefined {
  try {
    return new URL(href, base);
  } catch {
    return undefined;
  }
}

/**
 * An absolute http(s) URL for href resolved against base, or undefined: javascript:, data:, vbscript:, file:, mailto: …,
 * empty and unparseable URLs are dropped; protocol-relative '//x' becomes https:. The scheme is checked after the
 * platform URL parser has read it, so whitespace or control characters inside it ('java\tscript:') cannot hide it.
 */
export function resolveHttpUrl(href: string | undefined, base?: string): string | undefined {
  if (typeof href != 'string' || !(href = href.trim())) return undefined;
  if (PARSED_FORM.test(href) && !NOT_PARSED_FORM.test(href)) return href;
  // an unusable base must not make an absolute href fail
  const url = /^[\\/]{2}/.test(href) ? parseUrl('https:' + href) : parseUrl(href, base) ?? parseUrl(href);
  return url && /^https?:$/.test(url.protocol) ? url.href : undefined;
}
