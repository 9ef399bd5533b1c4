import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';
import type { Feed } from '../../src/feed/model.js';

async function loadSample(name: string): Promise<Feed> {
  const url = new URL(`/demo/feeds/${name}`, location.href).href;
  const response = await fetch(url);
  expect(response.ok, `${name} is served`).to.equal(true);
  return parseFeed(await response.text(), { baseUrl: url });
}

describe('demo sample feeds', () => {
  for (const [language, first] of [
    ['uk', 'У Криму масово перейменовують школи'],
    ['ru', 'В Крыму массово переименовывают школы'],
    ['en', 'Crimea schools renamed en masse'],
  ] as const) {
    it(`news-${language}.xml holds the seed's ten recent news in ${language}`, async () => {
      const feed = await loadSample(`news-${language}.xml`);
      expect(feed.format).to.equal('rss');
      expect(feed.language).to.equal(language);
      expect(feed.items).to.have.length(10);
      expect(feed.items[0].title.startsWith(first)).to.equal(true);
      // 16:12 Kyiv summer time is 13:12 UTC.
      expect(feed.items[0].published).to.equal('2025-05-24T13:12:00.000Z');
      expect(feed.items.every((item) => item.authors.length === 1 && item.tags.length > 0)).to.equal(true);

      const updated = feed.items.filter((item) => item.updated && item.published && item.updated > item.published);
      expect(updated).to.have.length(1);
      expect(updated[0].image?.url).to.equal(new URL('/demo/images/prisoner-exchange.svg', location.href).href);
      expect(updated[0].summary).to.not.contain('<');
    });
  }

  it('columns.atom resolves its links against xml:base', async () => {
    const feed = await loadSample('columns.atom');
    expect(feed.format).to.equal('atom');
    expect(feed.language).to.equal('en');
    expect(feed.url).to.equal('https://www.example.com/columns/');
    expect(feed.items[0].url).to.equal('https://www.example.com/columns/2025/why-the-exchange-matters/');
    expect(feed.items[0].tags).to.deep.equal(['prisoners', 'exchange']);
  });

  it('photo-stories.json is a JSON Feed 1.1 with images', async () => {
    const feed = await loadSample('photo-stories.json');
    expect(feed.format).to.equal('json');
    expect(feed.items).to.have.length(3);
    expect(feed.items[0].authors).to.deep.equal(['Roman Petrenko']);
    expect(feed.items[0].updated).to.equal('2025-05-24T12:20:00.000Z');
    expect(feed.items.every((item) => item.image?.url.startsWith(location.origin))).to.equal(true);
  });
});
