import { aTimeout, expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '../../commands.js';
import { clearSupportRecords, newPageLoad, part, renderBanner, renderBanners, restoreClock } from './support-test-page.js';
import { blockStorage } from '../../storage-fixtures.js';
import { expectAccessible, targetSizes } from '../../axe.js';
import type { StrichkaSupportBanner } from '../../../src/support-banner.js';
import { itWithMediaEmulation } from '../../engine.js';

const HREF = 'https://www.patreon.com/ukrainskapravda';

describe('support banner: content', () => {
  beforeEach(() => {
    clearSupportRecords();
    newPageLoad();
  });
  afterEach(restoreClock);

  it('shows localised defaults and a call to action with utm parameters', async () => {
    const banner = await renderBanner(html`<strichka-support-banner lang="uk" href=${HREF} utm-source="site" utm-medium="banner" utm-campaign="spring" target="_blank"></strichka-support-banner>`);
    expect(banner.state).to.equal('shown');
    expect(part(banner, 'heading')!.textContent!.trim()).to.equal('Підтримати нас');
    expect(part(banner, 'message')!.textContent).to.contain('Незалежна журналістика');
    const action = part<HTMLAnchorElement>(banner, 'action')!;
    expect(action.href).to.equal(`${HREF}?utm_source=site&utm_medium=banner&utm_campaign=spring`);
    expect(action.rel).to.equal('noopener');
    expect(part(banner, 'close')!.getAttribute('aria-label')).to.equal('Закрити');
    expect(banner.campaign).to.equal('spring');
  });

  it('takes heading, message and action from slots', async () => {
    const banner = await renderBanner(html`<strichka-support-banner href=${HREF}>
      <span slot="heading">Keep us free</span><span slot="message">Readers fund our work.</span><span slot="action">Become a patron</span>
    </strichka-support-banner>`);
    const assigned = (name: string) => banner.shadowRoot!.querySelector<HTMLSlotElement>(`slot[name=${name}]`)!.assignedNodes()[0]!.textContent;
    expect([assigned('heading'), assigned('message'), assigned('action')]).to.deep.equal(['Keep us free', 'Readers fund our work.', 'Become a patron']);
    expect(part(banner, 'banner')!.getAttribute('aria-labelledby')).to.equal('heading');
  });

  it('keeps the English fallback message whole on a right-to-left page: its full stop at its end', async () => {
    const banner = await renderBanner(html`<div lang="ar" dir="rtl"><strichka-support-banner href=${HREF}></strichka-support-banner></div>`);
    const message = part(banner, 'message')!;
    const walker = document.createTreeWalker(message, NodeFilter.SHOW_TEXT);
    let text: Node | null;
    while ((text = walker.nextNode()) && !text.textContent!.endsWith('support it.'));
    const box = (offset: number) => {
      const range = document.createRange();
      range.setStart(text!, offset);
      range.setEnd(text!, offset + 1);
      return range.getBoundingClientRect();
    };
    const end = text!.textContent!.length - 1;
    // Left to right within its line: the full stop follows the "t" of "it", not the line's far left.
    expect(box(end).left).to.be.greaterThan(box(end - 1).left);
    expect(part(banner, 'banner')!.matches(':dir(rtl)')).to.be.true;
  });

  it('leaves out a call to action whose href is not http(s)', async () => {
    const banner = await renderBanner(html`<strichka-support-banner href="javascript:alert(1)"></strichka-support-banner>`);
    expect(banner.state).to.equal('shown');
    expect(part(banner, 'action')).to.be.null;
  });

  it('shows a goal bar with accessible text formatted in the page language', async () => {
    const banner = await renderBanner(html`<strichka-support-banner lang="en" goal="50000" raised="12000" currency="UAH" href=${HREF}></strichka-support-banner>`);
    const progress = part<HTMLProgressElement>(banner, 'progress')!;
    const text = new Intl.NumberFormat('en', { style: 'currency', currency: 'UAH', minimumFractionDigits: 0, maximumFractionDigits: 0 });
    const label = `${text.format(12000)} raised of ${text.format(50000)}`;
    expect(progress.max).to.equal(50000);
    expect(progress.value).to.equal(12000);
    expect(progress.getAttribute('aria-valuetext')).to.equal(label);
    expect(part(banner, 'goal-text')!.textContent).to.equal(label);
    await expectAccessible(banner);
  });

  it('is accessible when shown inline, and in the dark theme', async () => {
    const [light, dark] = await renderBanners(html`<strichka-support-banner id="light" href=${HREF}></strichka-support-banner
      ><strichka-support-banner id="dark" theme="dark" href=${HREF} priority="1"></strichka-support-banner>`);
    expect(dark!.state).to.equal('shown');
    await expectAccessible(dark);
    dark!.remove();
    await light!.updateComplete;
    expect(light!.state).to.equal('shown');
    await expectAccessible(light);
  });

  it('takes no space when it does not show, and its full space from the first render when it does', async () => {
    localStorage.setItem('strichka:support:gone', JSON.stringify({ views: 0, shown: [], dismissed: Date.now() }));
    const [gone, shown] = await renderBanners(html`<strichka-support-banner id="gone"></strichka-support-banner><strichka-support-banner priority="-1"></strichka-support-banner>`);
    expect(gone!.getBoundingClientRect().height).to.equal(0);
    expect(shown!.getAttribute('state')).to.equal('shown');
    expect(shown!.getBoundingClientRect().height).to.be.greaterThan(50);
  });
});

describe('support banner: decided before its first render', () => {
  beforeEach(() => {
    clearSupportRecords();
    newPageLoad();
  });
  afterEach(restoreClock);

  it('decides in a task after it connects and before its first render, which already has its final size', async () => {
    const banner = document.createElement('strichka-support-banner');
    document.body.append(banner);
    try {
      // Not in the connecting task: the page's first read of localStorage is slow on a phone.
      expect(banner.state).to.equal('hidden');
      // The attribute that shows the host comes with the content, in the first render: a host shown
      // empty first would grow (and move) when its render comes in a later task.
      expect(banner.hasAttribute('state')).to.equal(false);
      await banner.updateComplete;
      expect(banner.getAttribute('state')).to.equal('shown');
      const first = banner.getBoundingClientRect().height;
      expect(first).to.be.greaterThan(50);
      await aTimeout(50);
      expect(banner.getBoundingClientRect().height).to.equal(first);
    } finally {
      banner.remove();
    }
  });
});

describe('support banner: one at a time', () => {
  beforeEach(() => {
    clearSupportRecords();
    newPageLoad();
  });
  afterEach(restoreClock);

  it('shows only the banner with the highest priority, the next one when it is closed', async () => {
    const [low, high] = await renderBanners(html`<strichka-support-banner id="low" after-dismiss="link"></strichka-support-banner><strichka-support-banner id="high" priority="5"></strichka-support-banner>`);
    expect([low!.state, high!.state]).to.deep.equal(['hidden', 'shown']);
    part(high!, 'close')!.click();
    await low!.updateComplete;
    expect([low!.state, high!.state]).to.deep.equal(['shown', 'hidden']);
  });

  it('on a tie, shows the first in document order; a disconnect lets the next show', async () => {
    const [first, second] = await renderBanners(html`<strichka-support-banner id="one"></strichka-support-banner><strichka-support-banner id="two"></strichka-support-banner>`);
    expect([first!.state, second!.state]).to.deep.equal(['shown', 'hidden']);
    first!.remove();
    await second!.updateComplete;
    expect(second!.state).to.equal('shown');
  });
});

describe('support banner: bottom bar', () => {
  beforeEach(() => {
    clearSupportRecords();
    newPageLoad();
  });
  afterEach(async () => {
    restoreClock();
    await setViewport({ width: 800, height: 600 });
  });

  it('pads the body by its height while shown, and no more than a third of a small viewport', async () => {
    // Small by its height; as wide as MiniBrowser's window can be narrow (447 px at the least).
    await setViewport({ width: 480, height: 480 });
    const before = getComputedStyle(document.body).paddingBottom;
    const banner = await renderBanner(html`<strichka-support-banner placement="bottom" href=${HREF} goal="100" raised="40"
      ><span slot="message">${'A long appeal to readers. '.repeat(40)}</span></strichka-support-banner
    >`);
    expect(getComputedStyle(banner).position).to.equal('fixed');
    const height = banner.getBoundingClientRect().height;
    expect(height).to.be.greaterThan(0).and.at.most(480 / 3 + 1);
    expect(banner.scrollHeight).to.be.greaterThan(banner.clientHeight);
    // Layout rounds lengths to 1/64 px.
    await waitUntil(() => Math.abs(parseFloat(getComputedStyle(document.body).paddingBottom) - (parseFloat(before) + height)) < 0.1);
    await expectAccessible(banner);
    part(banner, 'close')!.click();
    expect(getComputedStyle(banner).display, 'hidden at once').to.equal('none');
    // The page's relayout for its padding waits for the paint after the click.
    await waitUntil(() => getComputedStyle(document.body).paddingBottom == before, 'the padding stayed');
  });

  it('gives the padding back when disconnected', async () => {
    const before = document.body.style.paddingBottom;
    const banner = await renderBanner(html`<strichka-support-banner placement="bottom" href=${HREF}></strichka-support-banner>`);
    await waitUntil(() => document.body.style.paddingBottom != before, 'the body was not padded');
    banner.remove();
    expect(document.body.style.paddingBottom).to.equal(before);
  });
});

/**
 * The DOM's layout reads made while `body` runs: each forces a synchronous style or layout
 * computation when the page has changed since the last one.
 */
async function layoutReads(body: () => Promise<unknown>): Promise<string[]> {
  const reads: string[] = [];
  const spied: [object, string][] = [
    [window, 'getComputedStyle'],
    [Element.prototype, 'getBoundingClientRect'],
    [Element.prototype, 'getClientRects'],
    [Element.prototype, 'clientHeight'],
    [Element.prototype, 'scrollHeight'],
    [HTMLElement.prototype, 'offsetHeight'],
    [HTMLElement.prototype, 'offsetWidth'],
  ];
  const saved = spied.map(([owner, name]) => Object.getOwnPropertyDescriptor(owner, name)!);
  spied.forEach(([owner, name], index) => {
    const { value, get } = saved[index]!;
    const original = (value ?? get) as (...args: unknown[]) => unknown;
    const spy = function (this: unknown, ...args: unknown[]) {
      reads.push(name);
      return original.apply(this, args);
    };
    Object.defineProperty(owner, name, value ? { ...saved[index], value: spy } : { ...saved[index], get: spy });
  });
  try {
    await body();
  } finally {
    spied.forEach(([owner, name], index) => Object.defineProperty(owner, name, saved[index]!));
  }
  return reads;
}

describe('support banner: the host page at start', () => {
  beforeEach(() => {
    clearSupportRecords();
    newPageLoad();
  });
  afterEach(restoreClock);

  it('reads no layout while it connects and first renders as a bottom bar, and moves nothing on the page', async () => {
    const page = fixtureSync(html`<div><p>The article</p></div>`);
    const article = page.querySelector('p')!.getBoundingClientRect();
    const { paddingTop } = getComputedStyle(document.body);
    const banner = document.createElement('strichka-support-banner');
    banner.setAttribute('placement', 'bottom');
    banner.setAttribute('href', HREF);
    try {
      const reads = await layoutReads(async () => {
        page.append(banner);
        await banner.updateComplete;
      });
      expect(banner.state).to.equal('shown');
      expect(reads).to.deep.equal([]);
      // Padded once laid out; at the bottom only, under a bar that is out of the flow.
      await waitUntil(() => parseFloat(document.body.style.paddingBottom) > 0, 'the body was not padded');
      expect(getComputedStyle(banner).position).to.equal('fixed');
      expect(getComputedStyle(document.body).paddingTop).to.equal(paddingTop);
      expect(page.querySelector('p')!.getBoundingClientRect().toJSON()).to.deep.equal(article.toJSON());
    } finally {
      banner.remove();
    }
  });
});

describe('support banner: motion', () => {
  beforeEach(() => {
    clearSupportRecords();
    newPageLoad();
  });
  afterEach(async () => {
    restoreClock();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('slides in when motion is allowed', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const banner = await renderBanner(html`<strichka-support-banner placement="bottom"></strichka-support-banner>`);
    expect(part(banner, 'banner')!.getAnimations().map((each) => (each as CSSAnimation).animationName)).to.deep.equal(['strichka-support-up']);
  });

  itWithMediaEmulation('does not move under prefers-reduced-motion: reduce', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const banner = await renderBanner(html`<strichka-support-banner placement="bottom"></strichka-support-banner>`);
    expect(part(banner, 'banner')!.getAnimations()).to.have.length(0);
  });
});

describe('support banner: no storage', () => {
  let unblock: () => void;
  beforeEach(() => {
    clearSupportRecords();
    newPageLoad();
    unblock = blockStorage();
  });
  afterEach(() => {
    unblock();
    restoreClock();
  });

  it('shows nothing, fires nothing and throws nothing when localStorage is blocked', async () => {
    let views = 0;
    const count = () => views++;
    document.addEventListener('strichka-support-view', count);
    try {
      const banner = await renderBanner(html`<strichka-support-banner href=${HREF}></strichka-support-banner>`);
      await aTimeout(50);
      expect(banner.state).to.equal('hidden');
      expect(banner.getBoundingClientRect().height).to.equal(0);
      expect(views).to.equal(0);
    } finally {
      document.removeEventListener('strichka-support-view', count);
    }
  });
});

describe('support banner: view event', () => {
  beforeEach(() => {
    clearSupportRecords();
    newPageLoad();
  });
  afterEach(restoreClock);

  it('fires strichka-support-view once when shown', async () => {
    const seen = oneEvent(document, 'strichka-support-view');
    const banner = await renderBanner(html`<strichka-support-banner id="seen"></strichka-support-banner>`);
    expect((await seen).detail).to.deep.equal({ campaign: 'seen' });
    expect(banner.state).to.equal('shown');
  });
});

describe('support banner: target size', () => {
  beforeEach(() => {
    clearSupportRecords();
    newPageLoad();
  });
  afterEach(restoreClock);

  /** The interactive elements of `banner` smaller than 24 × 24 px (WCAG 2.2 target size), after checking it has `count`. */
  const smallTargets = (banner: StrichkaSupportBanner, count: number) => {
    const sizes = targetSizes(banner);
    expect(sizes).to.have.length(count);
    return sizes.filter(({ width, height }) => width < 24 || height < 24);
  };

  for (const [size, style] of [
    ['the default font size', ''],
    ['a small font size', '--strichka-font-size: 0.75rem'],
  ]) {
    it(`gives the call to action, the close button and the link left after dismissal 24 × 24 px at least, at ${size}`, async () => {
      localStorage.setItem('strichka:support:closed', JSON.stringify({ views: 1, shown: [], dismissed: Date.now() }));
      const [inline, closed] = await renderBanners(html`<div style=${style}>
        <strichka-support-banner href=${HREF} goal="100" raised="40"></strichka-support-banner>
        <strichka-support-banner id="closed" href=${HREF} after-dismiss="link"></strichka-support-banner>
      </div>`);
      expect([inline!.state, closed!.state]).to.deep.equal(['shown', 'link']);
      expect(smallTargets(inline!, 2)).to.deep.equal([]);
      expect(smallTargets(closed!, 1)).to.deep.equal([]);
      // The link is 0.875 of the banner's font size, which follows --strichka-font-size.
      expect(getComputedStyle(closed!).fontSize).to.equal(style ? '10.5px' : '14px');
      inline!.remove();
      const [bar] = await renderBanners(html`<div style=${style}><strichka-support-banner placement="bottom" href=${HREF}></strichka-support-banner></div>`);
      expect(smallTargets(bar!, 2)).to.deep.equal([]);
    });
  }
});
