// The size budgets of issue 6, in one place: `npm test` fails a file over its ceiling
// (test/package/budgets.test.mjs), `npm run bench` prints each size against its aim.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatTable } from './format-table.mjs';
import { entryMinGzipBytes } from './sizes.mjs';

const KB = 1024;

/**
 * Files with their ceilings and aims in min+gzip bytes. `minify`: an npm entry measured as a
 * bundler ships it (entry + chunks, terser); otherwise a script-tag file, already minified.
 */
export const budgets = [
  { label: 'everything: dist/cdn/strichka.js (lit included)', path: 'dist/cdn/strichka.js', ceiling: 22 * KB, aim: 17 * KB },
  { label: 'ticker alone: dist/cdn/ticker.js (lit + feed layer)', path: 'dist/cdn/ticker.js', ceiling: 14 * KB, aim: 11 * KB },
  { label: 'feed layer: dist/feed/index.js', path: 'dist/feed/index.js', minify: true, ceiling: 5 * KB, aim: 4 * KB },
  { label: 'loader: dist/cdn/loader.js', path: 'dist/cdn/loader.js', ceiling: 1.5 * KB, aim: 1 * KB },
];

/** Min+gzip bytes of every budgeted file under `root` (after `npm run build`). */
export async function measureBudgets(root) {
  const measured = [];
  for (const budget of budgets) {
    const path = join(root, budget.path);
    const bytes = budget.minify ? await entryMinGzipBytes(path) : gzipSync(await readFile(path), { level: 9 }).length;
    measured.push({ ...budget, bytes });
  }
  return measured;
}

/** Report lines: each budgeted size against its aim and its ceiling. */
export function budgetReport(measured) {
  const verdict = (bytes, limit) => `${limit}: ${bytes <= limit ? 'met' : 'NOT met'}`;
  return [
    'Size budgets: min+gzip bytes (script-tag files gzip -9 as shipped; the feed layer bundled + terser + gzip -9)',
    ...formatTable(
      ['file', 'bytes', 'aim', 'ceiling (a test)'],
      measured.map(({ label, bytes, aim, ceiling }) => [label, bytes, verdict(bytes, aim), verdict(bytes, ceiling)]),
      'lrll',
    ),
  ];
}
