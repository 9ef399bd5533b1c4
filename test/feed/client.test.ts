import { expect, waitUntil } from '@open-wc/testing';
import { getFeedSource, type FeedSource, type FeedState } from '../../src/feed/client.js';
import { FeedError } from '../../src/feed/feed-error.js';
import { proxyUrl, setDefaultProxy } from '../../src/feed/proxy-url.js';
import { serverLog, testFeedUrl } from '../test-feed-url.js';
import { blockStorage, fillStorage } from '../storage-fixtures.js';
import { engine } from '../engine.js';

// Real HTTP against test/server/feed-server.mjs; every test uses its own `case`.
const UKRAINIAN_TITLES = ['Обмін полоненими: додому повернулися 95 захисників', 'Ґанок, їжак і Євген'];
const RUSSIAN_TITLES = ['Обмен пленными: домой вернулись 95 защитников', 'Съешь же еще этих мягких булок'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, ms = 3000): Promise<T> {
  for (const end = Date.now() + ms; ; await sleep(10)) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
  }
}

/** Subscribes and records every state and when it came (`times`, ms); `until` waits for a state with the given status. */
function watch(source: FeedSource) {
  const states: FeedState[] = [];
  const times: number[] = [];
  const unsubscribe = source.subscribe((state) => {
    states.push(state);
    times.push(Date.now());
  });
  const until = (status: FeedState['status']) => waitFor(() => states.find((state) => state.status == status), `'${status}'`);
  return { states, times, unsubscribe, until };
}

/** Makes the page report `state` and tells listeners, as a tab switch would. */
function setVisibility(state: DocumentVisibilityState | undefined) {
  if (state) Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  else delete (document as { visibilityState?: string }).visibilityState;
  document.dispatchEvent(new Event('visibilitychange'));
}

/** The server saw the request `id` cancelled long before its 20 MB were sent. */
async function expectCancelled(id: string): Promise<void> {
  // Not seen in WebKit: its network process reads a loopback response whole before the page reads any of it.
  if (engine == 'webkit') return;
  const [entry] = await waitFor(async () => {
    const log = await serverLog(id);
    return log[0]?.aborted && log;
  }, 'the server to see the cancel');
  expect(entry.sent).to.be.below(20e6);
}

const unhandled: unknown[] = [];
const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);

