import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '../../commands.js';
import '../../../src/language-switcher.js';
import { StrichkaLanguageSwitcher } from '../../../src/language-switcher.js';
import '../../../src/ticker.js';
import type { StrichkaTicker } from '../../../src/ticker.js';
import { serverLog, testFeedUrl } from '../../test-feed-url.js';
import { wrapperFixture } from '../../wrapper-fixture.js';
import { expectAccessible } from '../../axe.js';
import { labels, parts } from './switcher-test-page.js';
import { blockStorage } from '../../storage-fixtures.js';

/** A page region in Ukrainian with a widgets-mode switcher over it and a ticker with a feed per language. */
async function widgetsPage(switcherAttributes = ''): Promise<{ scope: HTMLElement; el: StrichkaLanguageSwitcher; ticker: StrichkaTicker }> {
  const id = `scope-${Math.random().toString(36).slice(2)}`;
  const feed = (language: string) => testFeedUrl(`demo/feeds/news-${language}.xml`).url;
  const page = await wrapperFixture(html`<div>
    <header><button>before</button></header>
    <main id=${id} lang="uk">
      <strichka-ticker time-zone="Europe/Kyiv" limit="3" src-uk=${feed('uk')} src-ru=${feed('ru')} src-en=${feed('en')}></strichka-ticker>
    </main>
  </div>`);
  // The switcher stands outside its scope, as in a page header.
  const holder = document.createElement('div');
  holder.innerHTML = `<strichka-language-switcher mode="widgets" scope="#${id}" languages="uk ru en" ${switcherAttributes}></strichka-language-switcher>`;
  page.querySelector('header')!.append(...holder.childNodes);
  const el = page.querySelector('strichka-language-switcher')!;
  await el.updateComplete;
  return { scope: page.querySelector('main')!, el, ticker: page.querySelector('strichka-ticker')! };
}

const firstHeadline = (ticker: StrichkaTicker) => ticker.shadowRoot!.querySelector('ol:not([aria-hidden]) > li a')?.textContent?.trim();
const firstTime = (ticker: StrichkaTicker) => ticker.shadowRoot!.querySelector('ol:not([aria-hidden]) > li time')?.textContent;
const heading = (ticker: StrichkaTicker) => ticker.shadowRoot!.querySelector('[part=heading]')?.textContent;

