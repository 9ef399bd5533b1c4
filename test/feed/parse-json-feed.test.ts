import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';

const fixture = async (name: string) => (await fetch(new URL(`./fixtures/${name}`, import.meta.url))).text();

describe('parseFeed: JSON Feed', () => {
  it('reads a JSON Feed 1.1 document', async () => {
    const feed = parseFeed(await fixture('json-feed-1.1.json'));
    expect(feed.format).to.equal('json');
    expect(feed.title).to.equal('JSON Site');
    expect(feed.url).to.equal('https://json.example.org/');
    expect(feed.language).to.equal('en-US');
    expect(feed.items).to.have.length(3);
  });

  it('reads an item: plain-text title, summary, image, authors, tags, dates, attachments', async () => {
    const [item] = parseFeed(await fixture('json-feed-1.1.json')).items;
    expect(item).to.deep.equal({
      id: 'https://json.example.org/1',
      title: 'First <post>',
      url: 'https://json.example.org/1',
      summary: 'A short summary',
      image: { url: 'https://json.example.org/pics/hero.jpg' },
      authors: ['Jane'],
      published: '2025-05-20T15:00:00.000Z',
      updated: '2025-05-21T10:00:00.000Z',
      tags: ['news', 'world'],
      enclosures: [{ url: 'https://json.example.org/a.mp3', type: 'audio/mpeg', length: 1000 }],
    });
  });

  it('turns a numeric id into text, titles from content_text, inherits feed authors', async () => {
    const item = parseFeed(await fixture('json-feed-1.1.json')).items[1]!;
    expect(item.id).to.equal('2');
    expect(item.title).to.equal('Only text content, which gives the title too.');
    expect(item.summary).to.equal('Only text content, which gives the title too.');
    expect(item.authors).to.deep.equal(['Site Team']);
  });

  it('resolves relative URLs against the document URL, falls back to the content image and 1.0 author', async () => {
    const item = parseFeed(await fixture('json-feed-1.1.json'), { baseUrl: 'https://json.example.org/feed.json' }).items[2]!;
    expect(item.url).to.equal('https://json.example.org/relative/3');
    expect(item.image).to.deep.equal({ url: 'https://json.example.org/three.png', alt: undefined });
    expect(item.summary).to.equal('See');
    expect(item.authors).to.deep.equal(['Old Style']);
  });

  it('reads JSON Feed 1.0 with a feed-level author and a banner image', async () => {
    const feed = parseFeed(await fixture('json-feed-1.0.json'));
    expect(feed.items[0]!.authors).to.deep.equal(['Feed Level']);
    expect(feed.items[0]!.image).to.deep.equal({ url: 'https://j.example/banner.png' });
    expect(feed.url).to.equal(undefined);
  });

  it('survives hostile values anywhere', () => {
    const feed = parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: { toString: 1, valueOf: 1 },
        authors: 'nobody',
        items: [
          { id: { toString: 1 }, title: 5, url: ['x'], tags: 'a', authors: [null, 1], attachments: [{ url: 1, size_in_bytes: { valueOf: 1 } }] },
          { content_html: 7, image: false, date_published: { toString: 1 } },
        ],
      }),
    );
    expect(feed.title).to.equal('');
    expect(feed.items).to.have.length(2);
    expect(feed.items[0]!.tags).to.deep.equal([]);
    expect(feed.items[0]!.enclosures).to.deep.equal([]);
    expect(feed.items[1]!.published).to.equal(undefined);
  });

  it('keeps authors and tags plain text: markup in them gives its text', () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'J',
      items: [{ id: '1', title: 'A', content_text: 'x', authors: [{ name: '<svg onload=alert(1)>Jane' }], tags: ['<b onmouseover="alert(1)">news</b>'] }],
    };
    const [item] = parseFeed(JSON.stringify(feed)).items;
    expect(item!.authors).to.deep.equal(['Jane']);
    expect(item!.tags).to.deep.equal(['news']);
  });

  it('keeps the shape of a summary from content_html: blocks do not run together', () => {
    const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', title: 'A', content_html: '<ul><li>first item</li><li>second item</li></ul><p>end</p>' }] };
    expect(parseFeed(JSON.stringify(feed)).items[0]!.summary).to.equal('first item second item end');
  });
});
