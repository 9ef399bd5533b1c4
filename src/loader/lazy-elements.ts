/**
 * The elements the loader knows: tag name → the entry (src/<entry>.ts) whose chunked build,
 * dist/cdn/lazy/<entry>.js, defines it. scripts/build-cdn.mjs builds one lazy file per entry here.
 */
export const lazyElements: Record<string, string> = {
  'strichka-feed': 'feed-element',
  'strichka-ticker': 'ticker',
  'strichka-card': 'card',
  'strichka-tag-cloud': 'tag-cloud',
  'strichka-language-switcher': 'language-switcher',
  'strichka-support-banner': 'support-banner',
};
