// The size budgets of issue 6, in one place: `npm test` fails a file over its limit
// (test/package/budgets.test.mjs), `npm run bench` prints each size against its aim and ceiling.
import { join } from 'node:path';
import { formatTable } from './format-table.mjs';
import { entryMinGzipBytes, shippedGzipBytes } from './sizes.mjs';

const KB = 1024;

/**
 * Files with their aims and ceilings (issue 6) in min+gzip bytes. `minify`: an npm entry measured as
 * a bundler ships it (entry + chunks, terser); otherwise a script-tag file, already minified.
 * `interim`: where the ceiling is not met yet, the limit the tests hold instead (today's size,
 * rounded up to a quarter KB) so nothing grows while the ceiling waits for a decision on features;
 * lower it with every cut, drop it once the ceiling holds. Raised once by 0.5 / 0.25 KB for the Intl
 * warm-up worker (issue 13): ~300 B that take a ~150 ms task off a phone's main thread at start;
 * by 0.25 KB for issue 15's model rules (feed authors for items, names and tags as plain text, the
 * "updated" rule): ~190 B; by 0.25 KB for registering a tag the page has in a task of its own
 * and waiting for the next paint (issue 13; ticker-proxy.js too): ~60–100 B that split the npm
 * path's one task of every upgrade (~250 ms at 4× CPU) and keep upgrades out of the first paint; and
 * ~95 B of it for issue 15's cut-off feeds, whose complete items show instead of an error (the feed
 * layer's limit +0.25 KB for them: ~105 B); strichka.js by 0.25 KB for issue 13's start-up work split off the
 * main thread or into tasks of their own: ~60 B (V8's compile hint, a feed request and a tag's stylesheets each
 * in a task of its own); ticker.js by 0.25 KB for sizing the reserved boxes again after an upgrade, which WebKit
 * gets wrong (a card 270 px too tall, a marquee 27 px, until the first render: a layout shift on iPhones), ~60 B;
 * strichka.js and ticker-proxy.js by 0.25 KB for issue 13's interactions: the ticker keeps its rows while what they
 * show is unchanged (the marquee's pause at 4× CPU: ~14 → ~6 ms of script), ~110 B, and a closed banner hides at once
 * and takes its DOM and the body's padding away after the next paint (the close's handlers ~28 → ~4 ms), ~60 B;
 * strichka.js and the feed layer by 0.25 KB, ticker.js by 0.5 KB, for issue 15's parse speed, ~410 B: text decoded
 * when first read (an Atom feed with escaped HTML content: parse ~35% faster), dates of the two usual forms read in
 * one match (reading dates was ~15% of a thousand-item RSS parse in Chromium), a field looked up once per name in a
 * document and start tags without attributes read without a regex match (less garbage per tag).
 */
export const budgets = [
  { label: 'everything: dist/cdn/strichka.js (lit included)', path: 'dist/cdn/strichka.js', aim: 17 * KB, ceiling: 22 * KB, interim: 32 * KB },
  { label: 'ticker alone: dist/cdn/ticker.js (lit + feed layer)', path: 'dist/cdn/ticker.js', aim: 11 * KB, ceiling: 14 * KB, interim: 23.5 * KB },
  { label: 'partner ticker through the proxy: dist/cdn/ticker-proxy.js', path: 'dist/cdn/ticker-proxy.js', aim: 11 * KB, ceiling: 14 * KB, interim: 18.25 * KB },
  { label: 'feed layer: dist/feed/index.js', path: 'dist/feed/index.js', minify: true, aim: 4 * KB, ceiling: 5 * KB, interim: 9.5 * KB },
  { label: 'loader: dist/cdn/loader.js', path: 'dist/cdn/loader.js', aim: 1 * KB, ceiling: 1.5 * KB },
];

/** The limit a test holds a budgeted file to: its interim limit while the ceiling is not met, else the ceiling. */
export const testedLimit = ({ interim, ceiling }) => interim ?? ceiling;

/** Min+gzip bytes of every budgeted file under `root` (after `npm run build`). */
export async function measureBudgets(root) {
  const measured = [];
  for (const budget of budgets) {
    const path = join(root, budget.path);
    const bytes = budget.minify ? await entryMinGzipBytes(path) : await shippedGzipBytes(path);
    measured.push({ ...budget, bytes });
  }
  return measured;
}

/** Report lines: each budgeted size against its aim, its ceiling and the limit the tests hold. */
export function budgetReport(measured) {
  const verdict = (bytes, limit) => `${limit}: ${bytes <= limit ? 'met' : 'NOT met'}`;
  return [
    'Size budgets: min+gzip bytes (script-tag files gzip -9 as shipped; the feed layer bundled + terser + gzip -9)',
    ...formatTable(
      ['file', 'bytes', 'aim', 'ceiling', 'tested limit'],
      measured.map((budget) => [
        budget.label,
        budget.bytes,
        verdict(budget.bytes, budget.aim),
        verdict(budget.bytes, budget.ceiling),
        `${testedLimit(budget)}${budget.interim ? ' (interim)' : ''}`,
      ]),
      'lrlll',
    ),
  ];
}
