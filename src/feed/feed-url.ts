function parseUrl(href: string, base?: string): URL | undefined {
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
  if (typeof href !== 'string') return undefined;
  href = href.trim();
  if (!href) return undefined;
  // an unusable base must not make an absolute href fail
  const url = /^[\\/]{2}/.test(href) ? parseUrl('https:' + href) : parseUrl(href, base) ?? parseUrl(href);
  return url && (url.protocol === 'https:' || url.protocol === 'http:') ? url.href : undefined;
}