describe('<strichka-language-switcher> widgets mode', () => {
  beforeEach(() => localStorage.clear());

  it('switches a ticker’s feed, heading and dates with buttons that stay on the page', async () => {
    const { scope, el, ticker } = await widgetsPage();
    await waitUntil(() => firstHeadline(ticker), 'the ticker showed no rows', { timeout: 5000 });
    expect(firstHeadline(ticker)).to.equal('У Криму масово перейменовують школи на честь російських військових, які воюють в Україні');
    expect(heading(ticker)).to.equal('Останні новини');
    expect(firstTime(ticker)).to.match(/^24 трав\.?$/);
    // The switcher is outside the scope: its current language is the scope's.
    const buttons = parts(el, 'link');
    expect(buttons.map((button) => button.localName)).to.deep.equal(['button', 'button', 'button']);
    expect(buttons.map((button) => button.getAttribute('aria-current'))).to.deep.equal(['true', null, null]);
    expect(labels(el)).to.deep.equal(['Укр', 'Рус', 'Eng']);
    await expectAccessible(el);

    const change = oneEvent(el, 'strichka-language-change');
    buttons[2]!.click();
    expect((await change).detail).to.deep.equal({ language: 'en' });
    await waitUntil(() => scope.lang == 'en', 'the scope did not get the language');
    await waitUntil(() => firstHeadline(ticker)?.startsWith('Crimea'), 'the ticker did not switch to the English feed', { timeout: 5000 });
    expect(firstHeadline(ticker)).to.equal('Crimea schools renamed en masse to glorify Russian soldiers fighting in Ukraine');
    expect(heading(ticker)).to.equal('Recent news');
    expect(firstTime(ticker)).to.equal('May 24');
    await el.updateComplete;
    expect(parts(el, 'current').map((button) => button.lang)).to.deep.equal(['en']);
    expect(localStorage.getItem('strichka:language')).to.equal('en');
  });

  it('shows the choice in the click’s own task; the scope’s lang and the widgets follow after the next paint', async () => {
    const { scope, el, ticker } = await widgetsPage();
    await waitUntil(() => firstHeadline(ticker), 'the ticker showed no rows', { timeout: 5000 });
    let painted = false;
    const headingChanged = new Promise<boolean>((resolve) =>
      new MutationObserver(() => resolve(painted)).observe(ticker.shadowRoot!.querySelector('[part=heading]')!, { subtree: true, characterData: true, childList: true }),
    );
    const langSet = new Promise<boolean>((resolve) => new MutationObserver(() => resolve(painted)).observe(scope, { attributeFilter: ['lang'] }));
    parts(el, 'link')[2]!.click();
    requestAnimationFrame(() => (painted = true));
    await el.updateComplete;
    expect(parts(el, 'current').map((button) => button.lang), 'the switcher at once').to.deep.equal(['en']);
    // A new lang restyles all the scope holds: not in the click's frame.
    expect(await langSet, 'the scope got its lang after a frame').to.equal(true);
    expect(await headingChanged, 'the ticker re-rendered after a frame').to.equal(true);
    expect(heading(ticker)).to.equal('Recent news');
  });

  it('is keyboard usable: Tab to a language, Enter sets it', async () => {
    const { scope, el, ticker } = await widgetsPage();
    el.parentElement!.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.getAttribute('lang')).to.equal('ru');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => scope.lang == 'ru', 'Enter did not set the language');
    await waitUntil(() => heading(ticker) == 'Последние новости', 'the ticker did not turn Russian', { timeout: 5000 });
    await waitUntil(() => firstHeadline(ticker)?.startsWith('В Крыму'), 'the ticker did not switch to the Russian feed', { timeout: 5000 });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-current')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await waitUntil(() => scope.lang == 'en', 'Space did not set the language');
  });

  it('applies the remembered language on connect, and leaves it when the page cancels', async () => {
    localStorage.setItem('strichka:language', 'en');
    let { scope, ticker } = await widgetsPage();
    await waitUntil(() => scope.lang == 'en', 'the remembered language was not applied');
    await waitUntil(() => firstHeadline(ticker)?.startsWith('Crimea'), 'the ticker did not show the English feed', { timeout: 5000 });

    // The remembered language is applied synchronously on connect: the events are all in once the page is.
    const events: HTMLElementEventMap['strichka-language-change'][] = [];
    const veto = (event: Event) => {
      events.push(event as HTMLElementEventMap['strichka-language-change']);
      event.preventDefault();
    };
    document.addEventListener('strichka-language-change', veto);
    try {
      ({ scope } = await widgetsPage());
      expect(events.map((event) => [event.detail.language, event.defaultPrevented])).to.deep.equal([['en', true]]);
      expect(scope.lang).to.equal('uk');
      // A language the switcher does not offer is ignored: no event at all.
      localStorage.setItem('strichka:language', 'de');
      ({ scope } = await widgetsPage());
      expect(events).to.have.length(1);
      expect(scope.lang).to.equal('uk');
    } finally {
      document.removeEventListener('strichka-language-change', veto);
    }
  });

  it('applies the remembered language before the page’s widgets fetch their feeds', async () => {
    localStorage.setItem('strichka:language', 'ru');
    const uk = testFeedUrl('demo/feeds/news-uk.xml');
    const ru = testFeedUrl('demo/feeds/news-ru.xml');
    const page = await wrapperFixture(html`<div id="widgets-first" lang="uk">
      <strichka-language-switcher mode="widgets" scope="#widgets-first" languages="uk ru en"></strichka-language-switcher>
      <strichka-ticker src-uk=${uk.url} src-ru=${ru.url}></strichka-ticker>
    </div>`);
    const ticker = page.querySelector('strichka-ticker')!;
    expect(page.lang).to.equal('ru');
    await waitUntil(() => firstHeadline(ticker)?.startsWith('В Крыму'), 'the ticker did not show the Russian feed', { timeout: 5000 });
    expect(await serverLog(uk.id)).to.have.length(0);
    expect(await serverLog(ru.id)).to.have.length(1);
  });

  it('does not change the language when the event is cancelled', async () => {
    const { scope, el } = await widgetsPage();
    el.addEventListener('strichka-language-change', (event) => event.preventDefault(), { once: true });
    parts(el, 'link')[1]!.click();
    // Longer than a chosen language waits for the next paint.
    await aTimeout(200);
    expect(scope.lang).to.equal('uk');
    expect(localStorage.getItem('strichka:language')).to.equal(null);
  });

  it('sets lang on the document element by default', async () => {
    const before = document.documentElement.getAttribute('lang');
    try {
      const page = await wrapperFixture(html`<div><strichka-language-switcher mode="widgets" languages="uk en"></strichka-language-switcher></div>`);
      const el = page.querySelector('strichka-language-switcher')!;
      parts(el, 'link')[0]!.click();
      await waitUntil(() => document.documentElement.lang == 'uk', 'the document did not get the language');
      await waitUntil(() => parts(el, 'current')[0]?.lang == 'uk', 'the switcher did not follow the document language');
      expect(parts(el, 'nav')[0]!.getAttribute('aria-label')).to.equal('Мова');
    } finally {
      if (before == null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
  });

  it('works with blocked storage', async () => {
    const unblock = blockStorage();
    try {
      const { scope, el } = await widgetsPage();
      parts(el, 'link')[2]!.click();
      await waitUntil(() => scope.lang == 'en', 'the scope did not get the language');
    } finally {
      unblock();
    }
  });

  it('stops waiting for the document to load once disconnected', async () => {
    localStorage.setItem('strichka:language', 'en');
    const frame = await wrapperFixture<HTMLIFrameElement>(html`<iframe></iframe>`);
    const loading = frame.contentDocument!;
    // An open document is parsing ('loading') until it is closed; its scope does not exist yet.
    loading.open();
    loading.write('<!doctype html><html lang="uk"><body>');
    expect(loading.readyState).to.equal('loading');
    const made = () => Object.assign(new StrichkaLanguageSwitcher(), { mode: 'widgets', scope: '#later', languages: 'uk en' });
    const [removed, kept] = [made(), made()];
    // First rendered here: a shadow root cannot adopt this document's style sheets in another one.
    frame.after(removed, kept);
    await Promise.all([removed.updateComplete, kept.updateComplete]);
    const events = new Map<StrichkaLanguageSwitcher, number>([[removed, 0], [kept, 0]]);
    for (const el of [removed, kept]) {
      el.addEventListener('strichka-language-change', () => events.set(el, events.get(el)! + 1));
      loading.body.append(el);
    }
    removed.remove();
    loading.write('<main id="later"></main>');
    loading.close();
    await waitUntil(() => events.get(kept) == 1, 'the connected switcher did not apply the remembered language');
    expect(loading.getElementById('later')!.lang).to.equal('en');
    // The disconnected one's wait was cancelled: had it run first, it would have announced the change.
    expect(events.get(removed)).to.equal(0);
  });
});
