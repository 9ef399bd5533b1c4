/** How many entries a cache keeps: far more than a page uses, a bound when attributes keep changing. */
const LIMIT = 100;

/**
 * The value of `key` in `cache`, made by `make` when missing. The cache keeps the entries used
 * last (a Map iterates in insertion order, so a hit moves its entry to the end), as its keys come
 * from attributes (locales, time zones) and so have no bound of their own.
 */
export function cachedValue<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  if (cache.has(key)) {
    const value = cache.get(key)!;
    cache.delete(key);
    cache.set(key, value);
    return value;
  }
  const value = make();
  cache.set(key, value);
  if (cache.size > LIMIT) cache.delete(cache.keys().next().value!);
  return value;
}
