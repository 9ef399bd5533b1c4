let defaultProxy: string | undefined;

/**
 * Sets the proxy template (`https://proxy.example/?url={url}`) for sources without their own; '' turns
 * every default off, undefined goes back to the page's `<meta name="strichka:proxy" content="…">`.
 */
export function setDefaultProxy(template: string | undefined): void {
  defaultProxy = template;
}

/** The page-wide template from `<meta name="strichka:proxy">`, read when a feed is fetched (none outside a page). */
const pageProxy = (): string | undefined =>
  globalThis.document?.querySelector<HTMLMetaElement>('meta[name="strichka:proxy"]')?.content;

/**
 * The URL to fetch for a feed: the proxy template (the source's own, else setDefaultProxy's, else the
 * page's meta) with `{url}` replaced by the encoded feed URL, or the feed URL itself.
 */
export function proxyUrl(url: string, template = defaultProxy ?? pageProxy()): string {
  return template ? template.replace('{url}', encodeURIComponent(url)) : url;
}
