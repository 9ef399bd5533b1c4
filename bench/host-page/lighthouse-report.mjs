// The host-page Lighthouse table: the demo and two host pages, scores and the three metrics.
import { join } from 'node:path';
import { formatTable } from '../format-table.mjs';
import { LIGHTHOUSE, lighthouse } from './lighthouse.mjs';
import { ms } from './ms.mjs';

/** Lighthouse rows for the demo and two host pages, or a skipped line each. */
export async function lighthouseReport(base, paths, out) {
  const rows = [];
  const notes = [];
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
    if (result.failed.length) notes.push(`  ${label}: failed ${result.failed.join(', ')}`);
    rows.push([label, performance, accessibility, result.scores['best-practices'], seo, result.cls.toFixed(3), ms(result.tbt), ms(result.lcp)]);
  }
  return [
    `Lighthouse mobile (${LIGHTHOUSE} through npx, its simulated phone), on the same delaying server; reports in bench/.out/`,
    ...(rows.length ? formatTable(['page', 'perf', 'a11y', 'best pr.', 'SEO', 'CLS', 'TBT ms', 'LCP ms'], rows) : []),
    ...notes,
  ];
}
