import { aTimeout, expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
// Only the one-element entries: each must bring <strichka-feed> along.
import '../../src/ticker.js';
import '../../src/card.js';
import type { StrichkaCard } from '../../src/card.js';
import type { StrichkaFeed } from '../../src/feed-element.js';
import { SOURCE_CHANGE_EVENT } from '../../src/core/feed-controller.js';
import type { StrichkaErrorDetail, StrichkaLoadDetail } from '../../src/core/strichka-events.js';
import { getFeedSource, type Feed } from '../../src/feed/index.js';
import { loadLastGoodCopy } from '../../src/feed/last-good-copy.js';
import type { StrichkaTicker } from '../../src/ticker.js';
import { serverLog, testFeedUrl } from '../test-feed-url.js';

const NEWS_EN = 'demo/feeds/news-en.xml';
const V1 = 'test/components/ticker/fixtures/refresh-v1.xml';
const V1_HEADLINES = ['Crimea schools renamed en masse', 'Presidential debate in Poland', 'Prisoner exchange: 307 more defenders home'];

const shadow = (el: HTMLElement) => el.shadowRoot!;
const rows = (el: StrichkaTicker) => [...shadow(el).querySelectorAll('ol:not([aria-hidden]) > li')];
const headlines = (el: StrichkaTicker) => rows(el).map((row) => row.querySelector('.headline a, .headline [part~=title]')!.textContent!.trim());
const part = (el: HTMLElement, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const isShown = (node: Element) => node.getClientRects().length > 0;
const rowsShown = (el: StrichkaTicker, count = 1) => waitUntil(() => rows(el).length >= count, 'the ticker showed no rows', { timeout: 5000 });

/** The first `type` event on `target` within `ms`; rejects when none came. */
function eventWithin<T>(target: EventTarget, type: string, ms = 3000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${ms} ms`)), ms);
    target.addEventListener(type, (event) => (clearTimeout(timer), resolve(event as CustomEvent<T>)), { once: true });
  });
}

/** A new element of `tag` with `props`, appended to `parent`. */
function append<T extends HTMLElement>(tag: string, props: Partial<T>, parent: ParentNode = document.body): T {
  const el = Object.assign(document.createElement(tag), props) as T;
  parent.append(el);
  return el;
}

const uniqueId = () => `feed-${Math.random().toString(36).slice(2)}`;

describe('element lifecycle', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('body > strichka-ticker, body > strichka-card, body > strichka-feed').forEach((el) => el.remove()));

  it('the ticker and card entries define <strichka-feed> too', () => {
    expect(customElements.get('strichka-feed')).to.not.equal(undefined);
  });

  it('lets go of every page listener it added when disconnected', async () => {
    const added: { listener: EventListenerOrEventListenerObject; signal?: AbortSignal | undefined }[] = [];
    const removed = new Set<EventListenerOrEventListenerObject>();
    const { addEventListener: add, removeEventListener: remove } = document;
    document.addEventListener = function (this: Document, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
      if (type == SOURCE_CHANGE_EVENT || type == 'DOMContentLoaded') added.push({ listener, signal: typeof options == 'object' ? options.signal : undefined });
      add.call(this, type, listener, options);
    };
    document.removeEventListener = function (this: Document, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) {
      removed.add(listener);
      remove.call(this, type, listener, options);
    };
    try {
      const ticker = append<StrichkaTicker>('strichka-ticker', { src: testFeedUrl(NEWS_EN).url });
      await ticker.updateComplete;
      ticker.remove();
    } finally {
      delete (document as Partial<Document>).addEventListener;
      delete (document as Partial<Document>).removeEventListener;
    }
    expect(added, 'the ticker listens for changes of <strichka-feed>').to.not.be.empty;
    for (const { listener, signal } of added) expect(signal?.aborted || removed.has(listener), 'a listener left behind').to.equal(true);
  });

  it('picks up a <strichka-feed> added after it', async () => {
    const id = uniqueId();
    const ticker = fixtureSync<StrichkaTicker>(html`<strichka-ticker lang="en" feed=${id}></strichka-ticker>`);
    await ticker.updateComplete;
    expect(rows(ticker)).to.have.length(0);
    append<StrichkaFeed>('strichka-feed', { id, src: testFeedUrl(V1).url });
    await rowsShown(ticker);
    expect(headlines(ticker)).to.deep.equal(V1_HEADLINES);
  });

  it('inside another shadow root, follows a <strichka-feed> of the document', async () => {
    const id = uniqueId();
    const source = append<StrichkaFeed>('strichka-feed', { id, src: testFeedUrl(NEWS_EN).url });
    const host = fixtureSync<HTMLElement>(html`<div></div>`);
    const ticker = append<StrichkaTicker>('strichka-ticker', { feed: id }, host.attachShadow({ mode: 'open' }));
    await rowsShown(ticker, 10);
    source.src = testFeedUrl(V1).url;
    await waitUntil(() => rows(ticker).length == 3, 'the ticker did not follow the new src', { timeout: 5000 });
    expect(headlines(ticker)).to.deep.equal(V1_HEADLINES);
  });

  for (const tag of ['strichka-ticker', 'strichka-card']) {
    it(`${tag}: shows fallback children that arrive after its first render`, async () => {
      // The page is still being parsed: the element is upgraded before its children exist.
      const el = append<StrichkaTicker | StrichkaCard>(tag, { src: testFeedUrl(NEWS_EN, { delay: 3000 }).url });
      await el.updateComplete;
      expect(part(el, 'skeleton')).to.not.equal(null);
      const fallback = Object.assign(document.createElement('p'), { textContent: 'Our news' });
      el.append(fallback);
      await waitUntil(() => isShown(fallback), 'the fallback was not shown', { timeout: 3000 });
      expect(part(el, 'skeleton')).to.equal(null);
    });
  }

  it('does not announce or highlight the rows of another feed when `src` changes', async () => {
    const [first, other] = [testFeedUrl(NEWS_EN).url, testFeedUrl(V1).url];
    // Another ticker keeps the other feed's data at hand, so the change shows it at once.
    const page = fixtureSync<HTMLElement>(html`<div lang="en">
      <strichka-ticker src=${first}></strichka-ticker>
      <strichka-ticker src=${other}></strichka-ticker>
    </div>`);
    const [ticker, keeper] = [...page.querySelectorAll<StrichkaTicker>('strichka-ticker')] as [StrichkaTicker, StrichkaTicker];
    await rowsShown(ticker, 10);
    await rowsShown(keeper, 3);
    ticker.src = other;
    await ticker.updateComplete;
    expect(headlines(ticker)).to.deep.equal(V1_HEADLINES);
    expect(shadow(ticker).querySelectorAll('[part~=new]')).to.have.length(0);
    expect(shadow(ticker).querySelector('[role=status]')!.textContent!.trim()).to.equal('');
  });

  it('keeps its sources on globalThis: a second copy of the feed layer shares them', async () => {
    const { url } = testFeedUrl(NEWS_EN);
    const source = getFeedSource(url);
    const stop = source.subscribe(() => {});
    try {
      const registry = (globalThis as Record<symbol, unknown>)[Symbol.for('strichka.sources')] as Map<string, unknown>;
      expect(registry.get(source.url)).to.equal(source);
      // The module again under another URL: a second instance, as in a second bundle on the page.
      const copyPath = `../../src/feed/client.ts?copy=${Math.random()}`;
      const copy = (await import(/* @vite-ignore */ copyPath)) as { getFeedSource: typeof getFeedSource };
      expect(copy.getFeedSource).to.not.equal(getFeedSource);
      expect(copy.getFeedSource(url)).to.equal(source);
    } finally {
      stop();
    }
  });

  it('drops a last good copy of the wrong shape, and never links a javascript: URL', async () => {
    const item = { id: 'x', title: 'Tampered', authors: [], tags: [], enclosures: [] };
    const stored = (feed: unknown) => {
      const { url } = testFeedUrl('error', { delay: 300 });
      localStorage.setItem(`strichka:feed:${new URL(url, location.href).href}`, `1700000000000 ${JSON.stringify(feed)}`);
      return url;
    };
    for (const feed of [{ title: 'T', items: [{ ...item, tags: 'Kyiv' }] }, { title: 'T', items: [{ ...item, authors: [{}] }] }, { title: 'T', items: [null] }, { items: [item] }]) {
      expect(loadLastGoodCopy(new URL(stored(feed), location.href).href), JSON.stringify(feed)).to.equal(undefined);
    }
    const plausible: Feed = { format: 'rss', title: 'T', items: [{ ...item, url: 'javascript:alert(1)' }] };
    const ticker = fixtureSync<StrichkaTicker>(html`<strichka-ticker src=${stored(plausible)}></strichka-ticker>`);
    await rowsShown(ticker);
    expect(shadow(ticker).querySelector('a[part=link]')).to.equal(null);
    expect(part(ticker, 'title')!.textContent).to.equal('Tampered');
  });

  it('fires strichka-load after it rendered the data, also when the source had it already; `feedState` tells it', async () => {
    const { url } = testFeedUrl(NEWS_EN);
    const first = fixtureSync<StrichkaTicker>(html`<strichka-ticker src=${url}></strichka-ticker>`);
    await rowsShown(first, 10);
    const second = append<StrichkaTicker>('strichka-ticker', { src: url });
    // A listener added right after connecting still hears it, and the rows are there.
    const loaded = eventWithin<StrichkaLoadDetail>(second, 'strichka-load');
    let rowsThen = 0;
    second.addEventListener('strichka-load', () => (rowsThen = rows(second).length), { once: true });
    const { detail } = await loaded;
    expect(detail.feed.items).to.have.length(10);
    expect(detail.url).to.equal(new URL(url, location.href).href);
    expect(rowsThen).to.equal(10);
    expect(second.feedState).to.include({ status: 'ready', feed: detail.feed });
    expect(first.feedState.feed).to.equal(detail.feed);
  });

  it('far down the page, starts (renders, fetches) only when it comes near the viewport', async () => {
    const { id, url } = testFeedUrl(NEWS_EN);
    const page = fixtureSync<HTMLElement>(html`<div lang="en">
      <div style="block-size: ${innerHeight * 3}px"></div>
      <strichka-ticker src=${url}></strichka-ticker>
    </div>`);
    const ticker = page.querySelector<StrichkaTicker>('strichka-ticker')!;
    await aTimeout(500);
    expect(ticker.hasUpdated, 'rendered while far down').to.equal(false);
    expect(await serverLog(id), 'fetched while far down').to.have.length(0);
    // Two screens down: the ticker is a screen below the viewport, near enough.
    scrollTo(0, innerHeight * 2);
    try {
      await rowsShown(ticker, 10);
      expect(await serverLog(id)).to.have.length(1);
    } finally {
      scrollTo(0, 0);
    }
  });

  it('takes the locale of its new place when moved', async () => {
    const page = fixtureSync<HTMLElement>(html`<div>
      <div lang="en"><strichka-card .item=${{ id: 'a', title: 'A', authors: [], tags: ['Kyiv'], enclosures: [] }}></strichka-card></div>
      <div lang="uk"></div>
    </div>`);
    const card = page.querySelector<StrichkaCard>('strichka-card')!;
    await card.updateComplete;
    expect(part(card, 'tags')!.getAttribute('aria-label')).to.equal('Tags');
    page.querySelector('[lang=uk]')!.append(card);
    await card.updateComplete;
    expect(part(card, 'tags')!.getAttribute('aria-label')).to.equal('Теги');
  });

  it('reports a `feed` that names no <strichka-feed> with a src, and recovers when one gets a src', async () => {
    const ticker = document.createElement('strichka-ticker');
    Object.assign(ticker, { lang: 'en', feed: uniqueId() });
    const missing = eventWithin<StrichkaErrorDetail>(ticker, 'strichka-error');
    document.body.append(ticker);
    const { detail } = await missing;
    expect(detail.error.code).to.equal('no-source');
    expect(detail.error.message).to.include(ticker.feed);
    expect(detail.url).to.equal(undefined);
    await ticker.updateComplete;
    expect(part(ticker, 'skeleton')).to.equal(null);
    expect(part(ticker, 'note')!.textContent).to.equal('News could not be loaded');

    const id = uniqueId();
    const source = append<StrichkaFeed>('strichka-feed', { id });
    const card = Object.assign(document.createElement('strichka-card'), { feed: id });
    const noSrc = eventWithin<StrichkaErrorDetail>(card, 'strichka-error');
    document.body.append(card);
    expect((await noSrc).detail.error.code).to.equal('no-source');
    source.src = testFeedUrl(NEWS_EN).url;
    await waitUntil(() => part(card, 'card'), 'the card did not recover', { timeout: 5000 });
  });

  it('fires no error while a <strichka-feed> it names is added in the same task', async () => {
    const id = uniqueId();
    let errors = 0;
    const ticker = Object.assign(document.createElement('strichka-ticker'), { feed: id });
    ticker.addEventListener('strichka-error', () => errors++);
    document.body.append(ticker);
    append<StrichkaFeed>('strichka-feed', { id, src: testFeedUrl(V1).url });
    await rowsShown(ticker);
    await aTimeout(0);
    expect(errors).to.equal(0);
  });
});
