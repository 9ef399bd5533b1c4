import { expect, waitUntil } from '@open-wc/testing';
import { CDN, FIRST_HEADLINE, PACKAGE_URL, closePages, openPage, parts, untilHeadlines, type TestPage } from './test-page.js';

const FEED = '/demo/feeds/news-en.xml';

/** The paths of the page's script files from dist/cdn/, in the order requested (once each, if all is well). */
function cdnFiles(page: TestPage, prefix = `${CDN}/`): string[] {
  return page.window.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(prefix) && path.endsWith('.js'))
    .map((path) => path.slice(prefix.length));
}

/** Adds `html` to the page's <main> in a wrapper, as a script of the page would after load. */
function addLater(page: TestPage, html: string): void {
  const wrapper = page.document.createElement('section');
  wrapper.innerHTML = html;
  page.document.querySelector('main')!.append(wrapper);
}

const isChunk = (file: string) => file.startsWith('lazy/chunks/');
/** The files other than shared chunks: the loader and the element files. */
const elementFiles = (files: string[]) => files.filter((file) => !isChunk(file));

describe('a page with only dist/cdn/loader.js', () => {
  beforeEach(() => localStorage.clear());
  afterEach(closePages);

  it('loads only what the elements added after load need, and a second element shares the first one’s chunks', async () => {
    const page = await openPage('empty', { scripts: [`${CDN}/loader.js`] });
    expect(cdnFiles(page)).to.deep.equal(['loader.js']);

    addLater(page, `<strichka-ticker src="${FEED}"></strichka-ticker>`);
    const ticker = page.document.querySelector('strichka-ticker')!;
    await page.window.customElements.whenDefined('strichka-ticker');
    await untilHeadlines(ticker);
    const forTicker = cdnFiles(page);
    expect(elementFiles(forTicker)).to.deep.equal(['loader.js', 'lazy/ticker.js']);
    expect(forTicker.filter(isChunk).length).to.be.within(1, 5);

    addLater(page, `<div><strichka-card src="${FEED}" index="0"></strichka-card></div>`);
    const card = page.document.querySelector('strichka-card')!;
    await waitUntil(() => parts(card, 'title').length, 'the card showed no story', { timeout: 5000 });
    expect(parts(card, 'title')[0]!.textContent!.trim()).to.equal(FIRST_HEADLINE);
    const forBoth = cdnFiles(page);
    // The card needs its own file; lit, core and the feed layer came with the ticker.
    expect(forBoth.slice(forTicker.length)).to.deep.equal(['lazy/card.js']);
    expect(new Set(forBoth).size, 'a file was requested twice').to.equal(forBoth.length);
    for (const tag of ['strichka-tag-cloud', 'strichka-language-switcher', 'strichka-support-banner']) {
      expect(page.window.customElements.get(tag), tag).to.equal(undefined);
    }
    expect(page.window.pageProblems).to.deep.equal([]);
  });

  it('loads a <strichka-feed> alone, which a ticker added later reads', async () => {
    const page = await openPage('empty', { scripts: [`${CDN}/loader.js`] });
    addLater(page, `<strichka-feed id="news" src="${FEED}"></strichka-feed>`);
    await page.window.customElements.whenDefined('strichka-feed');
    expect(page.document.querySelector('strichka-feed')!.hidden).to.equal(true);
    expect(elementFiles(cdnFiles(page))).to.deep.equal(['loader.js', 'lazy/feed-element.js']);
    expect(page.window.customElements.get('strichka-ticker')).to.equal(undefined);

    addLater(page, '<strichka-ticker feed="news"></strichka-ticker>');
    await page.window.customElements.whenDefined('strichka-ticker');
    await untilHeadlines(page.document.querySelector('strichka-ticker')!);
    expect(page.window.pageProblems).to.deep.equal([]);
  });

  it('finds the elements parsed after it, from its place in the head', async () => {
    const page = await openPage('every-element', { scripts: [`${CDN}/loader.js`] });
    const ticker = page.document.querySelector('#recent')!;
    await page.window.customElements.whenDefined('strichka-ticker');
    await untilHeadlines(ticker);
    const files = elementFiles(cdnFiles(page));
    expect(files.sort()).to.deep.equal(['lazy/card.js', 'lazy/feed-element.js', 'lazy/language-switcher.js', 'lazy/support-banner.js', 'lazy/tag-cloud.js', 'lazy/ticker.js', 'loader.js']);
  });

  it('loads its files from the package’s dist/cdn/ when its URL names the package without a file', async () => {
    const page = await openPage('empty', { scripts: [PACKAGE_URL] });
    addLater(page, `<strichka-ticker src="${FEED}"></strichka-ticker>`);
    await page.window.customElements.whenDefined('strichka-ticker');
    await untilHeadlines(page.document.querySelector('strichka-ticker')!);
    expect(elementFiles(cdnFiles(page))).to.deep.equal(['lazy/ticker.js']);
    expect(page.window.pageProblems).to.deep.equal([]);
  });

  it('says how to load it when it is loaded as a module (which has no document.currentScript)', async () => {
    const page = await openPage('empty', { scripts: [`module:${CDN}/loader.js`] });
    expect(page.window.pageProblems.join()).to.contain('load it with <script src>, without type="module"');
  });
});
