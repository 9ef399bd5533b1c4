import { resolveHttpUrl } from './is-http-url.js';

/**
 * The link of a tag: its own `href`, else `template` with `{tag}` standing for the encoded name;
 * undefined when there is neither, or it is not http(s) once resolved against `base` (a
 * `javascript:` template never becomes a link). The link is given as written: the browser
 * resolves it against the same base.
 */
export function tagHref(name: string, href: string | undefined, template: string | undefined, base: string): string | undefined {
  const link = href ?? template?.replaceAll('{tag}', encodeURIComponent(name));
  return resolveHttpUrl(link, base) && link;
}
