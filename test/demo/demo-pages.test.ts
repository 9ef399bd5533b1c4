import { expect, waitUntil } from '@open-wc/testing';
import { closePages, openFrame } from '../pages/test-page.js';

// The pages a newcomer opens first, at a phone's and a desktop's width, in every engine the suite
// runs in: every element is defined, the page reports no error and does not scroll sideways.
const PAGES = ['/demo/index.html', '/demo/parse.html', '/docs/api/index.html', '/docs/api/strichka-ticker.html'];
const WIDTHS = [390, 1280];
const SETTLE_MS = 1000;

describe('demo and docs pages', () => {
  afterEach(closePages);

  for (const path of PAGES) {
    for (const width of WIDTHS) {
      it(`${path} at ${width} px: every element is defined, no error, no sideways scroll`, async () => {
        const frame = await openFrame(path, undefined, [width, 800]);
        const page = frame.contentWindow!;
        const problems: string[] = [];
        page.addEventListener('error', (event) => problems.push(`error: ${event.message}`));
        page.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${event.reason}`));
        const elements = [...page.document.querySelectorAll('*')].filter((element) => element.localName.startsWith('strichka-'));
        await waitUntil(() => elements.every((element) => element.matches(':defined')), 'the elements were not defined', { timeout: 5000 });
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        expect(problems).to.deep.equal([]);
        expect(page.document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(width);
      });
    }
  }
});
