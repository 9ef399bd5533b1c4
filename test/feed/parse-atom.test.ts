import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';

const fixture = async (name: string) => (await fetch(new URL(`./fixtures/${name}`, import.meta.url))).text();
const atom = (body: string, attrs = '') => `<feed xmlns="http://www.w3.org/2005/Atom"${attrs}><title>T</title>${body}</feed>`;

describe('parseFeed: Atom 1.0', () => {
  it('reads the feed: text title stays literal, the HTML alternate link, xml:lang, updated', async () => {
    const feed = parseFeed(await fixture('atom.xml'));
    expect(feed.format).to.equal('atom');
    expect(feed.title).to.equal('Atom & Eve <notes>');
    expect(feed.url).to.equal('https://atom.example.com/blog/');
    expect(feed.language).to.equal('en');
    expect(feed.updated).to.equal('2025-05-22T10:00:00.000Z');
  });

  it('reads an entry: html title, nested xml:base, enclosure links, authors, label over term, xhtml summary', async () => {
    const [entry] = parseFeed(await fixture('atom.xml')).items;
    expect(entry!.id).to.equal('urn:uuid:one');
    expect(entry!.title).to.equal('HTML title & more');
    expect(entry!.url).to.equal('https://atom.example.com/blog/posts/one.html');
    expect(entry!.published).to.equal('2025-05-21T07:00:00.000Z');
    expect(entry!.updated).to.equal('2025-05-22T07:00:00.000Z');
    expect(entry!.authors).to.deep.equal(['Alice', 'Bob']);
    expect(entry!.tags).to.deep.equal(['Technology', 'web']);
    expect(entry!.summary).to.equal('An XHTML summary');
    expect(entry!.enclosures).to.deep.equal([
      { url: 'https://atom.example.com/audio/one.ogg', type: 'audio/ogg', length: 2048 },
      { url: 'https://img.example.com/one.jpg', type: 'image/jpeg', length: undefined },
    ]);
    expect(entry!.image).to.deep.equal({ url: 'https://img.example.com/one.jpg' });
  });

  it('inherits feed authors, skips non-alternate links, summarises html content, prefers media:thumbnail', async () => {
    const entry = parseFeed(await fixture('atom.xml')).items[1]!;
    expect(entry.title).to.equal('Plain text <b>not bold</b>');
    expect(entry.url).to.equal('https://atom.example.com/two');
    expect(entry.authors).to.deep.equal(['Feed Author']);
    expect(entry.summary).to.equal('Content only');
    expect(entry.published).to.equal(undefined);
    expect(entry.updated).to.equal('2025-05-20T10:00:00.000Z');
    expect(entry.image).to.deep.equal({ url: 'https://img.example.com/two-thumb.jpg', alt: undefined, width: 120, height: 90 });
  });

  it('keeps only the complete entries of a truncated feed', async () => {
    expect(parseFeed(await fixture('atom.xml')).items).to.have.length(2);
  });

  it('takes the first <img> of html content, resolved against xml:base', () => {
    const feed = parseFeed(
      atom('<entry xml:base="https://b.example/x/"><title>e</title><content type="html">&lt;img src="i.png" alt="I"&gt;</content></entry>'),
    );
    expect(feed.items[0]!.image).to.deep.equal({ url: 'https://b.example/x/i.png', alt: 'I' });
  });

  it('drops the text of script and keeps xhtml whitespace sensible', () => {
    const feed = parseFeed(
      atom('<entry><title type="html">&lt;script&gt;alert(1)&lt;/script&gt;Safe</title>' +
        '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One</p>\n<p>Two <i>three</i></p></div></content></entry>'),
    );
    expect(feed.items[0]!.title).to.equal('Safe');
    expect(feed.items[0]!.summary).to.equal('One Two three');
  });

  it('drops prefixed script and style elements of xhtml content too', () => {
    const feed = parseFeed(
      atom('<entry><title>t</title><content type="xhtml"><x:div xmlns:x="http://www.w3.org/1999/xhtml">Body <x:script>alert("code")</x:script><x:style>p{color:red}</x:style>text</x:div></content></entry>'),
    );
    expect(feed.items[0]!.summary).to.equal('Body text');
  });

  it('decodes base64 text constructs and escaped HTML inside a stray div', () => {
    const feed = parseFeed(
      atom(
        '<entry><title type="application/octet-stream">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</title>' +
          '<content type="html"><div xmlns="http://www.w3.org/1999/xhtml">Example &lt;b&gt;Atom&lt;/b&gt;</div></content></entry>',
      ),
    );
    expect(feed.items[0]!.title).to.equal('Example <b>Atom</b>');
    expect(feed.items[0]!.summary).to.equal('Example Atom');
  });

  it('resolves a relative id against xml:base, keeps URNs and tags as written', () => {
    const feed = parseFeed(
      atom('<entry xml:base="http://b.example/"><title>a</title><id>/relative/link</id></entry><entry><title>b</title><id> tag:x.example,2025:1 </id></entry>'),
    );
    expect(feed.items.map((item) => item.id)).to.deep.equal(['http://b.example/relative/link', 'tag:x.example,2025:1']);
  });

  it('takes the last of repeated dates', () => {
    const feed = parseFeed(atom('<entry><title>a</title><updated>2010-12-01T10:14:55Z</updated><updated>2003-12-31T10:14:55Z</updated></entry>'));
    expect(feed.items[0]!.updated).to.equal('2003-12-31T10:14:55.000Z');
  });

  it('falls back to media:title / media:description inside media:group (YouTube)', () => {
    const feed = parseFeed(
      atom(
        '<entry><id>yt:video:1</id><media:group><media:title>Video</media:title><media:description>About it</media:description>' +
          '<media:content url="https://yt.example/v/1" type="application/x-shockwave-flash"><media:thumbnail url="https://i.example/1.jpg" width="480"/></media:content></media:group></entry>',
        ' xmlns:media="http://search.yahoo.com/mrss/"',
      ),
    );
    expect(feed.items[0]!.title).to.equal('Video');
    expect(feed.items[0]!.summary).to.equal('About it');
    expect(feed.items[0]!.image?.url).to.equal('https://i.example/1.jpg');
  });

  it('reads an Atom feed without the Atom namespace', () => {
    const feed = parseFeed('<feed><title>No NS</title><entry><title>e</title><id>1</id><link href="http://x.example/1"/></entry></feed>');
    expect(feed.format).to.equal('atom');
    expect(feed.items[0]!.id).to.equal('1');
    expect(feed.items[0]!.url).to.equal('http://x.example/1');
  });
});

