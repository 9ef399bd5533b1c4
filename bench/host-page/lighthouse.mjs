// A Lighthouse mobile run (its defaults: a mid-range phone, simulated slow 4G and 4× CPU) of one
// URL, through `npx -y lighthouse@12.2.3`: the last release that runs on Node 20, and 111 MB,
// so it is fetched on demand instead of being a dependency. The JSON report stays in bench/.out/.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const LIGHTHOUSE = 'lighthouse@12.2.3';

/** Resolves to { scores: { performance, accessibility, best-practices, seo }, cls, tbt, lcp, benchmarkIndex, failed } or { skipped: reason }. */
export async function lighthouse(url, reportPath) {
  try {
    await run(
      'npx',
      [
        '-y',
        LIGHTHOUSE,
        url,
        '--output=json',
        `--output-path=${reportPath}`,
        '--quiet',
        '--chrome-flags=--headless=new --no-sandbox --disable-background-networking --disable-component-update',
      ],
      { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, timeout: 300_000, maxBuffer: 1 << 24 },
    );
  } catch (error) {
    return { skipped: (error.stderr || error.message).trim().split('\n').at(-1) };
  }
  const report = JSON.parse(await readFile(reportPath, 'utf8'));
  if (report.runtimeError) return { skipped: `Lighthouse could not load the page: ${report.runtimeError.message}` };
  const score = (id) => Math.round(report.categories[id].score * 100);
  const value = (id) => report.audits[id].numericValue;
  // The audits that cost points outside performance (whose metrics are printed): what to fix.
  const failed = ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
    report.categories[category].auditRefs.map(({ id }) => report.audits[id]).filter((audit) => audit.score !== null && audit.score < 1),
  );
  return {
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    cls: value('cumulative-layout-shift'),
    tbt: value('total-blocking-time'),
    lcp: value('largest-contentful-paint'),
    benchmarkIndex: report.environment.benchmarkIndex,
    failed: failed.map((audit) => audit.id),
  };
}
