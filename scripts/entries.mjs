/** Public entry points, relative to src/ without extension; each becomes dist/<name>.js. */
export const entries = ['index', 'classes', 'feed/index', 'feed-element', 'ticker', 'card', 'tag-cloud', 'language-switcher', 'support-banner'];

/** Script-tag bundles (lit included, minified): dist/cdn/<name>.js from src/<entry>.ts. */
export const cdnBundles = {
  strichka: 'index',
  ticker: 'ticker',
  card: 'card',
  'tag-cloud': 'tag-cloud',
  'language-switcher': 'language-switcher',
  'support-banner': 'support-banner',
};
