import { expect, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '../../commands.js';
import '../../../src/language-switcher.js';
import type { StrichkaLanguageSwitcher } from '../../../src/language-switcher.js';
import { wrapperFixture } from '../../wrapper-fixture.js';
import { addAlternates, holdNavigation, labels, parts } from './switcher-test-page.js';
import { blockStorage } from '../../storage-fixtures.js';
import { expectAccessible } from '../../axe.js';
import { itWithMediaEmulation } from '../../engine.js';

async function switcher(template: ReturnType<typeof html>): Promise<StrichkaLanguageSwitcher> {
  const page = await wrapperFixture(template);
  return page.querySelector('strichka-language-switcher')!;
}

describe('<strichka-language-switcher> navigate mode', () => {
  let removeAlternates = () => {};
  let navigation: ReturnType<typeof holdNavigation>;
  beforeEach(() => {
    localStorage.clear();
    // Only the uk and en versions of this page exist.
    removeAlternates = addAlternates({ uk: '/uk/news/article/', en: '/en/news/article/' });
    navigation = holdNavigation();
  });
  afterEach(() => {
    removeAlternates();
    navigation.release();
  });

  it('shows a language without a translation as unavailable, not a link (missing="disable")', async () => {
    const el = await switcher(html`<div lang="uk"><strichka-language-switcher languages="uk ru en"></strichka-language-switcher></div>`);
    expect(labels(el)).to.deep.equal(['Укр', 'Рус', 'Eng']);
    expect(parts(el, 'link').map((link) => link.lang)).to.deep.equal(['uk', 'en']);
    const [unavailable] = parts(el, 'unavailable');
    expect(unavailable!.localName).to.equal('span');
    expect(unavailable!.closest('a')).to.equal(null);
    // A plain span is not a control: the hidden note says it is unavailable, not aria-disabled.
    expect(unavailable!.hasAttribute('aria-disabled')).to.equal(false);
    expect(unavailable!.lang).to.equal('ru');
    expect(unavailable!.title).to.equal('Русский');
    // The hidden note is in the reader's interface language, not in Russian.
    const note = unavailable!.querySelector<HTMLElement>('.visually-hidden')!;
    expect(note.textContent).to.equal(', цієї сторінки немає цією мовою');
    expect(note.lang).to.equal('uk');
    expect(getComputedStyle(unavailable!).color).to.not.equal(getComputedStyle(parts(el, 'link')[1]!).color);
    // Not by colour alone (WCAG 1.4.1; muted and link colours are under 3:1 apart): struck through, unlike the links.
    expect(getComputedStyle(unavailable!).textDecorationLine).to.equal('line-through');
    expect(parts(el, 'link').map((link) => getComputedStyle(link).textDecorationLine)).not.to.include('line-through');
    await expectAccessible(el);
  });

  it('links a language without a translation to its home-<code> page (missing="home")', async () => {
    const el = await switcher(html`<div lang="en">
      <strichka-language-switcher languages="uk ru en de" missing="home" home-ru="/ru/" home-de="javascript:alert(1)"></strichka-language-switcher>
    </div>`);
    const links = parts(el, 'link') as HTMLAnchorElement[];
    expect(links.map((link) => link.lang)).to.deep.equal(['uk', 'ru', 'en']);
    expect(links[1]!.href).to.equal(new URL('/ru/', location.href).href);
    expect(links[1]!.hreflang).to.equal('ru');
    // Without a usable home page it stays unavailable.
    expect(parts(el, 'unavailable').map((span) => span.lang)).to.deep.equal(['de']);
    await expectAccessible(el);
    const change = oneEvent(el, 'strichka-language-change');
    links[1]!.click();
    expect((await change).detail).to.deep.equal({ language: 'ru', url: new URL('/ru/', location.href).href });
  });

  it('links the current language to this page when it has no alternate', async () => {
    const el = await switcher(html`<div lang="ru"><strichka-language-switcher languages="uk ru en"></strichka-language-switcher></div>`);
    const [current] = parts(el, 'current') as HTMLAnchorElement[];
    expect(current!.lang).to.equal('ru');
    expect(current!.getAttribute('aria-current')).to.equal('true');
    expect(current!.href).to.equal(document.URL);
    expect(parts(el, 'unavailable')).to.have.length(0);
  });

  it('fires no strichka-language-change for the current language', async () => {
    const el = await switcher(html`<div lang="uk"><strichka-language-switcher></strichka-language-switcher></div>`);
    const events: Event[] = [];
    el.addEventListener('strichka-language-change', (event) => events.push(event));
    parts(el, 'current')[0]!.click();
    expect(events).to.have.length(0);
    // The link still works: reloading this page is not cancelled.
    expect(navigation.cancelledBefore).to.deep.equal([false]);
    parts(el, 'link')[1]!.click();
    expect(events.map((event) => (event as CustomEvent).detail.language)).to.deep.equal(['en']);
  });

  it('is a row of links to Tab through, skipping an unavailable language', async () => {
    const page = await wrapperFixture(html`<div lang="en">
      <button>before</button><strichka-language-switcher languages="uk ru en"></strichka-language-switcher><button>after</button>
    </div>`);
    const el = page.querySelector('strichka-language-switcher')!;
    page.querySelector('button')!.focus();
    const reached: (string | null | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(el.shadowRoot!.activeElement?.getAttribute('lang') ?? document.activeElement?.textContent);
    }
    expect(reached).to.deep.equal(['uk', 'en', 'after']);
    // On one row: compact, like the seed page's header.
    const [first, last] = parts(el, 'item').map((item) => item.getBoundingClientRect());
    expect(first!.top).to.equal(last!.top);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-current')).to.equal('true');
    expect(getComputedStyle(el.shadowRoot!.activeElement!).outlineStyle).to.equal('solid');
    const change = oneEvent(el, 'strichka-language-change');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Enter' });
    expect((await change).detail).to.deep.equal({ language: 'uk', url: new URL('/uk/news/article/', location.href).href });
    expect(localStorage.getItem('strichka:language')).to.equal('uk');
  });

  it('fires a cancelable strichka-language-change; cancelling stops the navigation and is not remembered', async () => {
    const el = await switcher(html`<div lang="uk"><strichka-language-switcher></strichka-language-switcher></div>`);
    const events: CustomEvent[] = [];
    const listener = (event: HTMLElementEventMap['strichka-language-change']) => {
      events.push(event);
      event.preventDefault();
    };
    el.parentElement!.addEventListener('strichka-language-change', listener);
    parts(el, 'link')[1]!.click();
    el.parentElement!.removeEventListener('strichka-language-change', listener);
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.equal({ language: 'en', url: new URL('/en/news/article/', location.href).href });
    expect([events[0]!.bubbles, events[0]!.composed, events[0]!.cancelable]).to.deep.equal([true, true, true]);
    // The switcher cancelled the click before it reached the document.
    expect(navigation.cancelledBefore).to.deep.equal([true]);
    expect(localStorage.getItem('strichka:language')).to.equal(null);
    parts(el, 'link')[1]!.click();
    expect(navigation.cancelledBefore).to.deep.equal([true, false]);
    expect(localStorage.getItem('strichka:language')).to.equal('en');
    // Navigate mode only remembers: the page's language is the page's.
    expect(el.parentElement!.lang).to.equal('uk');
  });

  it('treats blocked or full storage as no storage', async () => {
    const unblock = blockStorage();
    try {
      const el = await switcher(html`<div lang="uk"><strichka-language-switcher></strichka-language-switcher></div>`);
      const change = oneEvent(el, 'strichka-language-change');
      parts(el, 'link')[1]!.click();
      expect((await change).detail.language).to.equal('en');
      expect(navigation.cancelledBefore).to.deep.equal([false]);
    } finally {
      unblock();
    }
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await switcher(html`<div lang="uk"><strichka-language-switcher></strichka-language-switcher></div>`);
      parts(el, 'link')[1]!.click();
      expect(navigation.cancelledBefore).to.deep.equal([false, false]);
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(localStorage.getItem('strichka:language')).to.equal(null);
  });

  it('mirrors in a right-to-left page', async () => {
    const el = await switcher(html`<div lang="uk" dir="rtl"><strichka-language-switcher languages="uk ru en"></strichka-language-switcher></div>`);
    expect(parts(el, 'nav')[0]!.dir).to.equal('rtl');
    const [first, , last] = parts(el, 'item').map((item) => item.getBoundingClientRect());
    expect(first!.left).to.be.greaterThan(last!.left);
  });

  describe('dark', () => {
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    itWithMediaEmulation('turns dark with the system or theme="dark", and stays accessible', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await switcher(html`<div lang="uk"><strichka-language-switcher languages="uk ru en"></strichka-language-switcher></div>`);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 23, 27)');
      await expectAccessible(el);
      await emulateMedia({ colorScheme: 'light' });
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 23, 27)');
      expect(getComputedStyle(parts(el, 'current')[0]!).color).to.equal('rgb(232, 232, 236)');
      await expectAccessible(el);
    });
  });
});
