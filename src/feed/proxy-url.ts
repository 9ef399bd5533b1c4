let defaultProxy: string | undefined;

/** Sets the proxy template (`https://proxy.example/?url={url}`) for sources without their own; undefined turns it off. */
export function setDefaultProxy(template: string | undefined): void {
  defaultProxy = template;
}

/** The URL to fetch for a feed: the proxy template with `{url}` replaced by the encoded feed URL, or the feed URL itself. */
export function proxyUrl(url: string, template = defaultProxy): string {
  return template ? template.replace('{url}', encodeURIComponent(url)) : url;
}
