import { expect } from '@open-wc/testing';
import { proxyUrl, setDefaultProxy } from '../../src/feed/proxy-url.js';

const FEED = 'https://news.example/rss?a=1';
const ENCODED = encodeURIComponent(FEED);

/** Adds `<meta name="strichka:proxy" content="…">` to the head for one test; returns its removal. */
function metaProxy(content: string): () => void {
  const meta = Object.assign(document.createElement('meta'), { name: 'strichka:proxy', content });
  document.head.append(meta);
  return () => meta.remove();
}

describe('proxyUrl', () => {
  afterEach(() => setDefaultProxy(undefined));

  it('leaves the feed URL as it is without any proxy', () => {
    expect(proxyUrl(FEED)).to.equal(FEED);
  });

  it('uses the page-wide proxy of <meta name="strichka:proxy">, read when called', () => {
    const remove = metaProxy('https://page-proxy.example/?url={url}');
    try {
      expect(proxyUrl(FEED)).to.equal(`https://page-proxy.example/?url=${ENCODED}`);
    } finally {
      remove();
    }
    expect(proxyUrl(FEED)).to.equal(FEED);
  });

  it("prefers a source's own template and setDefaultProxy's to the page's, and '' turns the defaults off", () => {
    const remove = metaProxy('https://page-proxy.example/?url={url}');
    try {
      expect(proxyUrl(FEED, 'https://own.example/p?format=json&url={url}')).to.equal(`https://own.example/p?format=json&url=${ENCODED}`);
      setDefaultProxy('https://default.example/?url={url}');
      expect(proxyUrl(FEED)).to.equal(`https://default.example/?url=${ENCODED}`);
      setDefaultProxy('');
      expect(proxyUrl(FEED)).to.equal(FEED);
      setDefaultProxy(undefined);
      expect(proxyUrl(FEED)).to.equal(`https://page-proxy.example/?url=${ENCODED}`);
    } finally {
      remove();
    }
  });

  it('ignores an empty meta content', () => {
    const remove = metaProxy('');
    try {
      expect(proxyUrl(FEED)).to.equal(FEED);
    } finally {
      remove();
    }
  });
});
