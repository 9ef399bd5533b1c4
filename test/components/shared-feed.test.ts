import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '../commands.js';
import { engine } from '../engine.js';
import '../../src/index.js';
import type { StrichkaCard } from '../../src/card.js';
import type { StrichkaTagCloud } from '../../src/tag-cloud.js';
import type { StrichkaTicker } from '../../src/ticker.js';
import { serverLog, testFeedUrl } from '../test-feed-url.js';
import { wrapperFixture } from '../wrapper-fixture.js';
import { part, tagNames } from './tag-cloud/tag-cloud-parts.js';

const rowsOf = (ticker: StrichkaTicker) => ticker.shadowRoot!.querySelectorAll('[part~="item"]').length;
const titleOf = (card: StrichkaCard) => card.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim() ?? '';
const isSkeleton = (element: HTMLElement) => !!element.shadowRoot!.querySelector('[part~="skeleton"]');

/** A layout-shift performance entry (not in TypeScript's DOM types). */
interface LayoutShift extends PerformanceEntry {
  value: number;
  sources: { node: Node | null }[];
}

const isHidden = () => document.visibilityState == 'hidden';

/** Resolves once the page has rendered two more frames (the last changes are drawn), or as soon as it is hidden (it renders none). */
function framesRendered(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      document.removeEventListener('visibilitychange', onHidden);
      resolve();
    };
    const onHidden = () => isHidden() && done();
    document.addEventListener('visibilitychange', onHidden);
    onHidden();
    requestAnimationFrame(() => requestAnimationFrame(done));
  });
}

/**
 * Records every layout shift from now on. Chromium reports a frame's shifts a while after the
 * frame, so `settled()` moves a sentinel of its own (fixed in the viewport's corner) and waits for
 * the report of that shift, which comes after those of every earlier frame; it returns the other
 * shifts. (A hidden page draws no frames and reports nothing: then it returns at once.)
 */
function recordLayoutShifts() {
  const shifts: LayoutShift[] = [];
  const observer = new PerformanceObserver((list) => shifts.push(...(list.getEntries() as LayoutShift[])));
  observer.observe({ type: 'layout-shift' });
  return {
    async settled(): Promise<LayoutShift[]> {
      const sentinel = document.body.appendChild(document.createElement('p'));
      sentinel.textContent = 'Sentinel';
      sentinel.style.cssText = 'position: fixed; inset-block-start: 0; inset-inline-start: 0; margin: 0';
      try {
        await framesRendered();
        sentinel.style.insetBlockStart = '5rem';
        const isFromSentinel = (shift: LayoutShift) => shift.sources.some((source) => source.node == sentinel);
        await waitUntil(() => isHidden() || shifts.some(isFromSentinel), 'no report of the sentinel shift', { timeout: 5000 });
        // Read while the sentinel is in the document: a removed node's attribution reads null.
        return shifts.filter((shift) => shift.sources.some((source) => source.node != sentinel));
      } finally {
        observer.disconnect();
        sentinel.remove();
      }
    },
  };
}

