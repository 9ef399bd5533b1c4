import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../../../src/ticker.js';
import type { StrichkaTicker } from '../../../src/ticker.js';
import { feedUrl, headlines, rows, rowsShown, shadow } from './ticker-test-feed.js';
import { expectAccessible } from '../../axe.js';

async function ticker(template: ReturnType<typeof html>): Promise<StrichkaTicker> {
  const el = await fixture<StrichkaTicker>(template);
  await rowsShown(el);
  return el;
}

describe('<strichka-ticker> list', () => {
  beforeEach(() => localStorage.clear());

  it('shows the demo feed as a list of times and headlines, with dates for days before today', async () => {
    const el = await ticker(html`<strichka-ticker lang="uk" time-zone="Europe/Kyiv" src=${feedUrl('news-uk')}></strichka-ticker>`);
    const list = shadow(el).querySelector('ol[part~=list]')!;
    expect(list).to.exist;
    expect(rows(el)).to.have.length(10);
    expect(rows(el).every((row) => row.parentElement == list && row.getAttribute('part') == 'item')).to.equal(true);
    const first = rows(el)[0]!;
    const time = first.querySelector('time[part=time]')!;
    expect(time.getAttribute('datetime')).to.equal('2025-05-24T13:12:00.000Z');
    // The feed is from 2025: not today, so the short date in Kyiv time.
    expect(time.textContent).to.match(/^24 трав\.?$/);
    const link = first.querySelector<HTMLAnchorElement>('a[part=link]')!;
    expect(link.textContent).to.equal('У Криму масово перейменовують школи на честь російських військових, які воюють в Україні');
    expect(link.href).to.equal('https://www.example.com/news/2025/05/24/crimea-schools-renamed/');
    expect(link.hasAttribute('target')).to.equal(false);
    expect(link.hasAttribute('rel')).to.equal(false);
    expect(headlines(el).at(-1)).to.equal('Російська атака на Одесу 23 травня забрала три життя');
    const heading = shadow(el).querySelector('[part=heading]')!;
    expect(heading.textContent).to.equal('Останні новини');
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(shadow(el).querySelector('[part=more]')).to.equal(null);
    await expectAccessible(el);
  });

  it('marks the updated item, before its headline', async () => {
    const el = await ticker(html`<strichka-ticker lang="uk" src=${feedUrl('news-uk')}></strichka-ticker>`);
    const marked = rows(el).filter((row) => row.querySelector('[part=updated]'));
    expect(marked).to.have.length(1);
    const marker = marked[0]!.querySelector('[part=updated]')!;
    expect(marker.textContent).to.equal('оновлено');
    expect(marker.nextElementSibling!.textContent).to.match(/^З російського полону повернули ще 307/);
    expect(getComputedStyle(marker).color).to.not.equal(getComputedStyle(marker.nextElementSibling!).color);
  });

  it('follows limit, tag (any case) and more-href', async () => {
    const el = await ticker(
      html`<strichka-ticker lang="uk" limit="3" more-href="https://www.example.com/news/" src=${feedUrl('news-uk')}></strichka-ticker>`,
    );
    expect(rows(el)).to.have.length(3);
    const more = shadow(el).querySelector<HTMLAnchorElement>('a[part=more]')!;
    expect(more.href).to.equal('https://www.example.com/news/');
    expect(more.textContent).to.equal('Усі новини');
    el.tag = 'київ';
    el.limit = 10;
    await el.updateComplete;
    expect(headlines(el)).to.deep.equal([
      'Київські поліцейські збили російський дрон під час нічної атаки – відео',
      'Внаслідок нічної атаки Росії в Києві пошкоджено ТРЦ Блокбастер – фото',
      'Російська атака на Київ підриває мирні зусилля, – глава МЗС України',
    ]);
  });

  it('adds partner parameters and rel="noopener" to item links; an item without a link is text', async () => {
    const el = await ticker(
      html`<strichka-ticker target="_blank" utm-source="partner" utm-campaign="spring" src=${feedUrl('partner')}></strichka-ticker>`,
    );
    expect(headlines(el)).to.deep.equal(['Tracked link', 'Text only', 'Older', 'Undated']);
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[part=link]')];
    expect(links).to.have.length(3);
    for (const link of links) {
      const url = new URL(link.href);
      expect(url.searchParams.getAll('utm_source')).to.deep.equal(['partner']);
      expect(url.searchParams.get('utm_campaign')).to.equal('spring');
      expect(url.searchParams.has('utm_medium')).to.equal(false);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
    }
    expect(new URL(links[0]!.href).searchParams.get('x')).to.equal('1');
    const textOnly = rows(el)[1]!;
    expect(textOnly.querySelector('a')).to.equal(null);
    expect(textOnly.querySelector('[part=title]')!.textContent).to.equal('Text only');
    expect(rows(el)[3]!.querySelector('time')).to.equal(null);
    await expectAccessible(el);
  });

  it('takes a heading text, level and slot', async () => {
    const el = await ticker(html`<strichka-ticker heading="Latest" heading-level="3" src=${feedUrl('partner')}></strichka-ticker>`);
    const heading = shadow(el).querySelector('[part=heading]')!;
    expect(heading.textContent).to.equal('Latest');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    el.headingLevel = 9;
    await el.updateComplete;
    expect(heading.getAttribute('aria-level')).to.equal('6');

    const slotted = await ticker(html`<strichka-ticker src=${feedUrl('partner')}><h4 slot="heading">Partner news</h4></strichka-ticker>`);
    const slot = shadow(slotted).querySelector<HTMLSlotElement>('slot[name=heading]')!;
    expect(slot.assignedElements().map((each) => each.textContent)).to.deep.equal(['Partner news']);
    await expectAccessible(slotted);
  });

  it('gives each headline dir=auto, and the language of the feed where it is not that of the element (times and markers keep it)', async () => {
    const english = await ticker(html`<strichka-ticker lang="en" src=${feedUrl('news-uk')}></strichka-ticker>`);
    const attributes = (el: StrichkaTicker) => [...shadow(el).querySelectorAll('[part=link]')].map((link) => `${link.getAttribute('dir')} ${link.getAttribute('lang')}`);
    expect(attributes(english)).to.deep.equal(Array(10).fill('auto uk'));
    expect(shadow(english).querySelectorAll('[lang]')).to.have.length(10);
    await expectAccessible(english);
    // One ticker at a time: one below the other, the last would be too far down the page to start.
    fixtureCleanup();
    const ukrainian = await ticker(html`<strichka-ticker lang="uk-UA" src=${feedUrl('news-uk')}></strichka-ticker>`);
    expect(attributes(ukrainian)).to.deep.equal(Array(10).fill('auto null'));
    fixtureCleanup();
    // A feed that names no language says nothing about its headlines.
    const partner = await ticker(html`<strichka-ticker lang="uk" src=${feedUrl('partner')}></strichka-ticker>`);
    expect(shadow(partner).querySelectorAll('[lang]')).to.have.length(0);
    expect(shadow(partner).querySelectorAll('[dir=auto]')).to.have.length(4);
    fixtureCleanup();
    // Nor does one that names a language no one speaks (`ua`, the country): an invalid lang is worse than none.
    const country = await ticker(html`<strichka-ticker lang="en" src=${feedUrl('test/components/ticker/fixtures/country-as-language.xml')}></strichka-ticker>`);
    expect(shadow(country).querySelectorAll('[part=link]')).to.have.length(1);
    expect(shadow(country).querySelectorAll('[lang]')).to.have.length(0);
    await expectAccessible(country);
    fixtureCleanup();
    const marquee = await ticker(html`<strichka-ticker mode="marquee" lang="en" src=${feedUrl('news-uk')}></strichka-ticker>`);
    expect(shadow(marquee).querySelectorAll('.track a[lang=uk][dir=auto]')).to.have.length(20);
  });

  it('marks no row "updated" on a feed where every item is (a YouTube channel: its dates follow view counts)', async () => {
    const el = await ticker(html`<strichka-ticker lang="en" src=${feedUrl('test/components/ticker/fixtures/youtube-channel.xml')}></strichka-ticker>`);
    expect(headlines(el)).to.have.length(4);
    expect(shadow(el).querySelectorAll('[part~=updated]')).to.have.length(0);
  });

  it('keeps an English headline that ends in a quote in its order on a right-to-left page', async () => {
    const page = Object.assign(document.createElement('div'), { dir: 'rtl', lang: 'ar' });
    const el = await fixture<StrichkaTicker>(html`<strichka-ticker src=${feedUrl('english')}></strichka-ticker>`, { parentNode: page });
    await rowsShown(el);
    expect(getComputedStyle(rows(el)[0]!).direction).to.equal('rtl');
    const titles = [...shadow(el).querySelectorAll<HTMLElement>('[part=link], [part=title]')];
    expect(titles.map((title) => title.textContent)).to.deep.equal(['Minister calls the talks "productive"', 'Text only: "no link"']);
    for (const title of titles) {
      expect([title.getAttribute('lang'), getComputedStyle(title).direction]).to.deep.equal(['en', 'ltr']);
      // Drawn left to right: the closing quote at the right end, after the first letter.
      const text = [...title.childNodes].find((node): node is Text => node instanceof Text && !!node.data)!;
      const range = document.createRange();
      const x = (at: number) => {
        range.setStart(text, at);
        range.setEnd(text, at + 1);
        return range.getBoundingClientRect().left;
      };
      expect(x(text.length - 1)).to.be.above(x(0));
    }
    await expectAccessible(el);
  });

  it('fires a cancelable strichka-item-click with the item', async () => {
    const el = await ticker(html`<strichka-ticker src=${feedUrl('partner')}></strichka-ticker>`);
    const link = shadow(el).querySelector<HTMLAnchorElement>('a[part=link]')!;
    const seen: boolean[] = [];
    // Runs after the ticker's own listener; stops the navigation that would end the test page.
    const last = (event: Event) => {
      seen.push(event.defaultPrevented);
      event.preventDefault();
    };
    document.addEventListener('click', last);
    try {
      const passed = oneEvent(el, 'strichka-item-click');
      link.click();
      const event = await passed;
      expect(event.detail.item.id).to.equal('tracked');
      expect(event.cancelable).to.equal(true);
      el.addEventListener('strichka-item-click', (each) => each.preventDefault(), { once: true });
      link.click();
      expect(seen).to.deep.equal([false, true]);
    } finally {
      document.removeEventListener('click', last);
    }
  });
});
