import { expect } from '@open-wc/testing';
import { canonicalLocale, resolveDirection, resolveLocale } from '../../src/i18n/locale.js';
import { engine } from '../engine.js';

/** Markup parsed into a container in the document (removed after each test); returns its first element. */
function mount(markup: string): HTMLElement {
  const container = document.createElement('div');
  container.className = 'i18n-fixture';
  container.innerHTML = markup;
  document.body.append(container);
  return container.firstElementChild as HTMLElement;
}

afterEach(() => document.querySelectorAll('.i18n-fixture').forEach((container) => container.remove()));

/** A host element holding `inner` in an open shadow root; returns the host. */
function shadowHost(inner: string): HTMLElement {
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).innerHTML = inner;
  return host;
}

/** Runs `body` with the document element's attribute set (or removed, for null), then restores it. */
function withRootAttribute(name: string, value: string | null, body: () => void): void {
  const root = document.documentElement;
  const saved = root.getAttribute(name);
  if (value === null) root.removeAttribute(name);
  else root.setAttribute(name, value);
  try {
    body();
  } finally {
    if (saved === null) root.removeAttribute(name);
    else root.setAttribute(name, saved);
  }
}

describe('resolveLocale', () => {
  it("reads the element's own lang as a canonical tag", () => {
    const element = mount(`<p lang="UK-ua">текст</p>`);
    expect(resolveLocale(element)).to.equal('uk-UA');
  });

  it('takes the nearest ancestor with a lang', () => {
    const outer = mount(`<div lang="en"><section lang="ru"><article><span>текст</span></article></section></div>`);
    expect(resolveLocale(outer.querySelector('span')!)).to.equal('ru');
  });

  it('continues from the host when the element is inside a shadow root', () => {
    const outer = mount(`<div lang="uk"></div>`);
    const host = shadowHost('<ul><li><span>16:12</span></li></ul>');
    outer.append(host);
    expect(resolveLocale(host.shadowRoot!.querySelector('span')!)).to.equal('uk');
  });

  it('prefers a lang inside the shadow root, and crosses nested shadow roots', () => {
    const outer = mount(`<div lang="ru"></div>`);
    const host = shadowHost('<div lang="en-GB"><i></i></div><b></b>');
    const inner = shadowHost('<span></span>');
    host.shadowRoot!.querySelector('b')!.append(inner);
    outer.append(host);
    expect(resolveLocale(host.shadowRoot!.querySelector('i')!)).to.equal('en-GB');
    expect(resolveLocale(inner.shadowRoot!.querySelector('span')!)).to.equal('ru');
  });

  it('skips invalid and empty tags for the next candidate, and reads uk_UA as uk-UA', () => {
    const outer = mount(`<div lang="ru"><p lang="not a tag"><span lang=""><b lang="x-private"></b></span></p></div>`);
    expect(resolveLocale(outer.querySelector('b')!)).to.equal('ru');
    const cms = mount(`<div lang="uk_UA"><i></i></div>`);
    expect(resolveLocale(cms.querySelector('i')!)).to.equal('uk-UA');
  });

  it("falls back to the document's lang, also for an element not in the document", () => {
    const connected = mount(`<p>no lang here</p>`);
    const detached = document.createElement('span');
    withRootAttribute('lang', 'de-AT', () => {
      expect(resolveLocale(connected)).to.equal('de-AT');
      expect(resolveLocale(detached)).to.equal('de-AT');
    });
  });

  it('falls back to en when nothing gives a valid tag, without throwing', () => {
    const element = mount(`<p lang="123 ???">x</p>`);
    withRootAttribute('lang', null, () => expect(resolveLocale(element)).to.equal('en'));
    withRootAttribute('lang', 'en_', () => expect(resolveLocale(document.createElement('i'))).to.equal('en'));
  });
});

