import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';

const fixture = async (name: string) => (await fetch(new URL(`./fixtures/${name}`, import.meta.url))).text();

describe('parseFeed: WordPress REST posts', () => {
  it('reads posts with _embed: author, featured media, terms, GMT dates', async () => {
    const feed = parseFeed(await fixture('wordpress-embed.json'));
    expect(feed.format).to.equal('wordpress');
    expect(feed.title).to.equal('wp.example.ua');
    expect(feed.url).to.equal('https://wp.example.ua/');
    expect(feed.items[0]).to.deep.equal({
      id: 'https://wp.example.ua/?p=101',
      title: 'Exchange – 307 “home”',
      url: 'https://wp.example.ua/2025/05/24/exchange/',
      summary: 'The excerpt … […]',
      image: { url: 'https://wp.example.ua/wp-content/uploads/2025/05/hero.jpg', alt: 'Freed defenders', width: 1200, height: 800 },
      authors: ['Olena Koval'],
      published: '2025-05-24T13:53:00.000Z',
      updated: '2025-05-24T14:10:00.000Z',
      tags: ['Politics', 'Prisoners & POWs', 'Zelenskyy'],
      enclosures: [],
    });
  });

  it('is not "updated" when modified_gmt equals date_gmt; embedded errors are ignored', async () => {
    const item = parseFeed(await fixture('wordpress-embed.json')).items[1]!;
    expect(item.updated).to.equal(undefined);
    expect(item.published).to.equal('2025-05-23T06:00:00.000Z');
    expect(item.authors).to.deep.equal([]);
    expect(item.image).to.equal(undefined);
    expect(item.summary).to.equal('Second content');
  });

  it('reads posts without _embed: content image resolved against the post link, untitled post titled from its text', async () => {
    const feed = parseFeed(await fixture('wordpress-plain.json'));
    expect(feed.items).to.have.length(2);
    expect(feed.items[0]!.image).to.deep.equal({ url: 'https://plain.example.com/wp-content/uploads/a.png', alt: 'A' });
    // the post id, not the link: a permalink changes with the slug
    expect(feed.items[0]!.id).to.equal('7');
    expect(feed.items[0]!.updated).to.equal('2025-01-03T03:04:05.000Z');
    expect(feed.items[1]!.title).to.equal('Untitled post text');
    expect(feed.items[1]!.id).to.equal('8');
  });

  it('keeps authors and terms plain text: markup in them gives its text', () => {
    const post = {
      id: 7,
      date_gmt: '2025-05-24T13:53:00',
      link: 'https://wp.example.ua/a/',
      title: { rendered: 'A' },
      content: { rendered: '<p>x</p>' },
      _embedded: {
        author: [{ id: 1, name: '<svg onload=alert(1)>Olena' }],
        'wp:term': [[{ id: 2, name: '<b onmouseover="alert(1)">Kyiv</b>', taxonomy: 'category' }]],
      },
    };
    const [item] = parseFeed(JSON.stringify([post])).items;
    expect(item!.authors).to.deep.equal(['Olena']);
    expect(item!.tags).to.deep.equal(['Kyiv']);
  });

  it('keeps the shape of a summary from the excerpt: blocks do not run together', () => {
    const post = { id: 9, link: 'https://wp.example.ua/b/', title: { rendered: 'B' }, excerpt: { rendered: '<p>one</p><ul><li>first</li><li>second</li></ul>' } };
    expect(parseFeed(JSON.stringify([post])).items[0]!.summary).to.equal('one first second');
  });
});
