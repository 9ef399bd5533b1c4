// The host-page Lighthouse table: the demo and two host pages, scores and the three metrics.
import { join } from 'node:path';
import { formatTable } from '../format-table.mjs';
import { LIGHTHOUSE, lighthouse } from './lighthouse.mjs';
import { ms } from './ms.mjs';

/** Lighthouse rows for the demo and two host pages, or a skipped line each. */
export async function lighthouseReport(base, paths, out) {
  const rows = [];
  const notes = [];
  const speeds = [];
  const pages = [
    { label: 'demo (npm start: /demo/)', path: '/demo/' },
    { label: 'host page, classic script', path: paths.classic },
    { label: 'host page, loader', path: paths.loader },
  ];
  for (const [index, { label, path }] of pages.entries()) {
    const result = await lighthouse(base + path, join(out, `lighthouse-${index}.json`));
    if (result.skipped) {
      notes.push(`  ${label}: skipped (${result.skipped})`);
      continue;
    }
    const { performance, accessibility, seo } = result.scores;
    speeds.push(result.benchmarkIndex);
    if (result.failed.length) notes.push(`  ${label}: failed ${result.failed.join(', ')}`);
    rows.push([label, performance, accessibility, result.scores['best-practices'], seo, result.cls.toFixed(3), ms(result.tbt), ms(result.lcp)]);
  }
  return [
    `Lighthouse mobile (${LIGHTHOUSE} through npx, its simulated phone), on the same delaying server; reports in bench/.out/`,
    ...(rows.length ? formatTable(['page', 'perf', 'a11y', 'best pr.', 'SEO', 'CLS', 'TBT ms', 'LCP ms'], rows) : []),
    ...notes,
    // DevTools' CPU calibration counts a Pixel 5 as 1000 and a Moto G4 Power as 264 on this scale.
    ...(speeds.length
      ? [
          `  this machine's BenchmarkIndex: ${speeds.map(Math.round).join(', ')} (a mid-tier phone, Pixel 5: ~1000; a low-tier one: ~264):`,
          '  4× CPU on it stands for a phone of a quarter of that, and TBT counts its tasks 4× as long',
        ]
      : []),
  ];
}
