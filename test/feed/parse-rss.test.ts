import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';

const fixture = async (name: string) => (await fetch(new URL(`./fixtures/${name}`, import.meta.url))).text();
const rss = (items: string, channel = '<title>T</title>', attrs = '') =>
  `<rss version="2.0"${attrs}><channel>${channel}${items}</channel></rss>`;

describe('parseFeed: RSS 2.0', () => {
  it('reads the channel: title, site link (not atom:link self), language, lastBuildDate', async () => {
    const feed = parseFeed(await fixture('rss2.xml'));
    expect(feed.format).to.equal('rss');
    expect(feed.title).to.equal('Новини & події');
    expect(feed.url).to.equal('https://news.example.ua/');
    expect(feed.language).to.equal('uk');
    expect(feed.updated).to.equal('2025-05-24T11:05:00.000Z');
  });

  it('reads a full item: CDATA title as text, categories, dc:creator, widest media image, enclosure', async () => {
    const [item] = parseFeed(await fixture('rss2.xml')).items;
    expect(item!.id).to.equal('news-1001');
    expect(item!.title).to.equal('Обмін полоненими: 307 повернулися додому');
    expect(item!.url).to.equal('https://news.example.ua/2025/05/24/exchange');
    expect(item!.summary).to.equal('Україна повернула\u00a0307 захисників.');
    expect(item!.published).to.equal('2025-05-24T10:53:00.000Z');
    expect(item!.updated).to.equal('2025-05-24T12:10:00.000Z');
    expect(item!.authors).to.deep.equal(['Олена Коваль', 'Ivan Petrenko']);
    expect(item!.tags).to.deep.equal(['Полонені', 'Обмін', 'Зеленський']);
    expect(item!.image).to.deep.equal({
      url: 'https://cdn.example.ua/large.jpg',
      alt: 'Звільнені захисники',
      width: 460,
      height: 276,
    });
    expect(item!.enclosures).to.deep.equal([{ url: 'https://cdn.example.ua/audio.mp3', type: 'audio/mpeg', length: 123456 }]);
  });

  it('reads RSS text as HTML (escaped markup stripped), takes the guid as link, the name from an e-mail author, an image enclosure', async () => {
    const item = parseFeed(await fixture('rss2.xml'), { baseUrl: 'https://news.example.ua/feed/' }).items[1]!;
    expect(item.title).to.equal('Plain & more');
    expect(item.url).to.equal('https://news.example.ua/2025/05/24/second');
    expect(item.id).to.equal('https://news.example.ua/2025/05/24/second');
    expect(item.authors).to.deep.equal(['Desk Editor']);
    expect(item.summary).to.equal('Escaped markup … in a summary');
    expect(item.enclosures).to.deep.equal([{ url: 'https://news.example.ua/img/photo.png', type: 'image/png', length: undefined }]);
    expect(item.image).to.deep.equal({ url: 'https://news.example.ua/img/photo.png' });
  });

  it('titles an untitled item from its text, drops javascript: links, falls back to itunes:image', async () => {
    const item = parseFeed(await fixture('rss2.xml')).items[2]!;
    expect(item.title).to.equal('No title here, only a description that becomes the title.');
    expect(item.url).to.equal(undefined);
    expect(item.image).to.deep.equal({ url: 'https://cdn.example.ua/cover.jpg' });
    expect(item.id).to.match(/^h[0-9a-z]+$/);
  });

  it('keeps the complete items of a truncated feed', async () => {
    expect(parseFeed(await fixture('rss2.xml')).items).to.have.length(3);
  });

  it('resolves relative links against xml:base, then the document URL; guid isPermaLink="false" is no link', () => {
    const feed = parseFeed(
      rss(
        '<item xml:base="/section/"><link>a.html</link></item>' +
          '<item><link>/b.html</link></item>' +
          '<item><guid isPermaLink="false">https://example.com/guid</guid></item>',
      ),
      { baseUrl: 'https://example.com/feeds/rss.xml' },
    );
    expect(feed.items.map((item) => item.url)).to.deep.equal([
      'https://example.com/section/a.html',
      'https://example.com/b.html',
      undefined,
    ]);
    expect(feed.items[2]!.id).to.equal('https://example.com/guid');
  });

  it('resolves relative item links against the channel link when there is no document URL', () => {
    const feed = parseFeed(rss('<item><title>x</title><link>/n/1</link></item>', '<title>T</title><link>https://site.example/</link>'));
    expect(feed.items[0]!.url).to.equal('https://site.example/n/1');
  });

  it('turns protocol-relative URLs into https and prefers atom:link alternate over nothing', () => {
    const feed = parseFeed(
      rss(
        '<item><title>x</title><atom:link rel="alternate" href="//cdn.example/x"/><media:thumbnail url="//cdn.example/t.jpg"/></item>',
        '<title>T</title>',
        ' xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"',
      ),
    );
    expect(feed.items[0]!.url).to.equal('https://cdn.example/x');
    expect(feed.items[0]!.image?.url).to.equal('https://cdn.example/t.jpg');
  });

  it('matches namespaces by URI, not by prefix', () => {
    const feed = parseFeed(
      rss(
        '<item><title>x</title><foo:creator>Right</foo:creator><dc:creator>Wrong</dc:creator></item>',
        '<title>T</title>',
        ' xmlns:foo="http://purl.org/dc/elements/1.1/" xmlns:dc="urn:not-dublin-core"',
      ),
    );
    expect(feed.items[0]!.authors).to.deep.equal(['Right']);
    // an undeclared prefix that names no well-known namespace is not RSS's own
    const undeclared = parseFeed(rss('<item><foo:title>Wrong</foo:title><title>Right</title><foo:category>x</foo:category></item>', '<title>T</title>'));
    expect(undeclared.items[0]).to.deep.include({ title: 'Right', tags: [] });
  });

  it('reads media:group, and an image from the content when nothing else gives one', () => {
    const feed = parseFeed(
      rss(
        '<item><title>a</title><media:group><media:content url="https://v.example/v.mp4" type="video/mp4"/>' +
          '<media:thumbnail url="https://v.example/t.jpg" width="480" height="360"><media:title>Thumb</media:title></media:thumbnail></media:group></item>' +
          '<item><title>b</title><description><![CDATA[<p><img src="https://i.example/b.jpg" alt="B"></p>]]></description></item>',
        '<title>T</title>',
        ' xmlns:media="http://search.yahoo.com/mrss/"',
      ),
    );
    expect(feed.items[0]!.image).to.deep.equal({ url: 'https://v.example/t.jpg', alt: 'Thumb', width: 480, height: 360 });
    expect(feed.items[1]!.image).to.deep.equal({ url: 'https://i.example/b.jpg', alt: 'B' });
  });

  it('reads RSS 0.91 without a version and in the Userland namespace', () => {
    expect(parseFeed('<rss><channel><title>Old</title><item><title>i</title></item></channel></rss>').items[0]!.title).to.equal('i');
    const userland = parseFeed(
      '<rss xmlns="http://backend.userland.com/rss2"><channel><title>U</title><item><title>u</title></item></channel></rss>',
    );
    expect(userland.title).to.equal('U');
    expect(userland.items[0]!.title).to.equal('u');
  });

  it('reads naked XHTML markup without script text and with blocks set apart', () => {
    const feed = parseFeed(
      rss('<item><title>x</title><body xmlns="http://www.w3.org/1999/xhtml"><p>safe<script>alert(1)</script></p><p>description</p></body></item>'),
    );
    expect(feed.items[0]!.summary).to.equal('safe description');
  });

  it('reads the podcast namespace under either spelling, dc:title and itunes:summary as fallbacks', () => {
    const feed = parseFeed(
      rss(
        '<item><dc:title>Episode</dc:title><itunes:summary>Show notes</itunes:summary><itunes:author>Host</itunes:author>' +
          '<itunes:image url="http://a.example/i.png"/><itunes:category text="Technology"/></item>',
        '<title>T</title>',
        ' xmlns:itunes="http://www.itunes.com/DTDs/Podcast-1.0.dtd" xmlns:dc="http://purl.org/dc/elements/1.1/"',
      ),
    );
    const [item] = feed.items;
    expect(item!.title).to.equal('Episode');
    expect(item!.summary).to.equal('Show notes');
    expect(item!.authors).to.deep.equal(['Host']);
    expect(item!.image).to.deep.equal({ url: 'http://a.example/i.png' });
    expect(item!.tags).to.deep.equal(['Technology']);
  });

  it('reads nested iTunes categories and an old-style itunes:link image', () => {
    const feed = parseFeed(
      rss(
        '<item><title>x</title><itunes:category text="Technology"><itunes:category text="Gadgets"/></itunes:category>' +
          '<itunes:link rel="image" href="http://example.com/logo.jpg"></itunes:link></item>',
        '<title>T</title>',
        ' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"',
      ),
    );
    expect(feed.items[0]!.tags).to.deep.equal(['Technology', 'Gadgets']);
    expect(feed.items[0]!.image).to.deep.equal({ url: 'http://example.com/logo.jpg' });
  });

  it('summarises a long content:encoded without a description from its start', () => {
    const article = '<p>Word after word, sentence after sentence &amp; more.</p>'.repeat(3000);
    const item = `<item><title>x</title><content:encoded><![CDATA[${article}]]></content:encoded></item>`;
    const content = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"';
    const summary = parseFeed(rss(item, '<title>T</title>', content)).items[0]!.summary!;
    expect(summary.length).to.be.within(450, 500);
    expect(summary.startsWith('Word after word, sentence after sentence & more. Word after word')).to.equal(true);
    expect(summary.endsWith('…')).to.equal(true);
  });

  it('cuts a long summary at a word, at most ~500 characters', () => {
    const long = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const summary = parseFeed(rss(`<item><title>x</title><description>${long}</description></item>`)).items[0]!.summary!;
    expect(summary.length).to.be.at.most(500);
    expect(summary.endsWith('…')).to.equal(true);
    expect(long.startsWith(summary.slice(0, -1))).to.equal(true);
  });

  it('tolerates a bare &, undeclared HTML entities and a DTD', () => {
    const feed = parseFeed(
      '<!DOCTYPE rss [<!ENTITY bomb "boom">]><rss><channel><title>A & B &ndash; C&nbsp;D</title>' +
        '<item><title>&laquo;Q&raquo; &bomb;</title></item></channel></rss>',
    );
    expect(feed.title).to.equal('A & B – C\u00a0D');
    expect(feed.items[0]!.title).to.not.contain('boom');
  });
  it('keeps a < before a non-Latin letter as text in an HTML title', () => {
    const feed = parseFeed(rss("<item><title>Партія &lt;&lt;Слуга народу&gt;&gt; провела з'їзд. Ціни &lt;Євро&gt; зросли</title></item>"));
    expect(feed.items[0]!.title).to.equal("Партія <<Слуга народу>> провела з'їзд. Ціни <Євро> зросли");
  });

  it('reads on past elements whose names only begin like script or style (style:font, style-guide)', () => {
    const feed = parseFeed(
      rss('<item><title>One</title><style:font xmlns:style="urn:x">f</style:font><style-guide>g</style-guide></item><item><title>Two</title></item>'),
    );
    expect(feed.items.map((item) => item.title)).to.deep.equal(['One', 'Two']);
  });
});

