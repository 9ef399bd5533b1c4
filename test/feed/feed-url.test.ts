import { expect } from '@open-wc/testing';
import { resolveHttpUrl } from '../../src/feed/feed-url.js';

describe('resolveHttpUrl', () => {
  it('resolves relative URLs against the base', () => {
    const table: [string, string | undefined, string][] = [
      ['https://example.com/a', undefined, 'https://example.com/a'],
      ['HTTP://Example.COM/a b', undefined, 'http://example.com/a%20b'],
      ['/news/1', 'https://example.com/feed.xml', 'https://example.com/news/1'],
      ['1?x=1&y=2#top', 'https://example.com/news/', 'https://example.com/news/1?x=1&y=2#top'],
      ['../up', 'http://example.com/a/b/', 'http://example.com/a/up'],
      ['  https://example.com/trimmed \n', undefined, 'https://example.com/trimmed'],
      ['https://example.com/absolute', 'not a base', 'https://example.com/absolute'],
      ['https://приклад.укр/новини', undefined, 'https://xn--80aikifvh.xn--j1amh/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8'],
    ];
    for (const [href, base, expected] of table) expect(resolveHttpUrl(href, base), `${href} on ${base}`).to.equal(expected);
  });

  it('returns a clean absolute URL as it is, and gives every other one the form the URL parser gives it', () => {
    const clean = [
      'https://news.example.com/news/2025/05/24/7513600/?utm_source=rss&utm_medium=feed',
      'http://a-b.example/x_y~z/(1)!$*+,;=:@/?q=%20#frag/..',
      'https://example.com/images/photo.v2.jpg',
    ];
    for (const href of clean) expect(resolveHttpUrl(href), href).to.equal(href);
    const rewritten = [
      'HTTP://Example.com/a b',
      'https://EXAMPLE.com/',
      'https://example.com',
      'https://example.com:443/x',
      'http://user@example.com/',
      'https://example.com/a/./b/../c',
      'https://example.com/a/%2E%2e/c',
      'https://xn--80aikifvh.xn--j1amh/',
      'https://0x7f.1/',
      'https://192.168.0.1/',
      'https://example.com./',
      "https://example.com/it's?q='x'",
      'https://example.com/a\\b',
      'https://example.com/{x}|^`"<>',
      'https://example.com/новини',
      'https://example.com/tab\there',
    ];
    for (const href of rewritten) {
      expect(resolveHttpUrl(href), JSON.stringify(href)).to.equal(new URL(href).href);
      expect(resolveHttpUrl(href, 'https://base.example/'), JSON.stringify(href)).to.equal(new URL(href).href);
    }
  });

  it('makes protocol-relative URLs https', () => {
    expect(resolveHttpUrl('//cdn.example.com/i.jpg')).to.equal('https://cdn.example.com/i.jpg');
    expect(resolveHttpUrl('//cdn.example.com/i.jpg', 'http://example.com/')).to.equal('https://cdn.example.com/i.jpg');
  });

  it('drops relative URLs without a usable base, empty and unparseable ones', () => {
    const dropped: [string | undefined, string | undefined][] = [
      ['/news/1', undefined],
      ['news/1', 'relative/base'],
      ['', 'https://example.com/'],
      ['   ', 'https://example.com/'],
      [undefined, 'https://example.com/'],
      ['http://', undefined],
      ['http://[::1', undefined],
    ];
    for (const [href, base] of dropped) expect(resolveHttpUrl(href, base), `${href} on ${base}`).to.equal(undefined);
  });

  it('drops every scheme but http and https, however it is disguised', () => {
    const hostile = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      '\u0001javascript:alert(1)',
      '\u0000javascript:alert(1)',
      'javascript&#58;alert(1)'.replace('&#58;', ':'),
      'javascript://example.com/%0Aalert(1)',
      'javascript:/example.com/x',
      'JAVASCRIPT:alert(1)',
      'jav&#x09;ascript:alert(1)',
      'java\u0000script:alert(1)',
      'https:javascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:image/png;base64,AAAA',
      'file:///etc/passwd',
      'mailto:someone@example.com',
      'ftp://example.com/file',
      'blob:https://example.com/uuid',
      'about:blank',
    ];
    for (const href of hostile) {
      expect(resolveHttpUrl(href), JSON.stringify(href)).to.equal(undefined);
      const resolved = resolveHttpUrl(href, 'https://example.com/feed/');
      if (resolved !== undefined) expect(resolved.startsWith('https://example.com/'), JSON.stringify(href)).to.equal(true);
    }
  });

  it('never resolves to a non-http scheme through the base', () => {
    expect(resolveHttpUrl('x', 'javascript:alert(1)//')).to.equal(undefined);
    expect(resolveHttpUrl('x', 'file:///tmp/')).to.equal(undefined);
    expect(resolveHttpUrl('x', 'data:text/html,hi')).to.equal(undefined);
  });
});
