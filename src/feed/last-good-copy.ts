import type { Feed } from './model.js';

/** A feed that was fetched and parsed, and when. */
export interface LastGoodCopy {
  feed: Feed;
  /** When it was fetched, in ms since the epoch. */
  fetchedAt: number;
}

// Its own prefix: other strichka: keys (the reader's language) are no feed copies to evict.
const PREFIX = 'strichka:feed:';
const MAX_ENTRIES = 20;
const MAX_CHARS = 2e5;
const memory = new Map<string, LastGoodCopy>();

/** Keeps a copy in memory, where this page's next source for the URL finds it. At most 20 feeds; the oldest go first. */
export function keepLastGoodCopy(url: string, copy: LastGoodCopy): void {
  memory.delete(url);
  memory.set(url, copy);
  if (memory.size > MAX_ENTRIES) memory.delete(memory.keys().next().value!);
}

/**
 * Stores a copy in localStorage under `strichka:feed:<url>`, as "<fetchedAt> <json>" so the oldest
 * entries can be found without parsing them. At most 20 feeds of at most ~200 KB each; the oldest
 * go first, also when the storage is full. A missing, blocked (SecurityError) or full storage
 * stores nothing.
 */
export function storeLastGoodCopy(url: string, copy: LastGoodCopy): void {
  try {
    const storage = localStorage; // throws a SecurityError where storage is blocked
    const key = PREFIX + url;
    const value = copy.fetchedAt + ' ' + JSON.stringify(copy.feed);
    const oldest = Object.keys(storage)
      .filter((k) => k.startsWith(PREFIX) && k != key)
      .sort((a, b) => parseInt(storage.getItem(a)!) - parseInt(storage.getItem(b)!));
    if (value.length > MAX_CHARS) return storage.removeItem(key);
    // the oldest copies make room: for the 20th entry, then as long as the storage is full
    for (;;) {
      try {
        if (oldest.length < MAX_ENTRIES) return storage.setItem(key, value);
      } catch (error) {
        if (!oldest.length) throw error;
      }
      storage.removeItem(oldest.shift()!);
    }
  } catch {
    // Storage is a bonus: the memory copy serves this page.
  }
}

const isTextList = (value: unknown) => Array.isArray(value) && value.every((each) => typeof each == 'string');

/** True for a plausible Feed: the parts the elements read have their types (storage is anyone's to edit). */
function isFeed(feed: Feed | null): feed is Feed {
  return (
    typeof feed?.title == 'string' &&
    Array.isArray(feed.items) &&
    feed.items.every((item) => typeof item?.id == 'string' && typeof item.title == 'string' && isTextList(item.authors) && isTextList(item.tags) && Array.isArray(item.enclosures))
  );
}

/** The last good copy of a feed from memory, else from localStorage; corrupt or implausible entries count as none. */
export function loadLastGoodCopy(url: string): LastGoodCopy | undefined {
  let copy = memory.get(url);
  if (!copy) {
    try {
      const value = localStorage.getItem(PREFIX + url)!;
      const feed = JSON.parse(value.slice(value.indexOf(' ') + 1)) as Feed | null;
      const fetchedAt = parseInt(value);
      if (isFeed(feed) && fetchedAt) memory.set(url, (copy = { feed, fetchedAt }));
    } catch {
      // Missing storage, no entry (null) or corrupt JSON: nothing cached.
    }
  }
  return copy;
}
