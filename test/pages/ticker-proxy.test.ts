import { expect, waitUntil } from '@open-wc/testing';
import { CDN, closePages, openPage, parts } from './test-page.js';

// dist/cdn/ticker-proxy.js: the partner ticker without feed parsers, for feeds read through the
// proxy's format=json. The proxy and a feed origin without CORS headers: test/server/partner-servers.mjs.
describe('dist/cdn/ticker-proxy.js, the partner ticker for the proxy', () => {
  let servers: { feed: string; proxy: string };
  before(async () => (servers = await (await fetch('/partner-servers')).json()));
  beforeEach(() => localStorage.clear());
  afterEach(closePages);

  it('shows a feed read through the proxy (format=json)', async () => {
    const feed = `${servers.proxy}/?format=json&url=${encodeURIComponent(`${servers.feed}/news-uk.xml?ticker-proxy=json`)}`;
    const page = await openPage('partner', { scripts: [`module:${CDN}/ticker-proxy.js`], feed });
    const ticker = page.document.querySelector('strichka-ticker')!;
    await waitUntil(() => parts(ticker, 'item').length == 10, 'the ticker showed no rows', { timeout: 5000 });
    expect(parts(ticker, 'link')[0]!.textContent!.trim()).to.equal('У Криму масово перейменовують школи на честь російських військових, які воюють в Україні');
    expect(page.window.pageProblems).to.deep.equal([]);
  });

  it('reads nothing but the proxy’s answer: the XML itself is a not-a-feed error, no rows', async () => {
    const feed = `${servers.proxy}/?url=${encodeURIComponent(`${servers.feed}/news-uk.xml?ticker-proxy=xml`)}`;
    const page = await openPage('partner', { scripts: [`module:${CDN}/ticker-proxy.js`], feed });
    const ticker = page.document.querySelector<Element & { feedState: { status: string; error?: { code: string } } }>('strichka-ticker')!;
    await waitUntil(() => ticker.feedState?.status == 'error', 'no error', { timeout: 5000 });
    expect(ticker.feedState.error!.code).to.equal('not-a-feed');
    expect(parts(ticker, 'item')).to.have.length(0);
  });
});
