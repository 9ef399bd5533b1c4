/** Intl objects by constructor, locale and options: constructing one costs far more than using it. */
const formatters = new Map<string, unknown>();

/**
 * A cached `new Kind(locale, options)` that never throws: an unknown time zone falls back to
 * the reader's own, an invalid locale to `en`.
 */
export function intlFormatter<T, O extends object>(Kind: new (locale: string, options?: O) => T, locale: string, options?: O): T {
  const key = Kind.name + locale + JSON.stringify(options);
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    try {
      formatter = new Kind(locale, options);
    } catch {
      // `timeZone` is the only option a page sets, so the only one it can get wrong.
      formatter = (options as { timeZone?: string } | undefined)?.timeZone != null ? intlFormatter(Kind, locale, { ...options, timeZone: undefined } as O) : new Kind('en', options);
    }
    formatters.set(key, formatter);
  }
  return formatter;
}
