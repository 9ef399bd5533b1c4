import { cachedValue } from './bounded-cache.js';

// Intl objects by constructor, locale and options: constructing one costs far more than using it.
// On globalThis, not in this module: two bundles on one page (cdn/ticker.js next to cdn/card.js)
// share one object per locale and options.
const formatters = ((globalThis as Record<symbol, unknown>)[Symbol.for('strichka.intl')] ??= new Map()) as Map<string, unknown>;

/**
 * A cached `new Kind(locale, options)`, one for the whole page, that never throws: an unknown time
 * zone falls back to the reader's own, an invalid locale to `en`.
 */
export function intlFormatter<T, O extends object>(Kind: new (locale: string, options?: O) => T, locale: string, options?: O): T {
  return cachedValue(formatters, Kind.name + locale + JSON.stringify(options), () => {
    try {
      return new Kind(locale, options);
    } catch {
      // `timeZone` is the only option a page sets, so the only one it can get wrong.
      return (options as { timeZone?: string } | undefined)?.timeZone != null ? intlFormatter(Kind, locale, { ...options, timeZone: undefined } as O) : new Kind('en', options);
    }
  }) as T;
}
