// Node side of the parse benchmark: runs the page's measurement, then reports medians, quartiles
// and parseFeed's speed-ups against bare DOMParser and the faster peer, with the aims.
import { formatTable } from './format-table.mjs';
import { quantile } from './stats.mjs';

const OURS = 'strichka parseFeed';
const DOM_PARSER = 'DOMParser (bare)';
const AIM_VS_PEER = 3;
const AIM_VS_DOM_PARSER = 2;

const ms = (value) => value.toFixed(2);
const times = (ratio) => (ratio >= 1 ? `${ratio.toFixed(1)}× faster` : `${(1 / ratio).toFixed(1)}× slower`);
const aim = (ratio, wanted) => `aim ≥ ${wanted}× faster: ${ratio >= wanted ? 'met' : 'NOT met'}`;

/** Report lines for parse times of `documents` ({ label, url, bytes }) measured in `page`. */
export async function parseTimesReport(page, { documents, warmups, runs, ...urls }) {
  const measured = await page.evaluate((options) => window.measureParseTimes(options), {
    ...urls,
    documents: documents.map(({ label, url }) => ({ name: label, url })),
    warmups,
    runs,
  });
  const lines = [
    `Parse times: median of ${runs} runs after ${warmups} warm-ups, parsers alternating, no forced GC`,
  ];
  for (const [d, doc] of measured.entries()) {
    const rows = doc.parsers.map((p) => ({ ...p, median: quantile(p.samples, 0.5) }));
    const median = (name) => rows.find((row) => row.name === name).median;
    const fasterPeer = rows
      .filter((row) => row.name !== OURS && row.name !== DOM_PARSER)
      .reduce((a, b) => (b.median < a.median ? b : a));
    const vsDomParser = median(DOM_PARSER) / median(OURS);
    const vsPeer = fasterPeer.median / median(OURS);
    lines.push(
      '',
      `${doc.name}: ${documents[d].bytes.toLocaleString('en')} bytes, ${doc.chars.toLocaleString('en')} characters`,
      ...formatTable(
        ['parser', 'median ms', 'p25–p75 ms', 'items'],
        rows.map((row) => [
          row.note ? `${row.name} *` : row.name,
          ms(row.median),
          `${ms(quantile(row.samples, 0.25))}–${ms(quantile(row.samples, 0.75))}`,
          row.items,
        ]),
      ),
      `  parseFeed is ${times(vsDomParser)} than bare DOMParser (${aim(vsDomParser, AIM_VS_DOM_PARSER)})`,
      `  parseFeed is ${times(vsPeer)} than ${fasterPeer.name}, the faster peer (${aim(vsPeer, AIM_VS_PEER)})`,
    );
  }
  const notes = measured[0].parsers.filter((p) => p.note).map((p) => `* ${p.note}`);
  return [...lines, '', ...notes];
}
