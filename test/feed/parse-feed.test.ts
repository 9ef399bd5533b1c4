import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/feed-error.js';
import { itemId } from '../../src/feed/item-id.js';
import { parseFeed } from '../../src/feed/parse-feed.js';

function errorCode(text: string, options?: Parameters<typeof parseFeed>[1]): string | undefined {
  try {
    parseFeed(text, options);
    return undefined;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return (error as FeedError).code;
  }
}

describe('parseFeed: detection and errors', () => {
  it('tells formats apart by content, whatever the Content-Type says', () => {
    const rss = '\ufeff  <?xml version="1.0"?><rss><channel><title>R</title></channel></rss>';
    expect(parseFeed(rss, { contentType: 'application/json' }).format).to.equal('rss');
    const json = '\ufeff{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[]}';
    expect(parseFeed(json, { contentType: 'text/xml' }).format).to.equal('json');
  });

  it('throws not-a-feed for empty input, HTML pages, other JSON and other XML', () => {
    expect(errorCode('')).to.equal('not-a-feed');
    expect(errorCode(' \n\t')).to.equal('not-a-feed');
    expect(errorCode('<!DOCTYPE html><html><body>502 Bad Gateway</body></html>')).to.equal('not-a-feed');
    expect(errorCode('<html><head><title>x</title></head></html>')).to.equal('not-a-feed');
    expect(errorCode('<?xml version="1.0"?><!-- page --><html xmlns="http://www.w3.org/1999/xhtml"/>')).to.equal('not-a-feed');
    expect(errorCode('{"error":"not found"}')).to.equal('not-a-feed');
    expect(errorCode('[1,2,3]')).to.equal('not-a-feed');
    expect(errorCode('[]')).to.equal('not-a-feed');
    expect(errorCode('<svg xmlns="http://www.w3.org/2000/svg"/>')).to.equal('not-a-feed');
    expect(errorCode('Service Unavailable')).to.equal('not-a-feed');
  });

  it('throws malformed when nothing can be read', () => {
    expect(errorCode('<?xml version="1.0"?>')).to.equal('malformed');
    expect(errorCode('<!-- only a comment -->')).to.equal('malformed');
    expect(errorCode('<rss><channel><item><title>cut')).to.equal('malformed');
    expect(errorCode('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>cut</title>')).to.equal('malformed');
    expect(errorCode('{"version": "https://jsonfeed.org/version/1.1", "items": [')).to.equal('malformed');
  });

  it('reads a well-formed but empty feed as a feed without items', () => {
    expect(parseFeed('<rss><channel></channel></rss>')).to.deep.include({ format: 'rss', title: '', items: [] });
    expect(parseFeed('<feed xmlns="http://purl.org/atom/ns#" xml:lang="en_US"/>').language).to.equal('en-US');
    // BCP 47 in every format: a JSON Feed's POSIX-style pt_BR too
    expect(parseFeed('{"version": "https://jsonfeed.org/version/1.1", "title": "T", "language": "pt_BR", "items": []}').language).to.equal('pt-BR');
  });

  it('marks a cut-off RSS, RDF or Atom document partial and keeps its complete items; a whole one is not partial', () => {
    const cut = {
      rss: '<rss><channel><title>R</title><item><title>One</title><guid>1</guid></item><item><title>Tw',
      rdf: '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>R</title></channel><item rdf:about="https://example.com/1"><title>One</title></item><item><title>Tw',
      atom: '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>1</id><title type="html">&lt;b&gt;One&lt;/b&gt;</title></entry><entry><id>2</id><title>Tw',
    };
    for (const [format, text] of Object.entries(cut)) {
      const feed = parseFeed(text);
      expect(feed.partial, format).to.equal(true);
      expect(feed.items.map((item) => item.title), format).to.deep.equal(['One']);
      expect(parseFeed(text.slice(0, text.lastIndexOf('<item') < 0 ? text.lastIndexOf('<entry') : text.lastIndexOf('<item')) + (format == 'atom' ? '</feed>' : format == 'rdf' ? '</rdf:RDF>' : '</channel></rss>')).partial, `${format} whole`).to.equal(undefined);
    }
  });

  it('keeps partial through a proxy answer (format=json), and only as true', () => {
    const model = (partial: unknown) => JSON.stringify({ strichka: 1, format: 'rss', title: 'P', items: [], partial });
    expect(parseFeed(model(true)).partial).to.equal(true);
    expect(parseFeed(model('yes')).partial).to.equal(undefined);
  });

  it('throws too-large above the limit (5 MB by default)', () => {
    const rss = '<rss><channel><title>Big</title></channel></rss>';
    expect(errorCode(rss, { maxLength: 10 })).to.equal('too-large');
    expect(errorCode(rss.padEnd(5 * 1024 * 1024 + 1, ' '))).to.equal('too-large');
    expect(parseFeed(rss.padEnd(5 * 1024 * 1024, ' ')).title).to.equal('Big');
  });

  it('throws nothing but FeedError for any input', () => {
    const inputs = [
      '<rss><channel><item>'.repeat(3000),
      '<'.repeat(1000),
      '<rss><channel><title>x</title><item><link>http://[bad</link><enclosure url="http://"/></item></channel></rss>',
      '{"version":"https://jsonfeed.org/version/1","items":{"length":3}}',
      '[{"link":{"toString":1},"title":{"rendered":{"valueOf":1}},"_embedded":{"wp:term":"x","author":7}}]',
      '[{"title":{"rendered":"t"},"_embedded":{"wp:featuredmedia":[null],"wp:term":[[null,{"name":{"toString":1}}]]}}]',
      '\u0000\uffff<feed',
    ];
    for (const input of inputs) {
      try {
        parseFeed(input);
      } catch (error) {
        expect(error, input.slice(0, 60)).to.be.instanceOf(FeedError);
      }
    }
  });

  it('reads every truncation of every fixture as a feed or a FeedError, keeping only complete items', async () => {
    const names = ['rss2.xml', 'rdf.xml', 'atom.xml', 'atom03.xml', 'json-feed-1.1.json', 'wordpress-embed.json'];
    for (const name of names) {
      const text = await (await fetch(new URL(`./fixtures/${name}`, import.meta.url))).text();
      const full = parseFeed(text).items.length;
      for (let cut = 0; cut < text.length; cut += 3) {
        try {
          expect(parseFeed(text.slice(0, cut)).items.length).to.be.at.most(full);
        } catch (error) {
          expect(error, `${name} cut at ${cut}`).to.be.instanceOf(FeedError);
        }
      }
    }
  });

  it('gives an item without guid or link a stable id from title and date', () => {
    const text = '<rss><channel><title>T</title><item><title>Same</title><pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate></item></channel></rss>';
    const [first] = parseFeed(text).items;
    expect(first!.id).to.equal(parseFeed(text).items[0]!.id);
    expect(first!.id).to.equal(itemId('Same', '2025-06-02T10:00:00.000Z'));
    expect(itemId('Same', 'other')).to.not.equal(first!.id);
  });
});
