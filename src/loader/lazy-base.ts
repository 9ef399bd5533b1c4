/**
 * The folder of the lazy element files for the loader at `scriptUrl`: `lazy/` beside it. A CDN's
 * package URL without a file (`https://cdn.jsdelivr.net/npm/strichka@1`, which serves the
 * package's default file, the loader, as it is) stands for the package root.
 */
export function lazyBase(scriptUrl: string): URL {
  const url = new URL(scriptUrl);
  return new URL(url.pathname.endsWith('.js') ? 'lazy/' : url.pathname.replace(/\/?$/, '/dist/cdn/lazy/'), url);
}
