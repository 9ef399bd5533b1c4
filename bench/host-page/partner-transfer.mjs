// What a partner's ticker costs the network: its one-element script and the publisher's feed, read
// straight (XML, where the feed sends CORS headers) or through the proxy's format=json (the answer
// the proxy builds: the parsed model as JSON), compressed as a server sends them.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { formatTable } from '../format-table.mjs';
import { generateRss } from '../generate-feeds.mjs';

const FEED = 'demo/feeds/news-en.xml';
const kB = (bytes) => (bytes / 1024).toFixed(1);

/** Report lines: bytes of the partner ticker's two builds and of two feeds as XML and as the proxy's JSON. */
export async function partnerTransferReport(root) {
  const { decodeFeedBytes, parseFeed } = await import(pathToFileURL(join(root, 'dist/feed/index.js')).href);
  const proxyJson = (xml) => Buffer.from(JSON.stringify({ strichka: 1, ...parseFeed(decodeFeedBytes(xml), { baseUrl: 'https://news.example/rss/' }) }));
  const sample = await readFile(join(root, FEED));
  // A newsroom's feed as they come: 50 items with a few hundred bytes of HTML in each description and more in content:encoded.
  const heavy = Buffer.from(generateRss({ count: 50 }));
  const files = [
    ['dist/cdn/ticker.js (the partner snippet)', await readFile(join(root, 'dist/cdn/ticker.js'))],
    ['dist/cdn/ticker-proxy.js (its format=json-only build)', await readFile(join(root, 'dist/cdn/ticker-proxy.js'))],
    [`${FEED} (10 items), straight`, sample],
    ['  the same through the proxy (format=json)', proxyJson(sample)],
    ['generated RSS, 50 items with HTML content, straight', heavy],
    ['  the same through the proxy (format=json)', proxyJson(heavy)],
  ];
  return [
    "A partner's ticker on the network (kB; brotli and gzip as the server negotiates):",
    ...formatTable(
      ['file', 'raw kB', 'brotli kB', 'gzip kB'],
      files.map(([label, bytes]) => [label, kB(bytes.length), kB(brotliCompressSync(bytes).length), kB(gzipSync(bytes, { level: 9 }).length)]),
    ),
  ];
}
