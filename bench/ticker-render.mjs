// Node side of the ticker benchmark: serves the two versions of a 50-item feed, runs the page's
// measurement, then reports medians and quartiles and the ticker's cost against plain DOM.
import { startFeedVersionsServer } from './feed-versions-server.mjs';
import { formatTable } from './format-table.mjs';
import { generateRss } from './generate-feeds.mjs';
import { quantile } from './stats.mjs';

const ms = (samples) => quantile(samples, 0.5).toFixed(2);
const spread = (samples) => `${quantile(samples, 0.25).toFixed(2)}–${quantile(samples, 0.75).toFixed(2)}`;
const ratio = (ours, baseline) => (quantile(ours, 0.5) / quantile(baseline, 0.5)).toFixed(1);

/** Report lines for the render times of the ticker module at `tickerModuleUrl` (labelled `tickerLabel`) in `page`. */
export async function tickerRenderReport(page, { tickerModuleUrl, tickerLabel, warmups, runs }) {
  // The refreshed version has 2 items newer than the first one's newest; its 2 oldest are gone.
  const server = await startFeedVersionsServer([generateRss({ count: 50, skip: 2 }), generateRss({ count: 50 })]);
  let samples;
  try {
    samples = await page.evaluate((options) => window.measureTickerRender(options), {
      tickerModuleUrl,
      feedUrl: `${server.url}/ticker-50.xml`,
      warmups,
      runs,
    });
  } finally {
    await server.close();
  }
  const row = (label, values) => [label, ms(values), spread(values)];
  return [
    `Ticker render times: <strichka-ticker limit="50" time-zone="Europe/Kyiv"> (list mode, 20rem wide) from ${tickerLabel},`,
    `a 50-item RSS from a loopback HTTP server; median of ${runs} runs after ${warmups} warm-ups, ticker and baseline`,
    'alternating, no forced GC; "rows" = updateComplete + a forced layout of the list',
    ...formatTable(
      ['measure', 'median ms', 'p25–p75 ms'],
      [
        row('ticker first render: strichka-load → 50 rows', samples.first),
        row('plain DOM: 50 rows built with createElement', samples.plainFirst),
        row('ticker re-render after refresh (2 new items)', samples.refresh),
        row('plain DOM: the 50 rows rebuilt', samples.plainRefresh),
        row('ticker whole first load: connect → fetch → parse → rows', samples.firstWhole),
        row('ticker whole refresh: reload() → fetch → parse → rows', samples.refreshWhole),
      ],
    ),
    `  ticker first render is ${ratio(samples.first, samples.plainFirst)}× the plain-DOM baseline`,
    `  ticker re-render is ${ratio(samples.refresh, samples.plainRefresh)}× the plain-DOM baseline`,
    '  (plain DOM: the same parsed items into <li><time>…</time> <a>…</a></li> rows of an <ol> in the page,',
    '  one cached Intl.DateTimeFormat, unstyled; the ticker also renders its heading, styles and parts in a shadow root)',
  ];
}
