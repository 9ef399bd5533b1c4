// `npm run bench`: generates the feeds, bundles the peers, times the parsers and the ticker's
// renders in Chromium and prints the tables, then the byte sizes. Aims are printed as met / NOT
// met; a missed aim never fails the run (benchmarks do not gate CI), a crash does.
// Options: --feed-module <path> (default dist/feed/index.js, e.g. an older build to compare),
// --ticker-module <path> (default dist/cdn/ticker.js), --runs <n> (default 30, for both);
// --host-page-runs <n> (default 1: the median of n visits per page), --lighthouse (adds Lighthouse
// runs to the host-page section), --only host-page or --only parse (that section alone, without the others).
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { bundleFeedsmith } from './bundle-feedsmith.mjs';
import { budgetReport, measureBudgets } from './budgets.mjs';
import { elementSizesReport } from './element-sizes.mjs';
import { proxyLoadReport } from './proxy-load.mjs';
import { generateAtom, generateRss } from './generate-feeds.mjs';
import { hostPageReport } from './host-page.mjs';
import { parseTimesReport } from './parse-times.mjs';
import { sizesReport } from './sizes.mjs';
import { tickerRenderReport } from './ticker-render.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench/.out');
const { values: options } = parseArgs({
  options: {
    'feed-module': { type: 'string', default: 'dist/feed/index.js' },
    'ticker-module': { type: 'string', default: 'dist/cdn/ticker.js' },
    runs: { type: 'string', default: '30' },
    'host-page-runs': { type: 'string', default: '1' },
    lighthouse: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
if (options.only !== undefined && options.only !== 'host-page' && options.only !== 'parse') {
  console.error(`--only: unknown section "${options.only}" (known: host-page, parse)`);
  process.exit(2);
}
const feedModule = relative(ROOT, join(ROOT, options['feed-module']));
const tickerModule = relative(ROOT, join(ROOT, options['ticker-module']));
const started = performance.now();
const hostPage = async () => {
  const lines = await hostPageReport({ root: ROOT, runs: Number(options['host-page-runs']), lighthouse: options.lighthouse });
  console.log(`\n${lines.join('\n')}`);
};

await mkdir(OUT, { recursive: true });
if (options.only === 'host-page') {
  await hostPage();
  console.log(`\nbench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
  process.exit();
}
const documents = [
  { label: 'RSS 2.0, 1000 items', file: 'rss-1000.xml', text: generateRss() },
  { label: 'Atom 1.0, 1000 items', file: 'atom-1000.xml', text: generateAtom() },
  { label: "RSS 2.0, 1000 items with publishers' HTML (CDATA)", file: 'rss-1000-rich.xml', text: generateRss({ rich: true }) },
  { label: "Atom 1.0, 1000 items with publishers' HTML (escaped)", file: 'atom-1000-rich.xml', text: generateAtom({ rich: true }) },
];
for (const { file, text } of documents) await writeFile(join(OUT, file), text);
await bundleFeedsmith(join(OUT, 'feedsmith.js'));

const server = await startStaticServer({
  root: ROOT,
  // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
  headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
});
let browser;
try {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update'],
  });
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${server.url}/bench/page/index.html`);
  await page.waitForFunction(() => 'measureParseTimes' in window && 'measureTickerRender' in window);
  console.log(`Chromium ${browser.version()}, parseFeed from ${feedModule}\n`);
  const lines = await parseTimesReport(page, {
    feedModuleUrl: `${server.url}/${feedModule}`,
    feedsmithUrl: `${server.url}/bench/.out/feedsmith.js`,
    documents: documents.map(({ label, file, text }) => ({
      label,
      url: `${server.url}/bench/.out/${file}`,
      bytes: Buffer.byteLength(text),
    })),
    warmups: 5,
    runs: Number(options.runs),
  });
  console.log(lines.join('\n'));
  if (options.only !== 'parse') {
    const tickerLines = await tickerRenderReport(page, {
      tickerModuleUrl: `${server.url}/${tickerModule}`,
      tickerLabel: tickerModule,
      warmups: 5,
      runs: Number(options.runs),
    });
    console.log(`\n${tickerLines.join('\n')}`);
  }
} finally {
  await browser?.close();
  await server.close();
}
if (options.only === 'parse') process.exit();

console.log(`\n${budgetReport(await measureBudgets(ROOT)).join('\n')}`);
const sizes = await sizesReport([
  { label: feedModule, path: join(ROOT, feedModule) },
  { label: 'feedsmith 3.0.1 parseFeed (browser bundle)', path: join(OUT, 'feedsmith.js') },
]);
console.log(`\n${sizes.join('\n')}`);
console.log(`\n${(await elementSizesReport(ROOT)).join('\n')}`);
console.log(`\n${(await proxyLoadReport({ seconds: 30 })).join('\n')}`);
await hostPage();
console.log(`\nbench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
