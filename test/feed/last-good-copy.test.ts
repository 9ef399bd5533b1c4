import { expect } from '@open-wc/testing';
import { keepLastGoodCopy, loadLastGoodCopy, storeLastGoodCopy, type LastGoodCopy } from '../../src/feed/last-good-copy.js';
import type { Feed } from '../../src/feed/model.js';
import { blockStorage, fillStorage } from '../storage-fixtures.js';

const PREFIX = 'strichka:feed:';
let counter = 0;
/** A URL no other test (or test file sharing this origin's storage) uses. */
const uniqueUrl = () => `https://lgc.example/${Date.now()}-${Math.random()}-${counter++}`;

function feedOf(title: string, summaryChars = 10): Feed {
  return {
    format: 'rss',
    title,
    items: [{ id: '1', title: 'Новина', summary: 'x'.repeat(summaryChars), authors: [], tags: [], enclosures: [] }],
  };
}

/** What the feed client does with a new copy (it stores it a task later). */
function saveLastGoodCopy(url: string, copy: LastGoodCopy): void {
  keepLastGoodCopy(url, copy);
  storeLastGoodCopy(url, copy);
}

function ourKeys(): string[] {
  return Object.keys(localStorage).filter((key) => key.startsWith(PREFIX));
}

describe('last good copy', () => {
  it('keeps a copy in memory and in localStorage as "<fetchedAt> <json>"', () => {
    const url = uniqueUrl();
    const copy = { feed: feedOf('Стрічка'), fetchedAt: 1700000000000 };
    saveLastGoodCopy(url, copy);
    expect(loadLastGoodCopy(url)).to.equal(copy);
    const stored = localStorage.getItem(PREFIX + url)!;
    expect(stored.startsWith('1700000000000 {')).to.equal(true);
    expect(JSON.parse(stored.slice(14))).to.deep.equal(copy.feed);
    localStorage.removeItem(PREFIX + url);
  });

  it('reads a copy another page stored', () => {
    const url = uniqueUrl();
    const feed = feedOf('Збережена');
    localStorage.setItem(PREFIX + url, `1700000000123 ${JSON.stringify(feed)}`);
    expect(loadLastGoodCopy(url)).to.deep.equal({ feed, fetchedAt: 1700000000123 });
    localStorage.removeItem(PREFIX + url);
  });

  it('treats a missing or corrupt entry as no copy', () => {
    const url = uniqueUrl();
    expect(loadLastGoodCopy(url)).to.equal(undefined);
    for (const corrupt of ['1700000000000 {"items":[', '1700000000000 null', '1700000000000 {"title":"no items"}', `abc ${JSON.stringify(feedOf('x'))}`]) {
      localStorage.setItem(PREFIX + url, corrupt);
      expect(loadLastGoodCopy(url), corrupt).to.equal(undefined);
    }
    localStorage.removeItem(PREFIX + url);
  });

  it('keeps at most 20 feeds in storage, dropping the oldest first', () => {
    const base = Date.now() + 1e9; // newer than copies other test files store meanwhile
    const urls = Array.from({ length: 25 }, uniqueUrl);
    localStorage.setItem('strichka:language', 'uk');
    urls.forEach((url, i) => saveLastGoodCopy(url, { feed: feedOf(`feed ${i}`), fetchedAt: base + i }));
    // Other Strichka keys are no copies to evict.
    expect(localStorage.getItem('strichka:language')).to.equal('uk');
    localStorage.removeItem('strichka:language');
    expect(ourKeys().length).to.be.at.most(20);
    for (const url of urls.slice(0, 5)) expect(localStorage.getItem(PREFIX + url)).to.equal(null);
    for (const url of urls.slice(5)) expect(localStorage.getItem(PREFIX + url)).to.not.equal(null);
    // Memory still serves this page's copies.
    expect(loadLastGoodCopy(urls[24])!.feed.title).to.equal('feed 24');
    for (const url of urls) localStorage.removeItem(PREFIX + url);
  });

  it('keeps a feed over ~200 KB in memory only, dropping its older stored copy', () => {
    const url = uniqueUrl();
    saveLastGoodCopy(url, { feed: feedOf('small'), fetchedAt: 1 });
    expect(localStorage.getItem(PREFIX + url)).to.not.equal(null);
    const big = { feed: feedOf('big', 300_000), fetchedAt: 2 };
    saveLastGoodCopy(url, big);
    expect(localStorage.getItem(PREFIX + url)).to.equal(null);
    expect(loadLastGoodCopy(url)).to.equal(big);
  });

  it('is no error when localStorage is blocked (SecurityError)', () => {
    const unblock = blockStorage();
    try {
      expect(() => localStorage).to.throw(DOMException);
      const url = uniqueUrl();
      const copy = { feed: feedOf('у пам’яті'), fetchedAt: 5 };
      expect(loadLastGoodCopy(url)).to.equal(undefined);
      saveLastGoodCopy(url, copy);
      expect(loadLastGoodCopy(url)).to.equal(copy);
    } finally {
      unblock();
    }
    expect(localStorage).to.be.instanceOf(Storage);
  });

  it('is no error when localStorage is full, and evicts its own older copies to make room', () => {
    // Synchronous from start to end, so no other code on this page sees the full storage.
    for (const key of ourKeys()) localStorage.removeItem(key);
    const oldUrl = uniqueUrl();
    const newUrl = uniqueUrl();
    const strangerUrl = uniqueUrl();
    saveLastGoodCopy(oldUrl, { feed: feedOf('old', 50_000), fetchedAt: 1 });
    const fillers = fillStorage();
    try {
      expect(fillers.length).to.be.greaterThan(0);
      saveLastGoodCopy(newUrl, { feed: feedOf('new', 10_000), fetchedAt: 2 });
      expect(localStorage.getItem(PREFIX + oldUrl)).to.equal(null);
      expect(localStorage.getItem(PREFIX + newUrl)).to.match(/^2 /);
      // Full again, and nothing of ours left to evict: only the memory copy remains.
      fillStorage().forEach((key) => fillers.push(key));
      localStorage.removeItem(PREFIX + newUrl);
      fillStorage().forEach((key) => fillers.push(key));
      const copy = { feed: feedOf('stranger', 10_000), fetchedAt: 3 };
      saveLastGoodCopy(strangerUrl, copy);
      expect(localStorage.getItem(PREFIX + strangerUrl)).to.equal(null);
      expect(loadLastGoodCopy(strangerUrl)).to.equal(copy);
    } finally {
      for (const key of fillers) localStorage.removeItem(key);
      for (const url of [oldUrl, newUrl, strangerUrl]) localStorage.removeItem(PREFIX + url);
    }
  });
});
