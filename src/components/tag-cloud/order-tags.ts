import { intlFormatter } from '../../i18n/intl-formatter.js';
import type { CloudTag } from './cloud-tag.js';

/** How a tag cloud orders its tags: most stories first (then by name), or by name in the locale's alphabet. */
export type TagOrder = 'count' | 'name';

/**
 * The tags shown: the `limit` with the most stories (first given among equal counts), in
 * `order`, names compared in the locale's collation; `order` undefined keeps the given order.
 */
export function orderTags(tags: readonly CloudTag[], order: TagOrder | undefined, limit: number, locale: string): CloudTag[] {
  const collator = intlFormatter(Intl.Collator, locale);
  const byName = (a: CloudTag, b: CloudTag) => collator.compare(a.name, b.name);
  const moreFirst = (a: CloudTag, b: CloudTag) => (b.count ?? 0) - (a.count ?? 0);
  // Array sort is stable: among equal counts, the first given stay in.
  const kept = new Set([...tags].sort(moreFirst).slice(0, limit));
  const shown = tags.filter((tag) => kept.has(tag));
  return order ? shown.sort(order == 'name' ? byName : (a, b) => moreFirst(a, b) || byName(a, b)) : shown;
}
