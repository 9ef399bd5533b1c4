import type { FeedItem } from '../../feed/index.js';

/** The time a row shows for an item: when it was published, else when it was updated. */
export function itemTime(item: FeedItem): string | undefined {
  return item.published ?? item.updated;
}

/** True when the item was changed after it was published (the "updated" marker). */
export function isUpdated(item: FeedItem): boolean {
  return !!item.published && !!item.updated && Date.parse(item.updated) > Date.parse(item.published);
}

/**
 * The rows of a ticker: the items having `tag` (any case), newest first (undated ones keep
 * their feed order at the end), at most `limit`.
 */
export function tickerItems(items: readonly FeedItem[], tag: string | undefined, limit: number): FeedItem[] {
  const wanted = tag?.trim().toLowerCase();
  const time = (item: FeedItem) => Date.parse(itemTime(item) ?? '') || 0;
  return items
    .filter((item) => !wanted || item.tags.some((each) => each.toLowerCase() == wanted))
    .sort((a, b) => time(b) - time(a))
    .slice(0, Math.max(0, limit));
}