describe('parseFeed: RSS 1.0 (RDF)', () => {
  it('reads the channel and the items beside it, rdf:about as the id', async () => {
    const feed = parseFeed(await fixture('rdf.xml'));
    expect(feed.format).to.equal('rdf');
    expect(feed.title).to.equal('RDF Site');
    expect(feed.url).to.equal('https://rdf.example.org/');
    expect(feed.language).to.equal('en-GB');
    expect(feed.updated).to.equal('2025-05-20T07:00:00.000Z');
    expect(feed.items.map((item) => item.id)).to.deep.equal(['https://rdf.example.org/one', 'urn:item:two']);
    const [one] = feed.items;
    expect(one!.title).to.equal('First RDF item');
    expect(one!.summary).to.equal('About one');
    expect(one!.published).to.equal('2025-05-20T07:30:00.000Z');
    expect(one!.authors).to.deep.equal(['Ann']);
    expect(one!.tags).to.deep.equal(['Science']);
  });

  it('reads RSS 0.9 under a variant namespace URI', () => {
    const feed = parseFeed(
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://channel.netscape.com/rdf/simple/0.9/">' +
        '<channel><title>Moz</title></channel><item><title>It</title></item></rdf:RDF>',
    );
    expect(feed.title).to.equal('Moz');
    expect(feed.items[0]!.title).to.equal('It');
  });

  it('reads RSS 0.90', () => {
    const feed = parseFeed(
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">' +
        '<channel><title>Ninety</title><link>http://n.example/</link></channel><item><title>It</title><link>http://n.example/1</link></item></rdf:RDF>',
    );
    expect(feed.title).to.equal('Ninety');
    expect(feed.items[0]!.url).to.equal('http://n.example/1');
  });

  it('keeps authors and tags plain text: markup in them (escaped or in CDATA) gives its text', () => {
    const item = parseFeed(
      rss(`<item><title>A</title><dc:creator>&lt;svg onload=alert(1)&gt;Olena Koval</dc:creator>
        <category><![CDATA[<b onmouseover="alert(1)">Kyiv</b>]]></category><category>&lt;i&gt;War&lt;/i&gt;</category></item>`, '<title>T</title>', ' xmlns:dc="http://purl.org/dc/elements/1.1/"'),
    ).items[0]!;
    expect(item.authors).to.deep.equal(['Olena Koval']);
    expect(item.tags).to.deep.equal(['Kyiv', 'War']);
  });

  it('gives an item without an author the feed’s: itunes:author or dc:creator, else a named managingEditor or webMaster', () => {
    const ns = ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"';
    const items = '<item><title>A</title></item><item><title>B</title><dc:creator>Own Author</dc:creator></item>';
    const authors = (channel: string) => parseFeed(rss(items, `<title>T</title>${channel}`, ns)).items.map((item) => item.authors);
    expect(authors('<itunes:author>Podcast Team</itunes:author><managingEditor>ed@example.com (Editor)</managingEditor>')).to.deep.equal([['Podcast Team'], ['Own Author']]);
    expect(authors('<dc:creator>Newsroom</dc:creator>')).to.deep.equal([['Newsroom'], ['Own Author']]);
    expect(authors('<managingEditor>ed@example.com (Olena Koval)</managingEditor><webMaster>web@example.com (Web Team)</webMaster>')).to.deep.equal([['Olena Koval'], ['Own Author']]);
    // A bare address names no one: the webmaster's name is used, or none.
    expect(authors('<managingEditor>ed@example.com</managingEditor><webMaster>web@example.com (Web Team)</webMaster>')).to.deep.equal([['Web Team'], ['Own Author']]);
    expect(authors('<managingEditor>ed@example.com</managingEditor>')).to.deep.equal([[], ['Own Author']]);
  });

  it('keeps the shape of a summary: list items, paragraphs, breaks and cells do not run together', () => {
    const html = '&lt;ul&gt;&lt;li&gt;first item&lt;/li&gt;&lt;li&gt;second item&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;one&lt;/p&gt;&lt;p&gt;two&lt;br&gt;three&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;a&lt;/td&gt;&lt;td&gt;b&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h2&gt;end&lt;/h2&gt;&lt;blockquote&gt;quote&lt;/blockquote&gt;';
    const item = parseFeed(rss(`<item><title>A</title><description>${html}</description></item>`)).items[0]!;
    expect(item.summary).to.equal('first item second item one two three a b end quote');
  });
});
