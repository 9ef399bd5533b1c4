import type { FeedItem } from '../feed/index.js';

/** The time an element shows for an item: when it was published, else when it was updated. */
export function itemTime(item: FeedItem): string | undefined {
  return item.published ?? item.updated;
}

/** True when the item was changed after it was published (the "updated" marker). */
export function isUpdated(item: FeedItem): boolean {
  return !!item.published && !!item.updated && Date.parse(item.updated) > Date.parse(item.published);
}
