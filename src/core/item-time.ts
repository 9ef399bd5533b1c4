import type { FeedItem } from '../feed/index.js';

/** The time an element shows for an item: when it was published, else when it was updated. */
export function itemTime(item: FeedItem): string | undefined {
  return item.published ?? item.updated;
}

/** How long after publication a change is a revision worth telling (a typo fixed at once is not). */
const REVISION_MS = 15 * 60e3;

const revised = ({ published, updated }: FeedItem) => !!published && !!updated && Date.parse(updated) - Date.parse(published) >= REVISION_MS;

/** Feeds (by their items) whose update dates are bookkeeping, not news. */
const routineUpdates = new WeakMap<readonly FeedItem[], boolean>();

/**
 * True when the "updated" marker tells the reader something: the item was changed at least 15
 * minutes after it was published, in a feed where that is news. When most items of a feed of three
 * or more are "updated" (YouTube's view counts, a CMS that re-saves every post), none is marked.
 */
export function isUpdated(item: FeedItem, feedItems: readonly FeedItem[]): boolean {
  if (!revised(item)) return false;
  let routine = routineUpdates.get(feedItems);
  if (routine === undefined) routineUpdates.set(feedItems, (routine = feedItems.length >= 3 && feedItems.filter(revised).length * 2 > feedItems.length));
  return !routine;
}