describe('elements sharing a feed', () => {
  beforeEach(() => localStorage.clear());

  it('a ticker and two cards on one URL make one request', async () => {
    const { url, id } = testFeedUrl('demo/feeds/news-en.xml', { delay: 100 });
    const page = fixtureSync<HTMLElement>(html`<div lang="en">
      <strichka-card src=${url} index="0"></strichka-card>
      <strichka-ticker src=${url}></strichka-ticker>
      <strichka-card feed="shared" index="1"></strichka-card>
      <strichka-feed id="shared" src=${url}></strichka-feed>
    </div>`);
    const ticker = page.querySelector<StrichkaTicker>('strichka-ticker')!;
    const cards = [...page.querySelectorAll<StrichkaCard>('strichka-card')];
    await waitUntil(() => rowsOf(ticker) == 10 && cards.every((card) => titleOf(card)), 'all three show the feed', { timeout: 5000 });
    expect(titleOf(cards[1]!)).to.equal('Presidential debate in Poland: candidates argue over Zelenskyy and Ukraine');
    expect(await serverLog(id)).to.have.length(1);
  });

  describe('a page whose feed arrives late', () => {
    const viewport = { width: innerWidth, height: innerHeight };
    // The whole page in view: a layout shift counts only where it can be seen.
    beforeEach(() => setViewport({ width: 1100, height: 1500 }));
    afterEach(() => setViewport(viewport));

    it('has no layout shift', async () => {
      // Firefox and WebKit have no layout-shift entries: there the tops of what follows tell it alone.
      const observed = engine == 'chromium';
      expect(PerformanceObserver.supportedEntryTypes.includes('layout-shift'), 'layout-shift entries can be observed').to.equal(observed);
      const shifts = observed ? recordLayoutShifts() : undefined;
      const feed = testFeedUrl('demo/feeds/news-en.xml', { hold: true });
      // The seed page's layout: the article card in the main column, the ticker in the side column, a marquee strip.
      const page = await wrapperFixture(html`<div lang="en" style="display:grid;grid-template-columns:1fr 20rem;gap:2rem;width:1000px">
        <main>
          <strichka-card src=${feed.url} item-id="https://www.example.com/en/news/2025/05/24/307-defenders-brought-back/"></strichka-card>
          <p>Text under the article.</p>
        </main>
        <aside><strichka-ticker src=${feed.url}></strichka-ticker></aside>
        <strichka-ticker src=${feed.url} mode="marquee" style="grid-column:1/-1"></strichka-ticker>
        <footer style="grid-column:1/-1">Footer</footer>
      </div>`);
      const [column, marquee] = page.querySelectorAll<StrichkaTicker>('strichka-ticker');
      const card = page.querySelector<StrichkaCard>('strichka-card')!;
      const elements = [card, column!, marquee!];
      expect(elements.every(isSkeleton), 'all three show their skeletons while the feed is held').to.be.true;
      // The positions of what follows the elements tell it on any page; the observer needs frames,
      // which a page the runner hides never gets.
      const followers = { textUnderArticle: page.querySelector('main > p')!, marquee: marquee!, footer: page.querySelector('footer')! };
      const tops = () => Object.fromEntries(Object.entries(followers).map(([name, follower]) => [name, follower.getBoundingClientRect().top]));
      const loadingTops = tops();
      await framesRendered(); // the skeletons drawn: the layout the observer compares with
      await feed.release();
      await waitUntil(() => rowsOf(column!) == 10 && rowsOf(marquee!) > 0 && titleOf(card), 'the tickers and the card showed the feed', { timeout: 5000 });
      expect(elements.some(isSkeleton)).to.be.false;
      expect(tops(), 'the tops of what follows the elements, in px').to.deep.equal(loadingTops);
      // Every shift counts, even one with `hadRecentInput` (which the viewport's resize sets for 500 ms).
      const shifted = (await shifts?.settled()) ?? [];
      expect(shifted.map((shift) => shift.sources.map((source) => source.node?.nodeName))).to.deep.equal([]);
      expect(shifted.reduce((sum, shift) => sum + shift.value, 0)).to.equal(0);
    });
  });

  it('a hostile feed puts no element, attribute or URL of its own into any shadow root', async () => {
    const { url } = testFeedUrl('test/components/card/fixtures/hostile.xml');
    const page = fixtureSync<HTMLElement>(html`<div lang="en">
      <strichka-ticker src=${url}></strichka-ticker>
      <strichka-ticker src=${url} mode="marquee"></strichka-ticker>
      <strichka-card src=${url}></strichka-card>
      <strichka-tag-cloud src=${url} tag-href="https://www.example.com/tags/{tag}"></strichka-tag-cloud>
    </div>`);
    const elements = [...page.querySelectorAll<HTMLElement>('strichka-ticker, strichka-card, strichka-tag-cloud')];
    await waitUntil(() => elements.every((element) => element.shadowRoot?.querySelector('[part~="title"], [part~="link"]')), 'all show the item', {
      timeout: 5000,
    });
    for (const element of elements) {
      const nodes = [...element.shadowRoot!.querySelectorAll('*')];
      expect(nodes.filter((node) => ['script', 'iframe', 'img', 'b', 'object', 'embed'].includes(node.localName)), element.localName).to.deep.equal([]);
      const attributes = nodes.flatMap((node) => [...node.attributes]);
      expect(attributes.filter((attribute) => attribute.name.startsWith('on')).map((attribute) => attribute.name)).to.deep.equal([]);
      const urls = attributes.filter((attribute) => ['href', 'src', 'srcset', 'action', 'formaction'].includes(attribute.name));
      expect(urls.filter((attribute) => !/^https?:\/\//.test(attribute.value)).map((attribute) => attribute.value)).to.deep.equal([]);
    }
    // The category's markup gives its text, as a title's does: the tag is "tag", in the template's link too.
    const cloud = page.querySelector<StrichkaTagCloud>('strichka-tag-cloud')!;
    expect(tagNames(cloud)).to.deep.equal(['tag']);
    expect(part(cloud, 'link')!.getAttribute('href')).to.equal('https://www.example.com/tags/tag');
  });
});