describe('parseFeed: Atom 0.3', () => {
  it('reads escaped mode, issued and modified', async () => {
    const feed = parseFeed(await fixture('atom03.xml'));
    expect(feed.format).to.equal('atom');
    expect(feed.title).to.equal('Alt Atom');
    expect(feed.url).to.equal('https://old.example.de/');
    expect(feed.language).to.equal('de');
    expect(feed.updated).to.equal('2004-04-12T12:00:00.000Z');
    const [entry] = feed.items;
    expect(entry!.id).to.equal('tag:old.example.de,2004:1');
    expect(entry!.url).to.equal('https://old.example.de/1');
    expect(entry!.published).to.equal('2004-04-10T08:00:00.000Z');
    expect(entry!.updated).to.equal('2004-04-11T10:00:00.000Z');
    expect(entry!.authors).to.deep.equal(['Karl']);
    expect(entry!.summary).to.equal('Escaped & content');
  });

  it('keeps authors and tags plain text: markup in them gives its text', () => {
    const entry = parseFeed(
      atom(`<entry><title>A</title><author><name>&lt;img src=x onerror=alert(1)&gt;Jane</name></author>
        <category term="&lt;b onmouseover=alert(1)&gt;World&lt;/b&gt;"/><category term="x" label="&lt;i&gt;Politics&lt;/i&gt;"/></entry>`),
    ).items[0]!;
    expect(entry.authors).to.deep.equal(['Jane']);
    expect(entry.tags).to.deep.equal(['World', 'Politics']);
  });

  it('keeps the shape of a summary: XHTML and escaped HTML blocks do not run together', () => {
    const [xhtml, escaped] = parseFeed(
      atom(`<entry><title>A</title><summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>one</p><ul><li>first</li><li>second</li></ul></div></summary></entry>
        <entry><title>B</title><summary type="html">&lt;p&gt;one&lt;/p&gt;&lt;p&gt;two&lt;/p&gt;</summary></entry>`),
    ).items;
    expect(xhtml!.summary).to.equal('one first second');
    expect(escaped!.summary).to.equal('one two');
  });
});
