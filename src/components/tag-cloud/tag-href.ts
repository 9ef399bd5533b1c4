import { isHttpUrl } from '../../core/is-http-url.js';

/**
 * The link of a tag: its own `href`, else `template` with `{tag}` standing for the encoded name,
 * resolved against `base`; undefined when there is neither, or it is not http(s) once resolved
 * (a `javascript:` template never becomes a link).
 */
export function tagHref(name: string, href: string | undefined, template: string | undefined, base: string): string | undefined {
  const link = href ?? template?.replaceAll('{tag}', encodeURIComponent(name));
  if (!link) return undefined;
  try {
    const resolved = new URL(link, base).href;
    return isHttpUrl(resolved) ? resolved : undefined;
  } catch {
    return undefined;
  }
}
