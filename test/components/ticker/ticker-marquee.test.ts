import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { emulateMedia, sendKeys } from '../../commands.js';
import '../../../src/ticker.js';
import type { StrichkaTicker } from '../../../src/ticker.js';
import { emulateForcedColors } from '../../forced-colors.js';
import { feedUrl, rowsShown, shadow } from './ticker-test-feed.js';
import { expectAccessible } from '../../axe.js';
import { itWithMediaEmulation } from '../../engine.js';

// The ticker itself is the fixture (a plain wrapper would make fixture() wait for a frame, which a
// page in the background never gets), in a page of the given direction with a button before it.
async function marquee(dir = 'ltr', speed = 60): Promise<{ el: StrichkaTicker; before: HTMLButtonElement }> {
  const page = Object.assign(document.createElement('div'), { dir });
  page.style.width = '600px';
  const el = await fixture<StrichkaTicker>(html`<strichka-ticker mode="marquee" speed=${speed} lang="uk" src=${feedUrl('news-uk')}></strichka-ticker>`, {
    parentNode: page,
  });
  const before = Object.assign(document.createElement('button'), { textContent: 'before' });
  el.before(before);
  await rowsShown(el);
  // The duration comes from the measured width of one copy.
  await waitUntil(() => track(el).style.getPropertyValue('--_duration'), 'the marquee was not measured');
  return { el, before };
}

const track = (el: StrichkaTicker) => shadow(el).querySelector<HTMLElement>('.track')!;
const pauseButton = (el: StrichkaTicker) => shadow(el).querySelector<HTMLButtonElement>('button[part=pause-button]')!;
const translateX = (el: StrichkaTicker) => new DOMMatrix(getComputedStyle(track(el)).transform).m41;

/**
 * Moves the animation a quarter of the way and holds it there: set, not waited for, as a page in
 * the background gets no frames; held, as WebKit's animations go on between the seek and the read.
 */
function quarterWay(el: StrichkaTicker): void {
  const [animation] = track(el).getAnimations();
  animation!.pause();
  animation!.currentTime = parseFloat(getComputedStyle(track(el)).animationDuration) * 250;
}

