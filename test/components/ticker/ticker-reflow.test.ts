import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '../../commands.js';
import type { StrichkaTicker } from '../../../src/ticker.js';
import { feedUrl, rows, rowsShown, shadow } from './ticker-test-feed.js';
import { expectAccessibleInFrame } from '../../axe.js';
import { itWithMediaEmulation } from '../../engine.js';
import { closePages, openPage, type TestPage } from '../../pages/test-page.js';

// A 320 px wide phone with text at 200% (WCAG 1.4.10 and 1.4.4 together): a page in a frame of that
// width, in every engine, as WebKit's window is never narrower than 447 px.
const WIDTH = 320;
const HEIGHT = 640;

let page: TestPage;

/** A ticker of `mode` on the demo feed (or `src`) in the narrow page, with a button before it to start tabbing from. */
async function narrowTicker(mode: string, src = feedUrl('news-uk')): Promise<{ el: StrichkaTicker; before: HTMLButtonElement }> {
  page = await openPage('empty', { scripts: ['/node_modules/axe-core/axe.min.js', 'module:/src/ticker.ts'], size: [WIDTH, HEIGHT] });
  const doc = page.document;
  doc.documentElement.style.fontSize = '200%';
  const before = Object.assign(doc.createElement('button'), { textContent: 'before' });
  const el = Object.assign(doc.createElement('strichka-ticker') as StrichkaTicker, { lang: 'en' });
  el.setAttribute('mode', mode);
  el.setAttribute('src', src);
  doc.querySelector('main')!.append(before, el);
  await page.window.customElements.whenDefined('strichka-ticker');
  await rowsShown(el);
  return { el, before };
}

const part = (el: StrichkaTicker, name: string) => shadow(el).querySelector<HTMLElement>(`[part=${name}]`)!;
const track = (el: StrichkaTicker) => shadow(el).querySelector<HTMLElement>('.track')!;

/** Fails unless `inner` lies within `outer` (half a pixel of rounding allowed). */
function expectInside(inner: DOMRect, outer: { left: number; top: number; right: number; bottom: number }, what: string): void {
  expect(inner.left, `${what}: left`).to.be.at.least(outer.left - 0.5);
  expect(inner.right, `${what}: right`).to.be.at.most(outer.right + 0.5);
  expect(inner.top, `${what}: top`).to.be.at.least(outer.top - 0.5);
  expect(inner.bottom, `${what}: bottom`).to.be.at.most(outer.bottom + 0.5);
}

const noSidewaysScroll = () => expect(page.document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(WIDTH);
const styleOf = (element: Element) => page.window.getComputedStyle(element);

describe('<strichka-ticker> at 320 px with text at 200%', () => {
  beforeEach(() => localStorage.clear());
  afterEach(closePages);

  for (const mode of ['list', 'marquee']) {
    // A still marquee (a still list under reduced motion) needs media emulation; a list is still anyway.
    const itStill = mode == 'marquee' ? itWithMediaEmulation : it;
    itStill(`breaks a long word of a headline instead of widening the ${mode}`, async () => {
      if (mode == 'marquee') await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const { el } = await narrowTicker(mode, feedUrl('long-words'));
        const box = el.getBoundingClientRect();
        expect(rows(el)).to.have.length(2);
        // What does not fit the box's height is hidden (the first row always shows); nothing is wider.
        await waitUntil(() => rows(el).some((row) => row.hasAttribute('data-clipped')) || rows(el)[1]!.getBoundingClientRect().bottom <= box.bottom, 'the rows were not fitted');
        const shown = rows(el).filter((row) => styleOf(row).visibility == 'visible');
        expect(shown[0]).to.equal(rows(el)[0]);
        for (const headline of shown.map((row) => row.querySelector('.headline')!)) {
          expectInside(headline.getBoundingClientRect(), { ...box.toJSON(), bottom: Infinity }, headline.textContent!);
        }
        noSidewaysScroll();
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  }

  describe('marquee', () => {
    async function marquee(): Promise<{ el: StrichkaTicker; before: HTMLButtonElement }> {
      const { el, before } = await narrowTicker('marquee');
      await waitUntil(() => track(el).style.getPropertyValue('--_duration'), 'the marquee was not measured');
      return { el, before };
    }

    it('puts the strip under the heading, wide enough to read', async () => {
      const { el } = await marquee();
      const box = el.getBoundingClientRect();
      const strip = part(el, 'marquee').getBoundingClientRect();
      expect(strip.width, 'the strip is at least half the element').to.be.above(box.width / 2);
      expect(strip.top).to.be.at.least(part(el, 'heading').getBoundingClientRect().bottom);
      expectInside(strip, box, 'the strip');
      expect(styleOf(track(el)).animationName).to.equal('strichka-marquee');
      noSidewaysScroll();
      await expectAccessibleInFrame(page.window, el);
    });

    it("wraps a publisher's long heading inside the element, given as an attribute or in the heading slot", async () => {
      const { el } = await marquee();
      el.heading = 'Останні новини нашої редакції з усієї України';
      await el.updateComplete;
      expectInside(part(el, 'heading').getBoundingClientRect(), el.getBoundingClientRect(), 'the heading');
      noSidewaysScroll();
      const slotted = Object.assign(page.document.createElement('h2'), { slot: 'heading', textContent: 'Новини наших партнерів з усієї України' });
      el.append(slotted);
      await el.updateComplete;
      expectInside(slotted.getBoundingClientRect(), el.getBoundingClientRect(), 'the slotted heading');
      noSidewaysScroll();
    });

    it('shows a headline with keyboard focus whole, inside the element and the window, and moves again when focus leaves', async () => {
      const { el, before } = await marquee();
      const strip = part(el, 'marquee');
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('.copy a')];
      expect(links).to.have.length(10);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(part(el, 'pause-button'));
      for (const link of links) {
        await sendKeys({ press: 'Tab' });
        expect(shadow(el).activeElement).to.equal(link);
        const rect = link.getBoundingClientRect();
        expectInside(rect, el.getBoundingClientRect(), link.textContent!);
        expectInside(rect, { left: 0, top: 0, right: page.window.innerWidth, bottom: page.window.innerHeight }, link.textContent!);
        // Still, unmasked and unclipped, so its focus ring shows whole too.
        const style = styleOf(strip);
        expect([styleOf(track(el)).animationName, style.overflowX, style.maskImage]).to.deep.equal(['none', 'visible', 'none']);
        expect(styleOf(shadow(el).querySelector('ol[aria-hidden=true]')!).display).to.equal('none');
        noSidewaysScroll();
      }
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(null);
      const moving = styleOf(track(el));
      expect([moving.animationName, moving.animationPlayState]).to.deep.equal(['strichka-marquee', 'running']);
    });
  });
});
