import { expect, waitUntil } from '@open-wc/testing';
import { serverLog, testFeedUrl } from '../test-feed-url.js';
import { expectEveryElementRendered } from './every-element.js';
import { CDN, closePages, openPage, parts, untilHeadlines, type TestPage } from './test-page.js';

const TAGS = ['strichka-feed', 'strichka-ticker', 'strichka-card', 'strichka-tag-cloud', 'strichka-language-switcher', 'strichka-support-banner'];

/** The page's requests of lazy element files (the loader's), by path. */
const lazyFiles = (page: TestPage) =>
  page.window.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(`${CDN}/lazy/`));

describe('loading Strichka twice on one page', () => {
  beforeEach(() => localStorage.clear());
  afterEach(closePages);

  for (const [name, scripts] of [
    ['strichka.classic.js twice', [`${CDN}/strichka.classic.js`, `${CDN}/strichka.classic.js`]],
    ['two copies of strichka.js', [`module:${CDN}/strichka.js`, `module:${CDN}/strichka.js?copy=2`]],
    ['strichka.js and the loader', [`module:${CDN}/strichka.js`, `${CDN}/loader.js`]],
    ['the loader twice', [`${CDN}/loader.js`, `${CDN}/loader.js`]],
  ] as const) {
    it(`${name}: no error, every element defined once and rendered once`, async () => {
      const page = await openPage('every-element', { scripts: [...scripts] });
      await expectEveryElementRendered(page);
      for (const tag of TAGS) expect(page.window.customElements.get(tag), tag).to.be.a('function');
      // One render per element: one list of ten rows, one card.
      expect(page.document.querySelector('#recent')!.shadowRoot!.querySelectorAll('ol')).to.have.length(1);
      expect(parts(page.document.querySelector('strichka-card')!, 'card')).to.have.length(1);
      const lazy = lazyFiles(page);
      expect(new Set(lazy).size, 'a lazy file was requested twice').to.equal(lazy.length);
      expect(page.window.pageProblems).to.deep.equal([]);
    });
  }

  it('the loader after strichka.classic.js loads nothing more', async () => {
    const page = await openPage('every-element', { scripts: [`${CDN}/strichka.classic.js`, `${CDN}/loader.js`] });
    await expectEveryElementRendered(page);
    expect(lazyFiles(page)).to.deep.equal([]);
    expect(page.window.pageProblems).to.deep.equal([]);
  });

  it('two one-element files (ticker.js, card.js) share one request of a feed', async () => {
    const { url, id } = testFeedUrl('demo/feeds/news-en.xml');
    const page = await openPage('partner', { scripts: [`module:${CDN}/ticker.js`, `module:${CDN}/card.js`], feed: url });
    await untilHeadlines(page.document.querySelector('strichka-ticker')!);
    const card = page.document.querySelector('strichka-card')!;
    await waitUntil(() => parts(card, 'title').length, 'the card showed no story', { timeout: 5000 });
    expect(await serverLog(id)).to.have.length(1);
    expect(page.window.pageProblems).to.deep.equal([]);
  });
});
