import type { FeedItem } from '../../feed/index.js';

/** The item a card shows: the one whose id is `itemId` when given, else the one at `index`; undefined when there is none. */
export function findCardItem(items: readonly FeedItem[], itemId: string | undefined, index: number): FeedItem | undefined {
  return itemId ? items.find((item) => item.id == itemId) : items[index];
}
