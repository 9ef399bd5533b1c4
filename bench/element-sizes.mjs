// Byte sizes of the element bundles: the script-tag files as shipped, the npm entries as a page's
// bundler would ship them, and where the ticker bundle's bytes go (lit, the feed layer, the rest).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { formatTable } from './format-table.mjs';
import { entryMinGzipBytes, isBareImport } from './sizes.mjs';

const TICKER_AIM = 11 * 1024;
const LIT_ENTRY = '\0lit-alone';

/** gzip -9 bytes of a file that is already minified. */
const shippedGzipBytes = async (path) => gzipSync(await readFile(path), { level: 9 }).length;

/** min+gzip bytes of the whole `lit` entry, bundled by itself as the CDN bundles inline it. */
function litAloneBytes() {
  const entry = {
    name: 'lit-alone',
    resolveId: (id) => (id == LIT_ENTRY ? id : null),
    load: (id) => (id == LIT_ENTRY ? "export * from 'lit';" : null),
  };
  return entryMinGzipBytes(LIT_ENTRY, { external: () => false, plugins: [entry, nodeResolve()] });
}

/** Report lines for the element bundles under `root`'s dist/. */
export async function elementSizesReport(root) {
  const dist = (path) => join(root, 'dist', path);
  const feedDir = dist('feed/');
  const { version: litVersion } = JSON.parse(await readFile(join(root, 'node_modules/lit/package.json'), 'utf8'));
  const ticker = await shippedGzipBytes(dist('cdn/ticker.js'));
  const parts = [
    [`lit ${litVersion} (\`lit\` by itself; lit/decorators.js not counted)`, await litAloneBytes()],
    ['feed layer (dist/feed/index.js, whole)', await entryMinGzipBytes(dist('feed/index.js'))],
    [
      'the rest: ticker, core, i18n (dist/ticker.js without lit and dist/feed/)',
      await entryMinGzipBytes(dist('ticker.js'), {
        external: (id, _importer, resolved) => isBareImport(id) || (resolved && id.startsWith(feedDir)),
      }),
    ],
  ];
  const sum = parts.reduce((total, [, bytes]) => total + bytes, 0);
  const context = 'none, for context';
  return [
    'Element sizes: min+gzip bytes; dist/cdn/ files as shipped (gzip -9), npm entries and parts min+gzipped as above',
    ...formatTable(
      ['file', 'bytes', 'aim'],
      [
        ['dist/cdn/ticker.js (ticker alone, lit + feed layer)', ticker, `≤ ${TICKER_AIM} (11 KB): ${ticker <= TICKER_AIM ? 'met' : 'NOT met'}`],
        ['dist/cdn/strichka.js (every element, lit included)', await shippedGzipBytes(dist('cdn/strichka.js')), context],
        ['dist/ticker.js (npm entry + chunks, lit external)', await entryMinGzipBytes(dist('ticker.js')), context],
        ['dist/card.js (npm entry + chunks, lit external)', await entryMinGzipBytes(dist('card.js')), context],
      ],
      'lrl',
    ),
    '',
    `Where dist/cdn/ticker.js's ${ticker} bytes go: each part min+gzipped alone (parts compress worse apart)`,
    ...formatTable(
      ['part', 'bytes', 'share of the sum'],
      [...parts.map(([label, bytes]) => [label, bytes, `${((100 * bytes) / sum).toFixed(0)}%`]), ['sum of the parts', sum, '']],
      'lrr',
    ),
  ];
}
