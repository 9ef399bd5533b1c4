import { expect, html, waitUntil } from '@open-wc/testing';
import '../../../src/language-switcher.js';
import type { StrichkaLanguageSwitcher } from '../../../src/language-switcher.js';
import { wrapperFixture } from '../../wrapper-fixture.js';
import { addAlternates, labels, parts } from './switcher-test-page.js';

async function switcher(template: ReturnType<typeof html>): Promise<StrichkaLanguageSwitcher> {
  const page = await wrapperFixture(template);
  return page.querySelector('strichka-language-switcher')!;
}

/** A language's own name from Intl.DisplayNames, capitalised. */
function ownName(code: string): string {
  const name = new Intl.DisplayNames(code, { type: 'language' }).of(code)!;
  return name[0]!.toLocaleUpperCase(code) + name.slice(1);
}

describe('<strichka-language-switcher> languages and labels', () => {
  let removeAlternates = () => {};
  beforeEach(() => localStorage.clear());
  afterEach(() => removeAlternates());

  it('finds the languages in the head’s alternate links, skips x-default and marks the current one', async () => {
    removeAlternates = addAlternates({
      uk: '/uk/news/article/',
      ru: 'https://www.example.com/ru/news/article/',
      'x-default': '/news/article/',
      en: '/en/news/article/',
    });
    const el = await switcher(html`<div lang="ru"><strichka-language-switcher></strichka-language-switcher></div>`);
    const nav = parts(el, 'nav')[0]!;
    expect(nav.localName).to.equal('nav');
    expect(nav.getAttribute('aria-label')).to.equal('Язык');
    expect(parts(el, 'list')[0]!.localName).to.equal('ul');
    expect(labels(el)).to.deep.equal(['Укр', 'Рус', 'Eng']);
    const links = parts(el, 'link') as HTMLAnchorElement[];
    expect(links.map((link) => link.href)).to.deep.equal([
      new URL('/uk/news/article/', location.href).href,
      'https://www.example.com/ru/news/article/',
      new URL('/en/news/article/', location.href).href,
    ]);
    expect(links.map((link) => link.lang)).to.deep.equal(['uk', 'ru', 'en']);
    expect(links.map((link) => link.hreflang)).to.deep.equal(['uk', 'ru', 'en']);
    expect(links.map((link) => link.getAttribute('aria-current'))).to.deep.equal([null, 'true', null]);
    expect(parts(el, 'current')).to.deep.equal([links[1]]);
    // The visible label is the accessible name; the full native name its tooltip and description.
    expect(links.map((link) => link.getAttribute('aria-label'))).to.deep.equal([null, null, null]);
    expect(links.map((link) => link.title)).to.deep.equal(['Українська', 'Русский', 'English']);
    // The current language stands out by more than colour.
    expect(getComputedStyle(links[1]!).fontWeight).to.equal('700');
    expect(getComputedStyle(links[0]!).fontWeight).to.equal('400');
  });

  it('follows a change of the page language, and a regional page language finds its language', async () => {
    removeAlternates = addAlternates({ uk: '/uk/', en: '/en/' });
    const page = await wrapperFixture(html`<div lang="uk-UA"><strichka-language-switcher></strichka-language-switcher></div>`);
    const el = page.querySelector('strichka-language-switcher')!;
    expect(parts(el, 'current').map((link) => link.lang)).to.deep.equal(['uk']);
    page.lang = 'en';
    await waitUntil(() => parts(el, 'current')[0]?.lang == 'en', 'the switcher did not follow the page language');
    expect(parts(el, 'nav')[0]!.getAttribute('aria-label')).to.equal('Language');
  });

  it('falls back to its child links, which win over the head and give their labels', async () => {
    removeAlternates = addAlternates({ uk: '/head/uk/', de: '/head/de/' });
    const el = await switcher(html`<div lang="uk">
      <strichka-language-switcher>
        <a hreflang="uk" href="/child/uk/">Укр</a>
        <a hreflang="en" href="/child/en/">English</a>
        <a hreflang="pl" href="javascript:alert(1)">Polski</a>
      </strichka-language-switcher>
    </div>`);
    // Child links first, then the head's other languages; a javascript: URL is no URL.
    expect(labels(el)).to.deep.equal(['Укр', 'English', 'Polski', 'Deutsch']);
    const links = parts(el, 'link') as HTMLAnchorElement[];
    expect(links.map((link) => new URL(link.href).pathname)).to.deep.equal(['/child/uk/', '/child/en/', '/head/de/']);
    expect(parts(el, 'unavailable').map((span) => span.lang)).to.deep.equal(['pl']);
    // A label that is the full name needs no tooltip.
    expect(links[1]!.hasAttribute('title')).to.equal(false);
    // The children are the no-JavaScript fallback: not rendered once the element runs.
    expect(el.querySelector('a')!.getClientRects()).to.have.length(0);
  });

  it('notices child links added after it rendered, and label-<code> attributes', async () => {
    const el = await switcher(html`<div lang="en"><strichka-language-switcher></strichka-language-switcher></div>`);
    // No languages: no empty landmark either.
    expect(el.shadowRoot!.childElementCount).to.equal(0);
    el.append(Object.assign(document.createElement('a'), { hreflang: 'en', href: '/en/', textContent: 'Eng' }));
    el.append(Object.assign(document.createElement('a'), { hreflang: 'uk', href: '/uk/', textContent: 'Укр' }));
    await waitUntil(() => labels(el).join() == 'Eng,Укр', 'the added child links were not shown');
    expect(parts(el, 'nav')).to.have.length(1);
    el.setAttribute('label-en', 'English');
    await waitUntil(() => labels(el).join() == 'English,Укр', 'the label-en attribute was not applied');
  });

  it('takes the languages attribute (spaces or commas) as the list and its order', async () => {
    removeAlternates = addAlternates({ en: '/en/', uk: '/uk/', ru: '/ru/' });
    const el = await switcher(html`<div lang="en"><strichka-language-switcher languages="uk, en de"></strichka-language-switcher></div>`);
    expect(labels(el)).to.deep.equal(['Укр', 'Eng', 'Deutsch']);
    el.languages = 'ru,uk';
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['Рус', 'Укр']);
    // No current language among them: nothing is marked.
    expect(parts(el, 'current')).to.have.length(0);
  });

  it('labels other languages with their own name from Intl.DisplayNames, capitalised', async () => {
    const el = await switcher(html`<div lang="de"><strichka-language-switcher languages="de fr pt-BR pl" label-pl="PL"></strichka-language-switcher></div>`);
    const expected = ['de', 'fr', 'pt-BR'].map(ownName);
    expect(expected.slice(0, 2)).to.deep.equal(['Deutsch', 'Français']);
    expect(labels(el)).to.deep.equal([...expected, 'PL']);
    const items = parts(el, 'item').map((item) => item.firstElementChild as HTMLElement);
    expect(items.map((item) => item.lang)).to.deep.equal(['de', 'fr', 'pt-BR', 'pl']);
    // An override label keeps the full name as its tooltip.
    expect(items[3]!.title).to.equal('Polski');
    expect(parts(el, 'current').map((item) => item.lang)).to.deep.equal(['de']);
  });

  it('names uk, ru and en as Intl.DisplayNames does, without asking it', async () => {
    const asked: string[] = [];
    const { of } = Intl.DisplayNames.prototype;
    Intl.DisplayNames.prototype.of = function (code) {
      asked.push(code);
      return of.call(this, code);
    };
    let el: StrichkaLanguageSwitcher;
    try {
      el = await switcher(html`<div lang="uk"><strichka-language-switcher languages="uk ru en"></strichka-language-switcher></div>`);
    } finally {
      Intl.DisplayNames.prototype.of = of;
    }
    expect(asked).to.deep.equal([]);
    expect(parts(el, 'item').map((item) => (item.firstElementChild as HTMLElement).title)).to.deep.equal(['uk', 'ru', 'en'].map(ownName));
  });

  it('gives regional codes the short labels when no other offered code shares their language', async () => {
    removeAlternates = addAlternates({ 'uk-UA': '/uk/', 'ru-RU': '/ru/', 'en-GB': '/en/' });
    const el = await switcher(html`<div lang="uk"><strichka-language-switcher></strichka-language-switcher></div>`);
    expect(labels(el)).to.deep.equal(['Укр', 'Рус', 'Eng']);
    expect(parts(el, 'link').map((link) => link.lang)).to.deep.equal(['uk-UA', 'ru-RU', 'en-GB']);
    expect(parts(el, 'current').map((link) => link.lang)).to.deep.equal(['uk-UA']);
    // The full regional name stays the tooltip.
    expect(parts(el, 'link')[2]!.title).to.equal('British English');
    // Two kinds of English cannot both be "Eng": each keeps its own name.
    el.languages = 'uk-UA en-GB en-US';
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['Укр', 'British English', 'American English']);
  });
});
