import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '../commands.js';
import { testFeedUrl } from '../test-feed-url.js';
import { CDN, closePages, openPage, type TestPage } from './test-page.js';

// A publisher's article page (fixtures/host-page.html: text above and below every element, the
// README's stylesheet in the head) replayed as a reader gets it: the fallback markup painted
// first, the script 600 ms later, the feed 1.2 s later. Every layout shift counts, as Lighthouse
// counts them; the sum must stay under 0.001 on every embed path, at a phone's and a desktop's width.
const SCRIPT_DELAY = 600;
const FEED_DELAY = 1200;

const paths: Record<string, string> = {
  'ES module': `module:${CDN}/strichka.js?delay=${SCRIPT_DELAY}`,
  'classic script': `defer:${CDN}/strichka.classic.js?delay=${SCRIPT_DELAY}`,
  loader: `defer:${CDN}/loader.js?delay=${SCRIPT_DELAY}`,
};

const feeds: Record<string, () => string> = {
  'a full feed': () => testFeedUrl('demo/feeds/news-en.xml', { delay: FEED_DELAY }).url,
  'two stories without images or tags': () => testFeedUrl('test/pages/fixtures/short-feed.xml', { delay: FEED_DELAY }).url,
  'a failing feed': () => testFeedUrl('error', { delay: FEED_DELAY }).url,
};

const DATA_ELEMENTS = ':is(strichka-ticker, strichka-card, strichka-tag-cloud):is([src], [feed])';

/**
 * Once the script has defined the elements, scrolls the page down a screen a frame, as a reader
 * does (the elements far down start as they come near); then waits until every element that
 * reads a feed has its answer (data or error), and the fitting after layout is done.
 */
async function settled(page: TestPage): Promise<void> {
  const view = page.window;
  const elements = [...page.document.querySelectorAll(DATA_ELEMENTS)];
  await waitUntil(() => elements.every((el) => el.matches(':defined')), 'the elements were not defined', { timeout: 10_000 });
  for (let top = 0; top < page.document.documentElement.scrollHeight; top += view.innerHeight) {
    view.scrollTo(0, top);
    await new Promise((resolve) => view.requestAnimationFrame(() => setTimeout(resolve)));
  }
  await waitUntil(
    () => [...page.document.querySelectorAll<Element & { feedState?: { status: string } }>(DATA_ELEMENTS)].every((el) => el.feedState && el.feedState.status != 'loading'),
    'the elements did not get their feed',
    { timeout: 10_000 },
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
}

/** The sum of the page's layout shifts, failing with what moved. */
function expectNoShift(page: TestPage): void {
  const shifts = page.window.pageShifts;
  const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
  expect(total, `layout shifts: ${shifts.map((shift) => `${shift.value.toFixed(4)} ${shift.moved.join(', ')}`).join('; ')}`).to.be.below(0.001);
  expect(page.window.pageProblems).to.deep.equal([]);
}

/** The page at `width` × `height` on every embed path, with every kind of feed: each must not move. */
export function describeHostPage(width: number, height: number): void {
  describe(`a publisher's page at ${width} px: nothing moves`, () => {
    // Room for the page's frame; MiniBrowser's window is no narrower than 447 px.
    before(() => setViewport({ width: Math.max(width + 20, 480), height: height + 20 }));
    after(() => setViewport({ width: 800, height: 600 }));
    beforeEach(() => localStorage.clear());
    afterEach(closePages);

    for (const [path, script] of Object.entries(paths)) {
      for (const [name, feed] of Object.entries(feeds)) {
        it(`${path}, ${name}`, async () => {
          const page = await openPage('host-page', { scripts: [script], feed: feed(), size: [width, height] });
          await settled(page);
          expectNoShift(page);
        });
      }

      it(`${path}, a second visit that shows the saved copy at once`, async () => {
        const url = testFeedUrl('demo/feeds/news-en.xml', { delay: FEED_DELAY }).url;
        await settled(await openPage('host-page', { scripts: [script], feed: url, size: [width, height] }));
        closePages();
        const page = await openPage('host-page', { scripts: [script], feed: url, size: [width, height] });
        await settled(page);
        expectNoShift(page);
      });
    }
  });
}
