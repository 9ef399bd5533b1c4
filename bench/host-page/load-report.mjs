// The host-page load table: every embed path and the page without widgets, phone and desktop,
// a reader's first and second visit; then the nodes that moved most.
import { formatTable } from '../format-table.mjs';
import { quantile } from '../stats.mjs';
import { DELAYS } from './delayed-server.mjs';
import { ms } from './ms.mjs';
import { baseline, embeds, linkedBoxes } from './pages.mjs';
import { DESKTOP, newReader, PHONE, visit, WINDOW_MS } from './visit.mjs';

const largest = (nodes) =>
  nodes
    .slice(0, 4)
    .map(({ node, score }) => `${score.toFixed(3)} ${node}`)
    .join(', ');

/** The median of each figure of several runs' visits; the shifting nodes of the run with the median CLS. */
function medianVisit(visits) {
  const median = (key) => {
    const values = visits.map((seen) => seen[key]).filter((value) => value != undefined);
    return values.length ? quantile(values, 0.5) : undefined;
  };
  const middle = [...visits].sort((a, b) => a.cls - b.cls)[visits.length >> 1];
  return {
    ...Object.fromEntries(['fp', 'fcp', 'lcp', 'cls', 'tbt', 'longTasks', 'widgetScript', 'widgetLayout', 'firstLoad', 'scriptBytes', 'feedBytes'].map((key) => [key, median(key)])),
    nodes: middle.nodes,
    shownIn: visits.filter((seen) => seen.firstLoad !== undefined).length,
  };
}

/** Load rows (and the lines naming what shifted) for every embed path and the page without widgets. */
export async function loadReport(browser, base, paths, runs) {
  const rows = [];
  const shifted = [];
  for (const device of [PHONE, DESKTOP]) {
    for (const { name, label } of [baseline, ...embeds, linkedBoxes]) {
      const visits = name == baseline.name ? ['first'] : ['first', 'second'];
      const seen = visits.map(() => []);
      for (let run = 0; run < runs; run++) {
        // A new reader each run: the second visit has the first one's cache and localStorage.
        const reader = await newReader(browser, device);
        try {
          for (const index of visits.keys()) seen[index].push(await visit(reader, device, base + paths[name]));
        } finally {
          await reader.close();
        }
      }
      for (const [index, when] of visits.entries()) {
        const { fp, fcp, lcp, cls, tbt, longTasks, widgetScript, widgetLayout, firstLoad, nodes, shownIn, scriptBytes, feedBytes } = medianVisit(seen[index]);
        const shown =
          name == baseline.name ? '' : shownIn == runs ? ms(firstLoad) : shownIn ? `${ms(firstLoad)} (${runs - shownIn}/${runs} NOT SHOWN)` : 'NOT SHOWN';
        const kB = (bytes) => (bytes / 1024).toFixed(1);
        rows.push([`${label}, ${device.label}, ${when}`, ms(fp), ms(fcp), ms(lcp), cls.toFixed(3), ms(tbt), longTasks, ...(name == baseline.name ? ['', ''] : [ms(widgetScript), ms(widgetLayout)]), shown, kB(scriptBytes), kB(feedBytes)]);
        if (cls >= 0.001) shifted.push(`  ${name}, ${device.label}, ${when} visit: ${largest(nodes)}`);
      }
    }
  }
  return [
    'Host page load: bench/host-page/article.html per embed path, the boxes\' styles pasted in its <head> (linked on one page);',
    `the CDN's files (scripts, a linked strichka.css) arrive ${DELAYS.script} ms and feeds ${DELAYS.feed} ms after they are asked for;`,
    `phone = 390×844 at 4× CPU, desktop = 1280×800; median of ${runs} run(s), each to ${WINDOW_MS / 1000} s after navigation;`,
    'second = the same reader again (cached script, saved copy in localStorage); CLS counts every shift;',
    'TBT = long tasks − 50 ms each; widget script = their longest script run (Long Animation Frames list runs of 5 ms or more),',
    'their layout = the longest style and layout of a frame where they ran (the page\'s own included, if it had some then);',
    '"feed shown" = first strichka-load (NOT SHOWN: none by 5 s; elements far down start when scrolled near);',
    'JS / feed kB = what the visit transferred (compressed, headers included; the HTTP cache and 304s send little)',
    ...formatTable(['page, device, visit', 'FP ms', 'FCP ms', 'LCP ms', 'CLS', 'TBT ms', 'long tasks', 'widget script', 'their layout', 'feed shown ms', 'JS kB', 'feed kB'], rows),
    '',
    'Largest shifting nodes (≈ share of the CLS: an entry is split among its nodes by the area they swept):',
    ...(shifted.length ? shifted : ['  none']),
  ];
}
