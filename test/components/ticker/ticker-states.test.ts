import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/ticker.js';
import type { StrichkaTicker } from '../../../src/ticker.js';
import { feedUrl, heldFeed, rows, rowsShown, shadow } from './ticker-test-feed.js';
import { expectAccessible } from '../../axe.js';
import { emulateMedia } from '../../commands.js';
import { itWithMediaEmulation } from '../../engine.js';

const fallbackText = (el: StrichkaTicker) => el.querySelector('p')!;
// A light-DOM child is rendered only while a slot takes it in.
const isVisible = (node: Element) => node.getClientRects().length > 0;

describe('<strichka-ticker> states', () => {
  beforeEach(() => localStorage.clear());

  it('reserves the final space with skeleton rows while loading', async () => {
    const feed = heldFeed('news-uk');
    const el = await fixture<StrichkaTicker>(html`<strichka-ticker style="width: 320px" limit="4" src=${feed.url}></strichka-ticker>`);
    const skeleton = shadow(el).querySelector('[part=skeleton]')!;
    expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
    expect(skeleton.children).to.have.length(4);
    const busy = skeleton.parentElement!;
    expect(busy.getAttribute('aria-busy')).to.equal('true');
    expect(busy.querySelector('.visually-hidden')!.textContent).to.equal('Loading news…');
    expect(shadow(el).querySelector('[part=heading]')!.textContent).to.equal('Recent news');
    const loadingHeight = el.offsetHeight;
    await expectAccessible(el);
    await feed.release();
    await rowsShown(el);
    expect(rows(el)).to.have.length(4);
    expect(shadow(el).querySelector('[part=skeleton]')).to.equal(null);
    // Skeleton rows take as many lines as a headline usually does at the column's width.
    expect(Math.abs(el.offsetHeight - loadingHeight)).to.be.below(loadingHeight * 0.15);
  });

  it('keeps the height of a marquee from skeleton to data', async () => {
    const feed = heldFeed('news-uk');
    const el = await fixture<StrichkaTicker>(html`<strichka-ticker mode="marquee" src=${feed.url}></strichka-ticker>`);
    expect(shadow(el).querySelector('[part=skeleton]')!.children).to.have.length(1);
    const loadingHeight = el.offsetHeight;
    await feed.release();
    await rowsShown(el);
    expect(el.offsetHeight).to.equal(loadingHeight);
  });

  it('shows the light-DOM fallback before data, not after', async () => {
    const feed = heldFeed('news-uk');
    const loaded = oneEvent(document, 'strichka-load');
    const el = await fixture<StrichkaTicker>(
      html`<strichka-ticker src=${feed.url}><p><a href="https://www.example.com/news/">News</a></p></strichka-ticker>`,
    );
    expect(isVisible(fallbackText(el))).to.equal(true);
    expect(shadow(el).querySelector('[part=skeleton]')).to.equal(null);
    await expectAccessible(el);
    await feed.release();
    const event = await loaded;
    expect(event.target).to.equal(el);
    expect(event.detail.stale).to.equal(false);
    expect(event.detail.feed.items).to.have.length(10);
    await rowsShown(el);
    expect(isVisible(fallbackText(el))).to.equal(false);
  });

  it('shows the fallback again on an error with nothing cached, and fires strichka-error', async () => {
    // Listening before the element exists: the error may come before fixture() returns.
    const failing = oneEvent(document, 'strichka-error');
    const el = await fixture<StrichkaTicker>(html`<strichka-ticker src=${feedUrl('error')}><p>Our news</p></strichka-ticker>`);
    const failed = await failing;
    expect(failed.target).to.equal(el);
    expect(failed.detail.error.code).to.equal('http');
    expect(failed.detail.stale).to.equal(false);
    await el.updateComplete;
    expect(isVisible(fallbackText(el))).to.equal(true);
    expect(rows(el)).to.have.length(0);
    await expectAccessible(el);
  });

  it('says so when it fails with no fallback and nothing cached', async () => {
    const feed = heldFeed('error');
    const failed = oneEvent(document, 'strichka-error');
    const el = await fixture<StrichkaTicker>(html`<strichka-ticker lang="ru" src=${feed.url}><h3 slot="heading">Лента</h3></strichka-ticker>`);
    // A slotted heading is no fallback: the skeleton shows while loading.
    expect(shadow(el).querySelector('[part=skeleton]')).to.exist;
    await feed.release();
    expect((await failed).target).to.equal(el);
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=note]')!.textContent).to.equal('Не удалось загрузить новости');
    expect(shadow(el).querySelector('[part=skeleton]')).to.equal(null);
    await expectAccessible(el);
  });

  it('keeps the last good copy with an "as of" note when the feed fails', async () => {
    const before = new Date().toISOString();
    const el = await fixture<StrichkaTicker>(html`<strichka-ticker time-zone="Europe/Kyiv" src=${feedUrl('v1,error')}></strichka-ticker>`);
    await rowsShown(el);
    const after = new Date().toISOString();
    expect(shadow(el).querySelector('[part=note]')).to.equal(null);
    const failed = oneEvent(el, 'strichka-error');
    await el.reload();
    expect((await failed).detail.stale).to.equal(true);
    await el.updateComplete;
    expect(rows(el)).to.have.length(3);
    // The copy is from a moment ago: today, so the clock time (in Kyiv, by the platform's Intl) of that fetch.
    const kyivClock = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Kyiv' });
    const note = shadow(el).querySelector('[part=note]')!.textContent!;
    expect(note).to.match(/^as of \d{1,2}:\d{2} [AP]M$/);
    expect([before, after].map((time) => `as of ${kyivClock.format(new Date(time))}`)).to.include(note);
    await expectAccessible(el);
  });

  it('follows the dark theme when forced', async () => {
    const el = await fixture<StrichkaTicker>(html`<strichka-ticker more-href="/news/" src=${feedUrl('news-uk')}></strichka-ticker>`);
    await rowsShown(el);
    const light = getComputedStyle(el).backgroundColor;
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).to.not.equal(light);
    await expectAccessible(el);
  });

  itWithMediaEmulation("follows the reader's dark theme", async () => {
    const el = await fixture<StrichkaTicker>(html`<strichka-ticker more-href="/news/" src=${feedUrl('news-uk')}></strichka-ticker>`);
    await rowsShown(el);
    const light = getComputedStyle(el).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    try {
      await el.updateComplete;
      expect(getComputedStyle(el).backgroundColor).to.not.equal(light);
      await expectAccessible(el);
      const marquee = await fixture<StrichkaTicker>(html`<strichka-ticker mode="marquee" src=${feedUrl('news-uk')}></strichka-ticker>`);
      await rowsShown(marquee);
      await expectAccessible(marquee);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
