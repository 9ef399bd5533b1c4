// The host-page section of `npm run bench` (issue 13, "zero cost to the host page"): an article
// page built the README's way for each embed path, loaded the way a reader's browser loads it
// (the page, its script ~300 ms later, the feed ~1 s later; nothing forced), at phone size with
// 4× CPU and at desktop size; then a reader's interactions and, optionally, Lighthouse.
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startDelayedServer } from './host-page/delayed-server.mjs';
import { resetHostFeed } from './host-page/host-feed.mjs';
import { interactionReport } from './host-page/interaction-report.mjs';
import { lighthouseReport } from './host-page/lighthouse-report.mjs';
import { loadReport } from './host-page/load-report.mjs';
import { partnerTransferReport } from './host-page/partner-transfer.mjs';
import { writeHostPages } from './host-page/pages.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';

/** Loads every page once, unmeasured, so the server has compressed each file before a measured visit asks for it. */
async function warmUp(browser, base, paths) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    for (const path of Object.values(paths)) await page.goto(base + path, { waitUntil: 'networkidle' });
  } finally {
    await context.close();
  }
}

/** Report lines of the host-page section; `root` is the repository (dist/ built). */
export async function hostPageReport({ root, runs = 1, lighthouse: withLighthouse }) {
  const paths = await writeHostPages(root);
  await resetHostFeed(root);
  const files = await startStaticServer({ root });
  const server = await startDelayedServer(files.url);
  try {
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update'],
    });
    const lines = [];
    try {
      await warmUp(browser, server.url, paths);
      lines.push(`Host page (Chromium ${browser.version()})`, ...(await loadReport(browser, server.url, paths, runs)), '');
      lines.push(...(await partnerTransferReport(root)), '');
      lines.push(...(await interactionReport(browser, server.url, paths, root)), '');
    } finally {
      // Lighthouse starts a Chromium of its own: this one goes first, the machine has few cores.
      await browser.close();
    }
    lines.push(
      ...(withLighthouse
        ? await lighthouseReport(server.url, paths, join(root, 'bench/.out'))
        : ['Lighthouse: not run (add --lighthouse, e.g. node bench/run.mjs --only host-page --lighthouse: 30–60 s a page)']),
    );
    return lines;
  } finally {
    await server.close();
    await files.close();
  }
}
