import type { FeedItem } from '../../feed/index.js';
import type { CloudTag } from './cloud-tag.js';

/**
 * The tags of `items` with the number of items that have each, in order of first appearance;
 * spellings that differ only in case are one tag, named as first seen.
 */
export function countTags(items: readonly FeedItem[]): CloudTag[] {
  const tags = new Map<string, { name: string; count: number }>();
  for (const item of items) {
    const seen = new Set<string>();
    for (const spelling of item.tags) {
      const name = spelling.trim();
      const key = name.toLowerCase();
      if (!name || seen.has(key)) continue;
      seen.add(key);
      const tag = tags.get(key);
      if (tag) tag.count++;
      else tags.set(key, { name, count: 1 });
    }
  }
  return [...tags.values()];
}