describe('<strichka-ticker mode="marquee">', () => {
  beforeEach(() => localStorage.clear());

  it('moves one line by a CSS animation whose duration follows the width and speed', async () => {
    const { el } = await marquee('ltr', 120);
    const [copy, clone] = shadow(el).querySelectorAll<HTMLOListElement>('.track > ol');
    expect(copy!.querySelectorAll('li')).to.have.length(10);
    expect(clone!.querySelectorAll('li')).to.have.length(10);
    const style = getComputedStyle(track(el));
    expect(style.animationName).to.equal('strichka-marquee');
    expect(style.animationPlayState).to.equal('running');
    expect(parseFloat(style.animationDuration)).to.be.closeTo(copy!.offsetWidth / 120, 0.01);
    expect(track(el).offsetHeight).to.be.below(copy!.querySelector('li')!.offsetHeight * 1.5);
    quarterWay(el);
    expect(translateX(el)).to.be.closeTo(-track(el).offsetWidth / 8, 1);
    await expectAccessible(el);
  });

  it('hides the second copy from assistive technology and from Tab', async () => {
    const { el, before } = await marquee();
    const clone = shadow(el).querySelector('.track > ol[aria-hidden=true]')!;
    expect([...clone.querySelectorAll('a')].every((link) => link.tabIndex == -1)).to.equal(true);
    before.focus();
    const reached: (Element | null)[] = [];
    const motion: string[] = [];
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(shadow(el).activeElement);
      const style = getComputedStyle(track(el));
      motion.push(style.animationName == 'none' ? 'stopped' : style.animationPlayState);
    }
    const links = [...shadow(el).querySelectorAll('.copy a')];
    expect(links).to.have.length(10);
    expect(reached.slice(0, 11)).to.deep.equal([pauseButton(el), ...links]);
    expect(reached[11], 'the last Tab leaves the ticker').to.equal(null);
    expect(reached.some((each) => each && clone.contains(each))).to.equal(false);
    // It moves while the button has focus; a headline with keyboard focus stops it, and it moves
    // again once focus has left.
    expect(motion).to.deep.equal(['running', ...Array(10).fill('stopped'), 'running']);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(shadow(el).activeElement).to.equal(links[9]);
    // The strip is then the still list: the headline shows whole, its time included.
    const strip = shadow(el).querySelector('[part=marquee]')!.getBoundingClientRect();
    const row = links[9]!.closest('li')!.getBoundingClientRect();
    expect([row.left >= strip.left, row.right <= strip.right, row.top >= strip.top, row.bottom <= strip.bottom]).to.deep.equal([true, true, true, true]);
    expect(getComputedStyle(shadow(el).querySelector('[part=marquee]')!).maskImage).to.equal('none');
  });

  it('stays paused when a headline had keyboard focus and focus leaves', async () => {
    const { el, before } = await marquee();
    before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(getComputedStyle(track(el)).animationName).to.equal('none');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(shadow(el).activeElement).to.equal(pauseButton(el));
    const style = getComputedStyle(track(el));
    expect([style.animationName, style.animationPlayState]).to.deep.equal(['strichka-marquee', 'paused']);
  });

  itWithMediaEmulation('draws the pause and play icons in ButtonText under forced colours', async () => {
    const { el } = await marquee();
    // A text colour of the page's own, which forced colours must not leave on the icons.
    el.style.setProperty('--strichka-color-text', 'rgb(200, 0, 0)');
    const probe = document.createElement('i');
    probe.style.color = 'ButtonText';
    document.body.append(probe);
    await emulateForcedColors('active');
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.be.true;
      const buttonText = getComputedStyle(probe).color;
      expect(buttonText).to.not.equal('rgb(200, 0, 0)');
      const button = pauseButton(el);
      const icon = () => getComputedStyle(button.querySelector('.icon')!);
      // The pause bars are borders; the play triangle a background, which forced colours would drop.
      expect([icon().forcedColorAdjust, icon().borderInlineStartColor, icon().borderInlineEndColor, icon().borderInlineStartStyle]).to.deep.equal(['none', buttonText, buttonText, 'solid']);
      button.click();
      await el.updateComplete;
      expect([icon().forcedColorAdjust, icon().backgroundColor, icon().clipPath.startsWith('polygon')]).to.deep.equal(['none', buttonText, true]);
    } finally {
      await emulateForcedColors('none');
      probe.remove();
    }
  });

  it('toggles with Enter and Space on a named button that pauses the animation', async () => {
    const { el, before } = await marquee();
    before.focus();
    await sendKeys({ press: 'Tab' });
    const button = pauseButton(el);
    expect(shadow(el).activeElement).to.equal(button);
    const state = () => [button.textContent!.trim(), getComputedStyle(track(el)).animationPlayState];
    expect(state()).to.deep.equal(['Зупинити стрічку', 'running']);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(state()).to.deep.equal(['Запустити стрічку', 'paused']);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(state()).to.deep.equal(['Зупинити стрічку', 'running']);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await expectAccessible(el);
  });

  it('pauses under the pointer, and a click on a headline does not stop it', async () => {
    const { el } = await marquee();
    const box = shadow(el).querySelector('[part=marquee]')!.getBoundingClientRect();
    const stay = (event: Event) => event.preventDefault();
    document.addEventListener('click', stay);
    try {
      await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      expect(getComputedStyle(track(el)).animationPlayState).to.equal('paused');
      // A headline in sight of the paused strip.
      const seen = [...shadow(el).querySelectorAll('.track a')]
        .map((link) => link.getBoundingClientRect())
        .find((rect) => rect.right > box.left + 40 && rect.left < box.right - 40)!;
      const x = (Math.max(seen.left, box.left + 20) + Math.min(seen.right, box.right - 20)) / 2;
      const clicked = oneEvent(el, 'strichka-item-click');
      await sendMouse({ type: 'click', position: [Math.round(x), Math.round(seen.top + seen.height / 2)] });
      await clicked;
      expect(shadow(el).activeElement!.tagName).to.equal('A');
      expect(getComputedStyle(track(el)).animationName, 'a click leaves the strip in place').to.equal('strichka-marquee');
      // A focus that is not the keyboard's (a script's, a screen reader's) may scroll the clipped strip.
      shadow(el).querySelector('[part=marquee]')!.scrollLeft = 300;
      expect(shadow(el).querySelector('[part=marquee]')!.scrollLeft).to.be.above(0);
    } finally {
      document.removeEventListener('click', stay);
      // The pointer leaves the strip (puppeteer's reset over BiDi lets the buttons go, but leaves the pointer where it is).
      await sendMouse({ type: 'move', position: [0, 0] });
      await resetMouse();
    }
    expect(getComputedStyle(track(el)).animationPlayState).to.equal('paused');
    (shadow(el).activeElement as HTMLElement).blur();
    expect(getComputedStyle(track(el)).animationPlayState).to.equal('running');
    expect(shadow(el).querySelector('[part=marquee]')!.scrollLeft, 'the strip moves again from its start').to.equal(0);
  });

  itWithMediaEmulation('is a still, wrapping list under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const { el } = await marquee();
      expect(getComputedStyle(track(el)).animationName).to.equal('none');
      expect(getComputedStyle(pauseButton(el)).display).to.equal('none');
      expect(getComputedStyle(shadow(el).querySelector('ol[aria-hidden]')!).display).to.equal('none');
      const tops = new Set([...shadow(el).querySelectorAll<HTMLElement>('.copy li')].map((row) => row.offsetTop));
      expect(tops.size).to.be.above(1);
      const viewport = shadow(el).querySelector<HTMLElement>('[part=marquee]')!;
      expect(viewport.scrollWidth).to.be.at.most(viewport.clientWidth);
      await expectAccessible(el);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('moves the other way right to left', async () => {
    const { el } = await marquee('rtl');
    expect(getComputedStyle(track(el)).animationName).to.equal('strichka-marquee');
    quarterWay(el);
    expect(translateX(el)).to.be.closeTo(track(el).offsetWidth / 8, 1);
    const viewport = shadow(el).querySelector<HTMLElement>('[part=marquee]')!.getBoundingClientRect();
    const firstRow = shadow(el).querySelector('.copy li')!.getBoundingClientRect();
    // The first headline starts at the right edge of the strip.
    expect(firstRow.right).to.be.closeTo(viewport.right + translateX(el), 2);
  });
});
