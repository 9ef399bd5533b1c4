import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { StrichkaCard } from '../../src/card.js';
import type { StrichkaTicker } from '../../src/ticker.js';
import { serverLog, testFeedUrl } from '../test-feed-url.js';

const rowsOf = (ticker: StrichkaTicker) => ticker.shadowRoot!.querySelectorAll('[part~="item"]').length;
const titleOf = (card: StrichkaCard) => card.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim() ?? '';

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

  it('a page whose feed arrives after 1 s has no layout shift', async () => {
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    });
    observer.observe({ type: 'layout-shift' });
    const { url } = testFeedUrl('demo/feeds/news-en.xml', { delay: 1000 });
    // The seed page's layout: the article card in the main column, the ticker in the side column, a marquee strip.
    const page = fixtureSync<HTMLElement>(html`<div lang="en" style="display:grid;grid-template-columns:1fr 20rem;gap:2rem;width:1000px">
      <main>
        <strichka-card src=${url} item-id="https://www.example.com/en/news/2025/05/24/307-defenders-brought-back/"></strichka-card>
        <p>Text under the article.</p>
      </main>
      <aside><strichka-ticker src=${url}></strichka-ticker></aside>
      <strichka-ticker src=${url} mode="marquee" style="grid-column:1/-1"></strichka-ticker>
      <footer style="grid-column:1/-1">Footer</footer>
    </div>`);
    const [column] = page.querySelectorAll<StrichkaTicker>('strichka-ticker');
    const card = page.querySelector<StrichkaCard>('strichka-card')!;
    await waitUntil(() => rowsOf(column!) == 10 && titleOf(card), 'the ticker and the card showed the feed', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    observer.disconnect();
    expect(shifts.reduce((sum, value) => sum + value, 0)).to.equal(0);
  });

  it('a hostile feed puts no element, attribute or URL of its own into any shadow root', async () => {
    const { url } = testFeedUrl('test/components/card/fixtures/hostile.xml');
    const page = fixtureSync<HTMLElement>(html`<div lang="en">
      <strichka-ticker src=${url}></strichka-ticker>
      <strichka-ticker src=${url} mode="marquee"></strichka-ticker>
      <strichka-card src=${url}></strichka-card>
    </div>`);
    const elements = [...page.querySelectorAll<HTMLElement>('strichka-ticker, strichka-card')];
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
  });
});