describe('feed client', () => {
  before(() => window.addEventListener('unhandledrejection', onUnhandled));
  // The runner opens test files in parallel tabs and only one is visible: polls need 'visible'.
  beforeEach(() => setVisibility('visible'));
  afterEach(() => setVisibility(undefined));
  after(() => {
    window.removeEventListener('unhandledrejection', onUnhandled);
    expect(unhandled, 'unhandled rejections').to.deep.equal([]);
  });

  it('shares one source, one request and one Feed among three subscribers', async () => {
    const { id, url } = testFeedUrl('ok');
    const source = getFeedSource(url);
    expect(getFeedSource(url)).to.equal(source);
    expect(getFeedSource(new URL(url, location.href).href)).to.equal(source);
    expect(source.url).to.equal(new URL(url, location.href).href);
    const subscribed = Date.now();
    const watchers = [watch(source), watch(source), watch(source)];
    const ready = await Promise.all(watchers.map((w) => w.until('ready')));
    expect(ready[1].feed).to.equal(ready[0].feed);
    expect(ready[2].feed).to.equal(ready[0].feed);
    for (const w of watchers) expect(w.states.map((s) => s.status)).to.deep.equal(['loading', 'ready']);
    const feed = ready[0].feed!;
    expect(feed.items.map((item) => item.title)).to.deep.equal(UKRAINIAN_TITLES);
    expect(feed.items[0].url).to.equal(`${location.origin}/news/1`);
    expect(ready[0].fetchedAt).to.be.within(subscribed, Date.now());
    expect(await serverLog(id)).to.have.length(1);
    watchers.forEach((w) => w.unsubscribe());
  });

  it('revalidates with If-None-Match, and an unchanged feed (a 304) keeps the Feed without a notice', async () => {
    const { id, url } = testFeedUrl('ok,ok,changed');
    const source = getFeedSource(url);
    const w = watch(source);
    const { feed } = await w.until('ready');
    await source.refresh();
    const log = await serverLog(id);
    expect(log).to.have.length(2);
    expect(log[0]).to.include({ status: 200, ifNoneMatch: null });
    // WebKit's automation session is ephemeral, without the HTTP cache that revalidation goes
    // through: there the unchanged feed comes again in full, and its text tells it is the same.
    expect(log[1]).to.include(engine == 'webkit' ? { status: 200, ifNoneMatch: null } : { status: 304, ifNoneMatch: `"${id}-1"` });
    expect(w.states).to.have.length(2);
    expect(source.state.feed).to.equal(feed);
    // A changed feed is parsed and announced.
    await source.refresh();
    expect(w.states).to.have.length(3);
    expect(source.state.status).to.equal('ready');
    expect(source.state.feed!.items).to.have.length(3);
    w.unsubscribe();
  });

  it('reports a 500 as an http error, then recovers on the next poll', async () => {
    const { id, url } = testFeedUrl('error,ok', { query: { status: '500' } });
    const w = watch(getFeedSource(url, { refresh: 0.05 }));
    const ready = await w.until('ready');
    expect(w.states.map((s) => s.status)).to.deep.equal(['loading', 'error', 'ready']);
    const { error } = w.states[1];
    expect(error).to.be.instanceOf(FeedError);
    expect(error).to.include({ code: 'http', status: 500 });
    expect(ready.feed!.items).to.have.length(2);
    expect((await serverLog(id)).map((entry) => entry.status).slice(0, 2)).to.deep.equal([500, 200]);
    w.unsubscribe();
  });

  it('backs off exponentially while polls fail, and polls at the normal interval again after a success', async () => {
    const { url } = testFeedUrl('error,error,error,ok,error', { query: { status: '500' } });
    const w = watch(getFeedSource(url, { refresh: 0.1 }));
    await w.until('stale');
    expect(w.states.map((s) => s.status)).to.deep.equal(['loading', 'error', 'error', 'error', 'ready', 'stale']);
    // Each failure doubles the 0.1 s interval (±10 % jitter; timers never fire early, a slow machine only adds).
    const [, ...notices] = w.times;
    const gaps = notices.slice(1).map((time, i) => time - notices[i]!);
    expect(gaps[0], 'after 1 failure').to.be.at.least(180);
    expect(gaps[1], 'after 2 failures').to.be.at.least(360);
    expect(gaps[2], 'after 3 failures').to.be.at.least(720);
    // The success reset the count: back to about 0.1 s, where a fourth doubling would wait 1.6 s
    // (compared with the gap before it, which a slow machine lengthens alike).
    expect(gaps[3], 'after a success').to.be.below(gaps[2]! / 2);
    w.unsubscribe();
  });

  it('keeps the last good copy as stale when the network fails, then turns ready again', async () => {
    const { url } = testFeedUrl('ok,cut,ok');
    const source = getFeedSource(url);
    const w = watch(source);
    const ready = await w.until('ready');
    await source.refresh();
    expect(source.state.status).to.equal('stale');
    expect(source.state.feed).to.equal(ready.feed);
    expect(source.state.fetchedAt).to.equal(ready.fetchedAt);
    expect(source.state.error).to.be.instanceOf(FeedError);
    expect(source.state.error!.code).to.equal('network');
    await source.refresh();
    expect(source.state).to.include({ status: 'ready', feed: ready.feed });
    expect(source.state.error).to.equal(undefined);
    w.unsubscribe();
  });

  it('times out a response that does not come, and stops the request', async () => {
    // Held by the server until the client goes away (or 10 s): only the client's time-out ends it sooner.
    // Half a second, so that even a slow machine has sent the request before it gives up.
    const { id, url } = testFeedUrl('ok', { hold: true });
    const w = watch(getFeedSource(url, { timeout: 0.5 }));
    const { error } = await w.until('error');
    expect(error).to.be.instanceOf(FeedError);
    expect(error!.code).to.equal('timeout');
    w.unsubscribe();
    const [entry] = await waitFor(async () => {
      const log = await serverLog(id);
      return log[0] && log[0].hold != 'waiting' && log;
    }, 'the server to see the request end');
    expect(entry).to.include({ hold: 'aborted', aborted: true });
  });

  it('reports an HTML error page served with 200 as not-a-feed', async () => {
    const w = watch(getFeedSource(testFeedUrl('html').url));
    const { error } = await w.until('error');
    expect(error).to.be.instanceOf(FeedError);
    expect(error!.code).to.equal('not-a-feed');
    w.unsubscribe();
  });

  it('keeps the complete items of a feed that ends inside an item, with a partial warning', async () => {
    const w = watch(getFeedSource(testFeedUrl('truncated').url));
    const state = await w.until('ready');
    expect(state.feed!.partial).to.equal(true);
    expect(state.feed!.items.map((item) => item.title)).to.deep.equal(['Story 1', 'Story 2']);
    expect(state.error).to.be.instanceOf(FeedError);
    expect(state.error!.code).to.equal('partial');
    w.unsubscribe();
  });

  it('stops reading a body past maxBytes and shows the complete items before the cut, as partial', async () => {
    const { id, url } = testFeedUrl('huge');
    const w = watch(getFeedSource(url, { maxBytes: 64 * 1024 }));
    const { feed, error } = await w.until('ready');
    // 64 KB hold three whole items of 16 KB after the channel's title.
    expect(feed!.items.length).to.equal(3);
    expect(feed!.partial).to.equal(true);
    expect(error!.code).to.equal('partial');
    w.unsubscribe();
    await expectCancelled(id);
  });

  it('stops reading a body past maxBytes and reports too-large when nothing before the cut is complete', async () => {
    const { id, url } = testFeedUrl('huge-item');
    const w = watch(getFeedSource(url, { maxBytes: 64 * 1024 }));
    const { error } = await w.until('error');
    expect(error).to.be.instanceOf(FeedError);
    expect(error!.code).to.equal('too-large');
    w.unsubscribe();
    await expectCancelled(id);
  });

  for (const [step, titles] of [
    ['cp1251-declaration', UKRAINIAN_TITLES],
    ['cp1251-header', UKRAINIAN_TITLES],
    ['koi8r-declaration', RUSSIAN_TITLES],
  ] as const) {
    it(`decodes a ${step} feed`, async () => {
      const w = watch(getFeedSource(testFeedUrl(step).url));
      const { feed } = await w.until('ready');
      expect(feed!.items.map((item) => item.title)).to.deep.equal(titles);
      w.unsubscribe();
    });
  }

  it('waits for Retry-After after a 429', async () => {
    const { id, url } = testFeedUrl('error,ok', { query: { status: '429', retry: '1' } });
    const w = watch(getFeedSource(url, { refresh: 0.05 }));
    await w.until('ready');
    expect(w.states.map((s) => s.status)).to.deep.equal(['loading', 'error', 'ready']);
    expect(w.states[1].error).to.include({ code: 'http', status: 429 });
    expect(await serverLog(id)).to.have.length(2);
    // The next poll waited the second Retry-After asks for, not the refresh's 0.1 s backoff: the gap between
    // the two notices. A slow machine only lengthens it; the margin is for the clock ticking within one task.
    const [, failed, recovered] = w.times;
    expect(recovered! - failed!).to.be.at.least(950);
    w.unsubscribe();
  });

  it('shows a copy stored by an earlier visit as stale, then revalidates it', async () => {
    const { url } = testFeedUrl('ok');
    const absolute = new URL(url, location.href).href;
    const stored = { format: 'rss', title: 'Учорашня', items: [] };
    localStorage.setItem(`strichka:feed:${absolute}`, `1700000000000 ${JSON.stringify(stored)}`);
    const source = getFeedSource(url);
    expect(source.state).to.deep.equal({ status: 'stale', feed: stored, fetchedAt: 1700000000000 });
    const w = watch(source);
    expect(w.states[0].status).to.equal('stale');
    const ready = await w.until('ready');
    expect(ready.feed!.items).to.have.length(2);
    // Saved in a task after the one that parsed it.
    await waitUntil(() => localStorage.getItem(`strichka:feed:${absolute}`)?.startsWith(`${ready.fetchedAt} {`), 'the new copy is stored');
    w.unsubscribe();
    localStorage.removeItem(`strichka:feed:${absolute}`);
  });

  it('works without localStorage (sandboxed page)', async () => {
    const unblock = blockStorage();
    try {
      const { url } = testFeedUrl('ok');
      const w = watch(getFeedSource(url));
      expect((await w.until('ready')).feed!.items).to.have.length(2);
      w.unsubscribe();
      // The copy in memory still greets the next source for this URL.
      await waitFor(() => getFeedSource(url).state.status == 'stale', 'the source to be released');
    } finally {
      unblock();
    }
  });

  it('works with a full localStorage', async () => {
    // Without copies of ours to evict, so the storage stays full.
    Object.keys(localStorage).forEach((key) => key.startsWith('strichka:') && localStorage.removeItem(key));
    const fillers = fillStorage();
    try {
      expect(() => localStorage.setItem('probe', 'x'.repeat(1024))).to.throw(DOMException);
      const { url } = testFeedUrl('ok');
      const w = watch(getFeedSource(url));
      const ready = await w.until('ready');
      expect(ready.feed!.items).to.have.length(2);
      expect(ready.error).to.equal(undefined);
      w.unsubscribe();
    } finally {
      fillers.forEach((key) => localStorage.removeItem(key));
    }
  });

  it('stops polling when the last subscriber leaves', async () => {
    const { id, url } = testFeedUrl('ok');
    const source = getFeedSource(url, { refresh: 0.15 });
    const first = watch(source);
    const second = watch(source);
    await first.until('ready');
    first.unsubscribe();
    await waitFor(async () => (await serverLog(id)).length == 2, 'a poll for the remaining subscriber');
    second.unsubscribe();
    // A poll already on its way when the last subscriber left may finish (the source is released then), but none follows it.
    await waitFor(() => getFeedSource(url) != source, 'the source to be released');
    const atRelease = (await serverLog(id)).length;
    await sleep(400);
    expect(await serverLog(id)).to.have.length(atRelease);
  });

  it('polls only while the page is visible, and fetches at once when it shows again', async () => {
    const { id, url } = testFeedUrl('ok');
    const source = getFeedSource(url, { refresh: 0.03 });
    const w = watch(source);
    await w.until('ready');
    setVisibility('hidden');
    // joins a poll still in flight (else fetches once), so nothing is on its way once it resolves
    await source.refresh();
    const hidden = (await serverLog(id)).length;
    // ten refresh intervals
    await sleep(300);
    expect(await serverLog(id)).to.have.length(hidden);
    setVisibility('visible');
    await waitFor(async () => (await serverLog(id)).length > hidden, 'a fetch on showing');
    w.unsubscribe();
  });

  it('fetches through a proxy template, keeping the feed URL as key and base', async () => {
    const { id, url } = testFeedUrl('ok');
    // `{url}` is the template's placeholder, so it goes in unencoded.
    const proxy = `${url}&url={url}`;
    const feedUrl = 'https://news.example/uk/rss?lang=uk&page=1';
    const source = getFeedSource(feedUrl, { proxy });
    expect(source.url).to.equal(feedUrl);
    const w = watch(source);
    const { feed } = await w.until('ready');
    expect((await serverLog(id))[0].url).to.equal(feedUrl);
    expect(feed!.items[0].url).to.equal('https://news.example/news/1');
    w.unsubscribe();
  });

  it('uses the default proxy for sources without their own', async () => {
    const { id, url } = testFeedUrl('ok');
    const proxy = `${url}&url={url}`;
    const feedUrl = `https://default-proxy.example/${id}`;
    setDefaultProxy(proxy);
    try {
      const w = watch(getFeedSource(feedUrl));
      await w.until('ready');
      expect((await serverLog(id))[0].url).to.equal(feedUrl);
      w.unsubscribe();
    } finally {
      setDefaultProxy(undefined);
    }
    expect(proxyUrl(feedUrl)).to.equal(feedUrl);
  });

  it('encodes the feed URL into the proxy template', () => {
    expect(proxyUrl('https://a.example/rss?x=1&y=два', 'https://proxy.example/?url={url}')).to.equal(
      'https://proxy.example/?url=https%3A%2F%2Fa.example%2Frss%3Fx%3D1%26y%3D%D0%B4%D0%B2%D0%B0',
    );
  });

  it('fetches a cross-origin feed without a CORS preflight', async () => {
    const other = location.hostname == 'localhost' ? '127.0.0.1' : 'localhost';
    const { id, url } = testFeedUrl('ok');
    const w = watch(getFeedSource(`${location.protocol}//${other}:${location.port}${url}`));
    expect((await w.until('ready')).feed!.items).to.have.length(2);
    expect((await serverLog(id)).map((entry) => entry.method)).to.deep.equal(['GET']);
    w.unsubscribe();
  });
});
