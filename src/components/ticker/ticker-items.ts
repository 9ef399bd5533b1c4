import { itemTime } from '../../core/item-time.js';
import type { FeedItem } from '../../feed/index.js';

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