describe('resolveDirection', () => {
  it('takes the nearest ltr/rtl dir, case-insensitively', () => {
    const outer = mount(`<div dir="rtl"><p dir="LTR"><span></span></p><b></b></div>`);
    expect(resolveDirection(outer.querySelector('span')!, 'ar')).to.equal('ltr');
    expect(resolveDirection(outer.querySelector('b')!, 'en')).to.equal('rtl');
  });

  it('continues from the host when the element is inside a shadow root', () => {
    const outer = mount(`<div dir="rtl"></div>`);
    const host = shadowHost('<ol><li><a>headline</a></li></ol>');
    outer.append(host);
    expect(resolveDirection(host.shadowRoot!.querySelector('a')!, 'en')).to.equal('rtl');
  });

  it('skips an invalid dir value for the next ancestor', () => {
    const outer = mount(`<div dir="rtl"><p dir="sideways"><span></span></p></div>`);
    expect(resolveDirection(outer.querySelector('span')!, 'en')).to.equal('rtl');
  });

  it('takes the direction of the locale for dir="auto", even inside an explicit ancestor', () => {
    const outer = mount(`<div dir="ltr"><p dir="auto"><span></span></p></div>`);
    expect(resolveDirection(outer.querySelector('span')!, 'he')).to.equal('rtl');
    expect(resolveDirection(outer.querySelector('span')!, 'uk')).to.equal('ltr');
  });

  it('takes the direction of the locale when no dir is set', () => {
    const element = document.createElement('span');
    withRootAttribute('dir', null, () => {
      for (const locale of ['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'ar-EG', 'az-Arab', 'iw']) {
        expect(resolveDirection(element, locale), locale).to.equal('rtl');
      }
      for (const locale of ['en', 'uk', 'ru-UA', 'de', 'zh-Hant', 'sd-Deva', 'az']) {
        expect(resolveDirection(element, locale), locale).to.equal('ltr');
      }
    });
  });

  it("agrees with the engine's own text info (Intl.Locale#getTextInfo)", () => {
    type LocaleWithTextInfo = Intl.Locale & { getTextInfo?: () => { direction?: string } };
    // Every engine the tests run in has it: without it this test would compare nothing.
    expect((Intl.Locale.prototype as LocaleWithTextInfo).getTextInfo, 'Intl.Locale.prototype.getTextInfo').to.be.a('function');
    const element = document.createElement('span');
    withRootAttribute('dir', null, () => {
      // WebKit (2.50) reads the rarer right-to-left scripts (Thaana, Syriac, N'Ko, Adlam) as ltr: its own error, not compared there.
      const locales = ['ar', 'he', 'fa', 'ur', 'ckb', 'dv', 'syr', 'nqo', 'ff-Adlm', 'uk', 'en', 'ja', 'hi', 'ka', 'sd-Deva'];
      const webKitErrors = ['dv', 'syr', 'nqo', 'ff-Adlm'];
      for (const locale of locales.filter((each) => engine != 'webkit' || !webKitErrors.includes(each))) {
        const direction = (new Intl.Locale(locale) as LocaleWithTextInfo).getTextInfo!().direction;
        expect(direction, `the engine's direction of ${locale}`).to.be.oneOf(['ltr', 'rtl']);
        expect(resolveDirection(element, locale), locale).to.equal(direction);
      }
    });
  });

  it('reads ltr for an invalid locale, without throwing', () => {
    withRootAttribute('dir', null, () => expect(resolveDirection(document.createElement('i'), 'not a locale')).to.equal('ltr'));
  });
});

/** Runs `body` counting the calls of `Intl[name]` (a constructor or function) made meanwhile. */
function countingIntl(name: 'Locale' | 'getCanonicalLocales', body: () => void): number {
  const original = Intl[name];
  let calls = 0;
  const spy = new Proxy(original, {
    apply: (target, self, args) => (calls++, Reflect.apply(target as (...a: unknown[]) => unknown, self, args)),
    construct: (target, args, newTarget) => (calls++, Reflect.construct(target, args, newTarget)),
  });
  Object.defineProperty(Intl, name, { value: spy });
  try {
    body();
  } finally {
    Object.defineProperty(Intl, name, { value: original });
  }
  return calls;
}

describe('locale work is done once a page', () => {
  it('canonicalises each tag once, however many elements read it', () => {
    const calls = countingIntl('getCanonicalLocales', () => {
      for (let index = 0; index < 5; index++) expect(canonicalLocale('SR_latn_rs')).to.equal('sr-Latn-RS');
    });
    expect(calls).to.equal(1);
  });

  it('works out the direction of a locale from its tag, without Intl.Locale (whose likely-subtags data is slow to load)', () => {
    // A locale no other test reads: Punjabi in Shahmukhi.
    const elements = [mount('<p lang="pa-Arab">ا</p>'), mount('<p lang="pa-Arab">ب</p>')];
    const calls = countingIntl('Locale', () => {
      for (const element of [...elements, ...elements]) expect(resolveDirection(element, resolveLocale(element))).to.equal('rtl');
    });
    expect(calls).to.equal(0);
  });
});
