import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '../../commands.js';
import '../../../src/ticker.js';
import type { StrichkaTicker } from '../../../src/ticker.js';
import { announced, feedUrl, headlines, rows, rowsShown, shadow } from './ticker-test-feed.js';
import { expectAccessible } from '../../axe.js';
import { itWithMediaEmulation } from '../../engine.js';

const V1 = ['Crimea schools renamed en masse', 'Presidential debate in Poland', 'Prisoner exchange: 307 more defenders home'];
const V2 = ['Ceasefire memorandum in the coming days', 'Kyiv police down a drone', ...V1];

// The ticker itself is the fixture (a plain wrapper would make fixture() wait for a frame, which a
// page in the background never gets), next to a button to move focus to.
async function tickerV1(lang = 'en'): Promise<StrichkaTicker> {
  const el = await fixture<StrichkaTicker>(html`<strichka-ticker lang=${lang} src=${feedUrl('v1,v2')}></strichka-ticker>`);
  el.before(Object.assign(document.createElement('button'), { textContent: 'outside' }));
  await rowsShown(el);
  return el;
}

/**
 * Tabs from the button before the ticker to its first link. By keyboard, not `focus()`: a page in
 * the background (a newer test page took the focus) gets no focus events from `focus()`, while a
 * key press brings focus back to it.
 */
async function tabToFirstLink(el: StrichkaTicker): Promise<HTMLAnchorElement> {
  (el.previousElementSibling as HTMLButtonElement).focus();
  await sendKeys({ press: 'Tab' });
  const firstLink = shadow(el).querySelector<HTMLAnchorElement>('a[part=link]')!;
  expect(shadow(el).activeElement).to.equal(firstLink);
  return firstLink;
}

/** Resolves once `el` is reported in view (`true`) or out of it, by an observer made after the ticker's own. */
function untilInView(el: Element, inView: boolean): Promise<void> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(([entry]) => {
      if (entry!.isIntersecting != inView) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(el);
  });
}

/** Moves the ticker below the window, where new rows come in at once. */
async function scrollOut(el: StrichkaTicker): Promise<void> {
  el.style.marginBlockStart = '200vh';
  await untilInView(el, false);
}

const newRows = (el: StrichkaTicker) => rows(el).filter((row) => row.matches('[part~=new]'));
const newButton = (el: StrichkaTicker) => shadow(el).querySelector<HTMLButtonElement>('button[part=new-button]');

describe('<strichka-ticker> refresh', () => {
  beforeEach(() => localStorage.clear());

  it('does not announce the first rows', async () => {
    const el = await tickerV1();
    expect(headlines(el)).to.deep.equal(V1);
    expect(newRows(el)).to.have.length(0);
    expect(announced(el)).to.equal('');
  });

  for (const [lang, message] of [
    ['en', '2 new stories'],
    ['uk', '2 нові новини'],
    ['ru', '2 новые новости'],
  ] as const) {
    it(`puts two new items on top, highlighted, out of view, and announces them once (${lang})`, async () => {
      const el = await tickerV1(lang);
      await scrollOut(el);
      await el.reload();
      await el.updateComplete;
      expect(headlines(el)).to.deep.equal(V2);
      expect(newRows(el).map((row) => row.querySelector('a')!.textContent)).to.deep.equal(V2.slice(0, 2));
      expect(shadow(el).querySelectorAll('[role=status]')).to.have.length(1);
      expect(announced(el)).to.equal(message);
      await expectAccessible(el);
    });
  }

  it('keeps the rows still while in view, with a "2 new" button over the heading that moves nothing', async () => {
    const el = await tickerV1();
    await untilInView(el, true);
    const before = rows(el).map((row) => row.getBoundingClientRect().top);
    const height = el.getBoundingClientRect().height;
    await el.reload();
    await el.updateComplete;
    expect(headlines(el)).to.deep.equal(V1);
    expect(announced(el)).to.equal('2 new stories');
    const button = newButton(el)!;
    expect(button.textContent!.trim()).to.equal('2 new');
    expect(rows(el).map((row) => row.getBoundingClientRect().top)).to.deep.equal(before);
    expect(el.getBoundingClientRect().height).to.equal(height);
    const target = button.getBoundingClientRect();
    expect(target.height, 'a 24px target').to.be.at.least(24);
    await expectAccessible(el);
    button.click();
    await waitUntil(() => headlines(el)[0] == V2[0], 'the new rows were not shown');
    expect(newRows(el)).to.have.length(2);
    expect(el.getBoundingClientRect().height).to.equal(height);
  });

  it('brings in the waiting rows when the ticker leaves the view', async () => {
    const el = await tickerV1();
    await untilInView(el, true);
    await el.reload();
    await el.updateComplete;
    expect(headlines(el)).to.deep.equal(V1);
    await scrollOut(el);
    await waitUntil(() => headlines(el)[0] == V2[0], 'the waiting rows did not come in out of view');
    expect(headlines(el)).to.deep.equal(V2);
    expect(newRows(el)).to.have.length(2);
    expect(newButton(el)).to.equal(null);
  });

  it('keeps the rows still while focus is within, with a "2 new" button that shows them', async () => {
    const el = await tickerV1();
    const firstLink = await tabToFirstLink(el);
    await el.reload();
    await el.updateComplete;
    expect(headlines(el)).to.deep.equal(V1);
    expect(shadow(el).activeElement).to.equal(firstLink);
    expect(announced(el)).to.equal('2 new stories');
    const button = newButton(el)!;
    expect(button.textContent!.trim()).to.equal('2 new');
    await expectAccessible(el);

    // Shift+Tab from the first link reaches the button, which sits above the list.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(shadow(el).activeElement).to.equal(button);
    expect(headlines(el)).to.deep.equal(V1);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => headlines(el)[0] == V2[0], 'the new rows were not shown');
    expect(headlines(el)).to.deep.equal(V2);
    expect(newRows(el)).to.have.length(2);
    expect(newButton(el)).to.equal(null);
    // The button is gone: focus goes to the first new headline.
    expect(shadow(el).activeElement!.textContent).to.equal(V2[0]);
    expect(announced(el)).to.equal('2 new stories');
  });

  it('shows the waiting rows when focus leaves the list out of view', async () => {
    const el = await tickerV1('uk');
    await tabToFirstLink(el);
    await el.reload();
    await el.updateComplete;
    expect(headlines(el)).to.deep.equal(V1);
    expect(newButton(el)!.textContent!.trim()).to.equal('2 нові');
    await scrollOut(el);
    expect(headlines(el)).to.deep.equal(V1);
    (el.previousElementSibling as HTMLButtonElement).focus();
    await waitUntil(() => headlines(el)[0] == V2[0], 'the waiting rows did not come in when focus left');
    expect(headlines(el)).to.deep.equal(V2);
    expect(newRows(el)).to.have.length(2);
    expect(newButton(el)).to.equal(null);
  });

  itWithMediaEmulation('fades the highlight out, and not at all under reduced motion', async () => {
    const el = await tickerV1();
    await scrollOut(el);
    await el.reload();
    await el.updateComplete;
    const row = newRows(el)[0]!;
    const animation = getComputedStyle(row);
    expect(animation.animationName).to.match(/^strichka-fade/);
    expect(animation.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(row).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
