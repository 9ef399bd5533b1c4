// One reader's visit to a host page: what it cost the page in its first 5 seconds (layout
// shifts, long tasks, paints), read from the observers of observe.js, at phone or desktop size.
import { fileURLToPath } from 'node:url';

/** Measured from navigation start to here, as "the page's start" (TBT, shifts). */
export const WINDOW_MS = 5000;

export const PHONE = {
  label: 'phone',
  context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  cpuSlowdown: 4,
};
export const DESKTOP = {
  label: 'desktop',
  context: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
  cpuSlowdown: 1,
};

const OBSERVE = fileURLToPath(new URL('observe.js', import.meta.url));

/** A browser context (one reader: one HTTP cache, one localStorage) for `device`, observers injected. */
export async function newReader(browser, device) {
  const context = await browser.newContext(device.context);
  await context.addInitScript({ path: OBSERVE });
  return context;
}

/** A new tab of `context` with the device's CPU slowdown (CDP applies it per page). */
export async function openTab(context, device) {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  if (device.cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: device.cpuSlowdown });
  }
  return page;
}

/** Node descriptions with their share of the layout shift score, largest first. */
function shiftingNodes(shifts) {
  const byNode = new Map();
  for (const { sources } of shifts) {
    for (const { node, share } of sources) byNode.set(node, (byNode.get(node) ?? 0) + share);
  }
  return [...byNode].map(([node, score]) => ({ node, score })).sort((a, b) => b.score - a.score);
}

/**
 * Opens `url` in a new tab of `context`, waits until 5 s after navigation start and resolves to
 * { fp, fcp, lcp, cls, tbt, longTasks, widgetScript, widgetLayout, firstLoad, nodes } (ms) and
 * { scriptBytes, feedBytes }, what the visit transferred (headers included; 0 from the HTTP cache, a
 * 304's headers alone). widgetScript: the widgets' longest script run; widgetLayout: the longest
 * style and layout of a frame in which they ran.
 */
export async function visit(context, device, url) {
  const page = await openTab(context, device);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate((until) => new Promise((done) => setTimeout(done, until - performance.now())), WINDOW_MS);
    const seen = await page.evaluate(() => window.__hostPage);
    const inWindow = seen.longTasks.filter((task) => task.startTime < WINDOW_MS);
    const widgetFrames = seen.frames.filter((frame) => frame.startTime < WINDOW_MS);
    const transferred = (pattern) => seen.resources.filter(({ name }) => pattern.test(name)).reduce((sum, { transferSize }) => sum + transferSize, 0);
    return {
      fp: seen.paints['first-paint'],
      fcp: seen.paints['first-contentful-paint'],
      lcp: seen.lcp,
      // Every shift counts, with recent input or not: Lighthouse adds them all up too.
      cls: seen.shifts.reduce((sum, shift) => sum + shift.value, 0),
      tbt: inWindow.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
      longTasks: inWindow.length,
      widgetScript: Math.max(0, ...widgetFrames.map((frame) => frame.script)),
      widgetLayout: Math.max(0, ...widgetFrames.map((frame) => frame.layout)),
      firstLoad: seen.firstLoad,
      nodes: shiftingNodes(seen.shifts),
      scriptBytes: transferred(/\.m?js(\?|$)/),
      feedBytes: transferred(/\/feeds\//),
    };
  } finally {
    await page.close();
  }
}
