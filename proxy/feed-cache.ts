import { feedJsonBytes } from './feed-json.js';
import type { UpstreamFeed } from './upstream-fetch.js';

// Copies of feeds, in two levels: this isolate's memory (bounded, least recently used goes first),
// then the runtime's Cache API where there is one (Workers' caches.default, Deno's caches.open),
// which outlives an isolate and is shared within a data centre. Node has memory only.

/** Most feeds kept in memory, and their most bytes together (bodies and the parsed models beside them). */
const MEMORY_ENTRIES = 100;
const MEMORY_BYTES = 32e6;

/** Copies in memory by key, with the bytes each was counted at. */
const memory = new Map<string, { feed: UpstreamFeed; bytes: number }>();
let memoryBytes = 0;

type CacheStorageLike = { default?: Cache; open(name: string): Promise<Cache> };
let shared: Promise<Cache | undefined> | undefined;

/** The runtime's cache, opened on first use (Workers allow no I/O outside a request), or undefined. */
function sharedCache(): Promise<Cache | undefined> {
  const storage = (globalThis as { caches?: CacheStorageLike }).caches;
  return (shared ??= Promise.resolve(storage && (storage.default ?? storage.open('strichka-proxy'))).catch(() => undefined));
}

const HEADER = 'x-strichka-';

/** Keeps `feed` in memory as the most recently used copy, counting its bytes now, and drops the least recently used over the bounds. */
function remember(key: string, feed: UpstreamFeed): void {
  const previous = memory.get(key);
  if (previous) memoryBytes -= previous.bytes;
  memory.delete(key);
  const bytes = feed.body.length + feedJsonBytes(feed);
  if (bytes > MEMORY_BYTES) return;
  memory.set(key, { feed, bytes });
  memoryBytes += bytes;
  for (const [oldKey, old] of memory) {
    if (memory.size <= MEMORY_ENTRIES && memoryBytes <= MEMORY_BYTES) break;
    memory.delete(oldKey);
    memoryBytes -= old.bytes;
  }
}

/** Counts the copy at `key` again after something grew beside it (its parsed model). */
export function recountCachedFeed(key: string): void {
  const entry = memory.get(key);
  if (entry) remember(key, entry.feed);
}

/** The copy of the feed at `key` (its URL), from memory or the runtime's cache (`cacheUrl` names it there). */
export async function readCachedFeed(key: string, cacheUrl: string): Promise<UpstreamFeed | undefined> {
  const inMemory = memory.get(key);
  if (inMemory) {
    // most recently used goes to the end
    memory.delete(key);
    memory.set(key, inMemory);
    return inMemory.feed;
  }
  const cached = await (await sharedCache())?.match(cacheUrl).catch(() => undefined);
  if (!cached) return undefined;
  const header = (name: string) => cached.headers.get(HEADER + name) ?? undefined;
  const feed: UpstreamFeed = {
    url: header('url') ?? key,
    body: new Uint8Array(await cached.arrayBuffer()),
    contentType: cached.headers.get('content-type') ?? '',
    etag: header('etag'),
    lastModified: header('last-modified'),
    fetchedAt: Number(header('fetched-at')) || 0,
    retryAt: Number(header('retry-at')) || undefined,
  };
  remember(key, feed);
  return feed;
}

/** Keeps `feed` as the copy at `key` for `seconds`, in memory and in the runtime's cache. */
export async function writeCachedFeed(key: string, cacheUrl: string, feed: UpstreamFeed, seconds: number): Promise<void> {
  remember(key, feed);
  const cache = await sharedCache();
  if (!cache) return;
  const headers: Record<string, string> = {
    'Content-Type': feed.contentType,
    'Cache-Control': `max-age=${Math.ceil(seconds)}`,
    [HEADER + 'url']: feed.url,
    [HEADER + 'fetched-at']: String(feed.fetchedAt),
  };
  if (feed.etag) headers[HEADER + 'etag'] = feed.etag;
  if (feed.lastModified) headers[HEADER + 'last-modified'] = feed.lastModified;
  if (feed.retryAt) headers[HEADER + 'retry-at'] = String(feed.retryAt);
  await cache.put(cacheUrl, new Response(feed.body, { headers })).catch(() => {});
}
