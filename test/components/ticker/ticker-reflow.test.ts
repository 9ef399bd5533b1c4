import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '../../commands.js';
import '../../../src/ticker.js';
import type { StrichkaTicker } from '../../../src/ticker.js';
import { feedUrl, rows, rowsShown, shadow } from './ticker-test-feed.js';
import { expectAccessible } from '../../axe.js';
import { engine, itWithMediaEmulation } from '../../engine.js';

// A 320 px wide phone with text at 200% (WCAG 1.4.10 and 1.4.4 together).
const WIDTH = 320;

const part = (el: StrichkaTicker, name: string) => shadow(el).querySelector<HTMLElement>(`[part=${name}]`)!;
const track = (el: StrichkaTicker) => shadow(el).querySelector<HTMLElement>('.track')!;

/** Fails unless `inner` lies within `outer` (half a pixel of rounding allowed). */
function expectInside(inner: DOMRect, outer: { left: number; top: number; right: number; bottom: number }, what: string): void {
  expect(inner.left, `${what}: left`).to.be.at.least(outer.left - 0.5);
  expect(inner.right, `${what}: right`).to.be.at.most(outer.right + 0.5);
  expect(inner.top, `${what}: top`).to.be.at.least(outer.top - 0.5);
  expect(inner.bottom, `${what}: bottom`).to.be.at.most(outer.bottom + 0.5);
}

const noSidewaysScroll = () => expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(WIDTH);

// Not in WebKit: MiniBrowser's window (its toolbar) is at least 447 px wide, so no 320 px viewport.
const describeNarrow = engine == 'webkit' ? () => {} : describe;

describeNarrow('<strichka-ticker> at 320 px with text at 200%', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setViewport({ width: WIDTH, height: 640 });
    document.documentElement.style.fontSize = '200%';
  });

  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  for (const mode of ['list', 'marquee']) {
    // A still marquee (a still list under reduced motion) needs media emulation; a list is still anyway.
    const itStill = mode == 'marquee' ? itWithMediaEmulation : it;
    itStill(`breaks a long word of a headline instead of widening the ${mode}`, async () => {
      if (mode == 'marquee') await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const el = await fixture<StrichkaTicker>(html`<strichka-ticker mode=${mode} lang="en" src=${feedUrl('long-words')}></strichka-ticker>`);
        await rowsShown(el);
        const box = el.getBoundingClientRect();
        expect(rows(el)).to.have.length(2);
        // What does not fit the box's height is hidden (the first row always shows); nothing is wider.
        await waitUntil(() => rows(el).some((row) => row.hasAttribute('data-clipped')) || rows(el)[1]!.getBoundingClientRect().bottom <= box.bottom, 'the rows were not fitted');
        const shown = rows(el).filter((row) => getComputedStyle(row).visibility == 'visible');
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
    // The ticker itself is the fixture (a wrapper would make fixture() wait for a frame that a page
    // in the background never gets), with a button before it to start tabbing from.
    async function marquee(): Promise<{ el: StrichkaTicker; before: HTMLButtonElement }> {
      const el = await fixture<StrichkaTicker>(html`<strichka-ticker mode="marquee" lang="en" src=${feedUrl('news-uk')}></strichka-ticker>`);
      const before = Object.assign(document.createElement('button'), { textContent: 'before' });
      el.before(before);
      await rowsShown(el);
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
      expect(getComputedStyle(track(el)).animationName).to.equal('strichka-marquee');
      noSidewaysScroll();
      await expectAccessible(el);
    });

    it("wraps a publisher's long heading inside the element, given as an attribute or in the heading slot", async () => {
      const { el } = await marquee();
      el.heading = 'Останні новини нашої редакції з усієї України';
      await el.updateComplete;
      expectInside(part(el, 'heading').getBoundingClientRect(), el.getBoundingClientRect(), 'the heading');
      noSidewaysScroll();
      const slotted = Object.assign(document.createElement('h2'), { slot: 'heading', textContent: 'Новини наших партнерів з усієї України' });
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
        expectInside(rect, { left: 0, top: 0, right: innerWidth, bottom: innerHeight }, link.textContent!);
        // Still, unmasked and unclipped, so its focus ring shows whole too.
        const style = getComputedStyle(strip);
        expect([getComputedStyle(track(el)).animationName, style.overflowX, style.maskImage]).to.deep.equal(['none', 'visible', 'none']);
        expect(getComputedStyle(shadow(el).querySelector('ol[aria-hidden=true]')!).display).to.equal('none');
        noSidewaysScroll();
      }
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(null);
      const moving = getComputedStyle(track(el));
      expect([moving.animationName, moving.animationPlayState]).to.deep.equal(['strichka-marquee', 'running']);
    });
  });
});
