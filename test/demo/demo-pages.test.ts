import { expect, waitUntil } from '@open-wc/testing';
import { screenshot, setViewport } from '../commands.js';
import { closePages, openFrame } from '../pages/test-page.js';

// The pages a newcomer opens first, at a phone's and a desktop's width, in every engine the suite
// runs in: every element is defined, the page reports no error and does not scroll sideways, and a
// picture of it is kept (test-results/screenshots/<engine>/) for a person to look at.
const PAGES = ['/demo/index.html', '/demo/parse.html', '/docs/api/index.html', '/docs/api/strichka-ticker.html'];
const WIDTHS = [390, 1280];
const HEIGHT = 800;
const MIN_WINDOW = 480;
const SETTLE_MS = 1000;

describe('demo and docs pages', () => {
  afterEach(closePages);

  for (const path of PAGES) {
    for (const width of WIDTHS) {
      it(`${path} at ${width} px: every element is defined, no error, no sideways scroll; a screenshot`, async () => {
        // The whole frame in the window, at its top left: WebKit's pictures of an element stop at the
        // window's edge (its window is 447 px wide at least).
        await setViewport({ width: Math.max(width, MIN_WINDOW), height: HEIGHT });
        const frame = await openFrame(path, undefined, [width, HEIGHT]);
        frame.style.cssText = 'position: absolute; inset-block-start: 0; inset-inline-start: 0; border: 0';
        const page = frame.contentWindow!;
        const problems: string[] = [];
        page.addEventListener('error', (event) => problems.push(`error: ${event.message}`));
        page.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${event.reason}`));
        const elements = [...page.document.querySelectorAll('*')].filter((element) => element.localName.startsWith('strichka-'));
        await waitUntil(() => elements.every((element) => element.matches(':defined')), 'the elements were not defined', { timeout: 5000 });
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        expect(problems).to.deep.equal([]);
        expect(page.document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(width);
        const name = `${path.slice(1).replace(/\.html$/, '').replaceAll('/', '-')}-${width}`;
        const picture = await screenshot('iframe', name);
        expect([picture.width, picture.height], `${picture.path}: the whole page's window`).to.deep.equal([width, HEIGHT].map((side) => side * devicePixelRatio));
      });
    }
  }
});
