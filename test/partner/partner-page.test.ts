import { expect, fixture, html } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/index.js';
import '../../src/ticker.js';
import type { StrichkaTicker } from '../../src/ticker.js';
import { headlines, rows, rowsShown, shadow } from '../components/ticker/ticker-test-feed.js';

// This page is the partner site (the test runner's origin); the publisher's feed comes from another
// port that sends no CORS headers, through the proxy on a third (test/server/partner-servers.mjs).
interface PartnerServers {
  feed: string;
  proxy: string;
}

/** Plain JSON, as the model travels: keys with undefined values left out. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('a partner page showing a publisher ticker through the proxy', () => {
  let servers: PartnerServers;
  let feedText: string;
  // every test names its own feed URL, so no two share a source (and its proxy) on this page
  const feedUrl = (name: string) => `${servers.feed}/news-uk.xml?partner=${name}`;

  before(async () => {
    servers = await (await fetch('/partner-servers')).json();
    feedText = await (await fetch(`${servers.proxy}/?url=${encodeURIComponent(`${servers.feed}/news-uk.xml`)}`)).text();
  });
  beforeEach(() => localStorage.clear());

  it('cannot read the feed directly: its origin sends no CORS headers', async () => {
    const direct = fetch(feedUrl('direct'), { cache: 'no-store' });
    let error: unknown;
    await direct.catch((caught) => (error = caught));
    expect(error).to.be.instanceOf(TypeError);
  });

  it('reads the feed through the proxy, which lets this page see its ETag', async () => {
    const response = await fetch(`${servers.proxy}/?url=${encodeURIComponent(feedUrl('cors'))}`);
    expect(response.status).to.equal(200);
    // a cross-origin script sees only the headers the proxy exposes
    expect(response.headers.get('etag')).to.match(/^"/);
    expect(await response.text()).to.equal(feedText);
  });

  it('shows the feed in a list ticker through proxy="…?url={url}"', async () => {
    const el = await fixture<StrichkaTicker>(
      html`<strichka-ticker lang="uk" src=${feedUrl('list')} proxy=${`${servers.proxy}/?url={url}`}></strichka-ticker>`,
    );
    await rowsShown(el);
    const expected = parseFeed(feedText, { baseUrl: feedUrl('list') });
    expect(rows(el)).to.have.length(10);
    expect(headlines(el)).to.deep.equal(expected.items.slice(0, 10).map((item) => item.title));
    expect(shadow(el).querySelector<HTMLAnchorElement>('a[part=link]')!.href).to.equal(expected.items[0]!.url);
  });

  it('shows the same rows from format=json, whose model equals parsing the feed here', async () => {
    const el = await fixture<StrichkaTicker>(
      html`<strichka-ticker lang="uk" src=${feedUrl('json')} proxy=${`${servers.proxy}/?format=json&url={url}`}></strichka-ticker>`,
    );
    await rowsShown(el);
    const answer = await fetch(`${servers.proxy}/?format=json&url=${encodeURIComponent(feedUrl('json'))}`);
    expect(answer.headers.get('content-type')).to.equal('application/json; charset=utf-8');
    const text = await answer.text();
    expect(JSON.parse(text).strichka).to.equal(1);
    const parsedHere = parseFeed(feedText, { baseUrl: feedUrl('json') });
    expect(asJson(parseFeed(text))).to.deep.equal(asJson(parsedHere));
    expect(headlines(el)).to.deep.equal(parsedHere.items.slice(0, 10).map((item) => item.title));
  });

  it('shows a marquee through the page-wide <meta name="strichka:proxy">', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'strichka:proxy', content: `${servers.proxy}/?url={url}` });
    document.head.append(meta);
    try {
      const el = await fixture<StrichkaTicker>(html`<strichka-ticker lang="uk" mode="marquee" src=${feedUrl('meta')}></strichka-ticker>`);
      await rowsShown(el);
      expect(shadow(el).querySelector('[part=marquee]')).to.exist;
      expect(headlines(el)[0]).to.equal(parseFeed(feedText).items[0]!.title);
    } finally {
      meta.remove();
    }
  });
});
