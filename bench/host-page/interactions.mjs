// Event Timing of a reader's interactions with the widgets of a host page on a phone at 4× CPU:
// real input (the mouse on the element's box), then the longest event entry of that interaction
// (what INP takes), split into input delay, processing and presentation.
import { publishTwoStories, resetHostFeed } from './host-feed.mjs';
import { newReader, openTab, PHONE } from './visit.mjs';

/** Scrolls `locator`'s element to the middle of the viewport (a reader scrolls there first; clear of the bottom banner). */
async function bringIntoView(page, locator) {
  await locator.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(300);
}

/**
 * Scrolls down the page a screen at a time and back to the top, as a reader glances through it:
 * the elements far down start when they come near the viewport.
 */
async function readThrough(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('strichka-ticker, strichka-card, strichka-tag-cloud')].every((el) => el.matches(':defined')));
  const { height, screen } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, screen: innerHeight }));
  for (let top = 0; top < height; top += screen) {
    await page.mouse.wheel(0, screen);
    await page.waitForTimeout(200);
  }
  await page.evaluate(() => scrollTo(0, 0));
}

/** The centre of `locator`'s box, where the reader's finger lands. */
async function centreOf(locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not shown');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Clicks with the mouse at the centre of `locator` and waits for `effect` (a page function); resolves to the interaction's timing. */
async function timedClick(page, locator, effect) {
  const { x, y } = await centreOf(locator);
  // The pointer arrives first and rests (a mouse reader's hover; a finger has none), so that the
  // hover's own work and the automation's handling of the move are not part of the click.
  await page.mouse.move(x, y);
  await page.waitForTimeout(300);
  const since = await page.evaluate(() => performance.now());
  await page.mouse.click(x, y);
  await page.waitForFunction(effect, undefined, { timeout: 10_000 });
  // Entries are reported after the next frame is presented; leave a few frames at 4× CPU.
  await page.waitForTimeout(500);
  const entries = await page.evaluate((t) => window.__hostPage.events.filter((e) => e.startTime >= t && e.interactionId > 0), since);
  if (!entries.length) return { duration: undefined };
  // One click is one interaction (pointerdown, pointerup, click: one interactionId); its longest
  // entry is its duration, as for INP. Its handlers may run in several of its events (a pointerdown
  // entry's time to the next paint often covers the click's handler): the phases span them all.
  const longest = entries.reduce((a, b) => (b.duration > a.duration ? b : a));
  const own = entries.filter((e) => e.interactionId == longest.interactionId);
  const start = Math.min(...own.map((e) => e.startTime));
  const processingStart = Math.min(...own.map((e) => e.processingStart));
  const processingEnd = Math.max(...own.map((e) => e.processingEnd));
  const end = Math.max(...own.map((e) => e.startTime + e.duration));
  return {
    duration: longest.duration,
    inputDelay: processingStart - start,
    processing: processingEnd - processingStart,
    presentation: Math.max(0, end - processingEnd),
    events: [...new Set(own.map((e) => e.name))].join(' '),
  };
}

const shadow = (host, part) => `${host} [part~="${part}"]`;

/** The interactions in the order a reader could do them on one visit; `effect` runs in the page. */
const interactions = [
  {
    // The floor: what any click on this page costs on this machine (its next frame included).
    label: "the page's own button (no widget)",
    async run(page) {
      const share = page.locator('#share');
      await bringIntoView(page, share);
      return timedClick(page, share, () => document.querySelector('#share').textContent == 'Link copied');
    },
  },
  {
    label: 'ticker "2 new" button',
    async run(page, root) {
      const rows = page.locator(shadow('#recent', 'item'));
      await bringIntoView(page, rows.first());
      // Pointing at the rows holds them still: a refresh's new stories wait behind the button.
      const { x, y } = await centreOf(rows.first());
      await page.mouse.move(x, y);
      await publishTwoStories(root);
      try {
        // The poll a reader would wait minutes for (refresh is 300 s, at least 30 s), now.
        await page.evaluate(() => document.querySelector('#recent').reload());
        const button = page.locator(shadow('#recent', 'new-button'));
        await button.waitFor({ timeout: 10_000 });
        return await timedClick(page, button, () => !document.querySelector('#recent').shadowRoot.querySelector('[part~="new-button"]'));
      } finally {
        await resetHostFeed(root);
      }
    },
  },
  {
    label: 'sidebar tag cloud: filter',
    async run(page) {
      const tag = page.locator(shadow('strichka-tag-cloud[target="#recent"]', 'button')).first();
      await bringIntoView(page, tag);
      return timedClick(page, tag, () => document.querySelector('#recent').tag);
    },
  },
  {
    label: 'marquee pause button',
    async run(page) {
      const button = page.locator(shadow('strichka-ticker[mode=marquee]', 'pause-button'));
      await bringIntoView(page, button);
      return timedClick(page, button, () => document.querySelector('strichka-ticker[mode=marquee]').shadowRoot.querySelector('.pause.paused'));
    },
  },
  {
    label: 'support banner close',
    async run(page) {
      const close = page.locator(shadow('strichka-support-banner', 'close'));
      return timedClick(page, close, () => !document.querySelector('strichka-support-banner').shadowRoot.querySelector('[part~="banner"]'));
    },
  },
  {
    label: 'language switcher: Укр (widgets mode)',
    async run(page) {
      const uk = page.locator('strichka-language-switcher button[lang="uk"]');
      await bringIntoView(page, uk);
      return timedClick(page, uk, () => document.documentElement.lang == 'uk');
    },
  },
];

/** The interactions on `url` (a host page under `root`'s server); resolves to [{ label, duration, … } | { label, failed }]. */
export async function measureInteractions(browser, url, root) {
  const context = await newReader(browser, PHONE);
  const results = [];
  try {
    const page = await openTab(context, PHONE);
    await page.goto(url);
    await readThrough(page);
    await page.locator(shadow('#recent', 'item')).first().waitFor({ timeout: 20_000 });
    await page.locator(shadow('strichka-support-banner', 'close')).waitFor({ timeout: 20_000 });
    // Let the start settle: interactions are measured on a page that has finished loading.
    await page.waitForTimeout(1000);
    for (const { label, run } of interactions) {
      try {
        results.push({ label, ...(await run(page, root)) });
      } catch (error) {
        results.push({ label, failed: error.message.split('\n')[0] });
      }
    }
  } finally {
    await context.close();
  }
  return results;
}
