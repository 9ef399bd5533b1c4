import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/card.js';
import '../../src/language-switcher.js';
import '../../src/support-banner.js';
import '../../src/tag-cloud.js';
import '../../src/ticker.js';
import type { StrichkaCard } from '../../src/card.js';
import type { StrichkaTagCloud } from '../../src/tag-cloud.js';
import type { StrichkaTicker } from '../../src/ticker.js';
import { languageSwitcherStrings } from '../../src/components/language-switcher/language-switcher-strings.js';
import { supportBannerStrings } from '../../src/components/support-banner/support-banner-strings.js';
import { tagCloudStrings } from '../../src/components/tag-cloud/tag-cloud-strings.js';
import { tickerStrings } from '../../src/components/ticker/ticker-strings.js';
import { commonStrings } from '../../src/i18n/common-strings.js';
import { textOf, type Messages } from '../../src/i18n/messages.js';
import { clearSupportRecords, newPageLoad, restoreClock } from './support-banner/support-test-page.js';
import { addAlternates } from './language-switcher/switcher-test-page.js';
import { testFeedUrl } from '../test-feed-url.js';
import { wrapperFixture } from '../wrapper-fixture.js';
import { expectAccessible } from '../axe.js';

const NEWS_EN = 'demo/feeds/news-en.xml';
const TABLES: Messages[] = [commonStrings, tickerStrings, tagCloudStrings, languageSwitcherStrings, supportBannerStrings];

/** Every built-in message in `lang` (each form of a count-dependent one) as a pattern, its placeholders matching any value. */
function builtInPatterns(lang: string): RegExp[] {
  return TABLES.flatMap((table) => Object.values(textOf(table, lang)))
    .flatMap((message) => message.split('/'))
    .map((form) => new RegExp(`^[\\s,]*${form.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+')}$`));
}

/** The element's own text (its text children, not its descendants'), and its name and value attributes. */
function ownTexts(element: Element): string[] {
  const text = [...element.childNodes].filter((node) => node.nodeType == Node.TEXT_NODE).map((node) => node.textContent).join('').trim();
  return [text, ...['aria-label', 'title', 'aria-valuetext'].map((name) => element.getAttribute(name) ?? '')].filter(Boolean);
}

/** The elements of `host`'s shadow root whose own text or accessible name is a built-in string in `lang`, with that string. */
function builtInElements(host: Element, lang: string): { element: Element; text: string }[] {
  const patterns = builtInPatterns(lang);
  return [...host.shadowRoot!.querySelectorAll('*')].flatMap((element) => {
    const text = ownTexts(element).find((each) => patterns.some((pattern) => pattern.test(each)));
    return text ? [{ element, text }] : [];
  });
}

/** The language an element of a shadow root is in: the nearest `lang` within the root, else the page's (`page`). */
const languageOf = (element: Element, page: string) => element.closest('[lang]')?.getAttribute('lang') ?? page;

/**
 * On a page in `page`: every built-in string of `host` is marked English when `english`, else is in
 * the page's language; returns the strings found, so a test sees that what it expects was checked.
 */
function expectStringsLanguage(host: Element, page: string, english: boolean): string[] {
  const found = builtInElements(host, english ? 'en' : page);
  for (const { element, text } of found) {
    expect(languageOf(element, page), `the language of "${text}" (${element.localName})`).to.equal(english ? 'en' : page);
  }
  return found.map(({ text }) => text.replace(/^[\s,]+/, ''));
}

/** Renders `template` in a wrapper of `lang` and returns its first `selector`. */
async function render<T extends Element>(lang: string, selector: string, template: TemplateResult): Promise<T> {
  const page = await wrapperFixture(html`<div lang=${lang}>${template}</div>`);
  return page.querySelector<T>(selector)!;
}

const part = (host: Element, name: string) => host.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`);
const untilPart = (host: Element, name: string) => waitUntil(() => part(host, name), `no ${name} was shown`, { timeout: 5000 });

/** A scenario: renders an element in a state on a page of `lang`, returns it (and a clean-up); `strings` are those it must show in English. */
interface Scenario {
  name: string;
  strings: (string | RegExp)[];
  show(lang: string): Promise<{ host: Element; done?: () => Promise<void> | void }>;
}

const scenarios: Scenario[] = [
  {
    name: 'ticker: list with the "updated" marker and the "All news" link',
    strings: ['Recent news', 'All news', 'updated'],
    async show(lang) {
      const host = await render<StrichkaTicker>(lang, 'strichka-ticker', html`<strichka-ticker more-href="https://www.example.com/news/" src=${testFeedUrl(NEWS_EN).url}></strichka-ticker>`);
      await untilPart(host, 'list');
      return { host };
    },
  },
  {
    name: 'ticker: loading skeleton',
    strings: ['Recent news', 'Loading news…'],
    async show(lang) {
      const feed = testFeedUrl(NEWS_EN, { hold: true });
      const host = await render<StrichkaTicker>(lang, 'strichka-ticker', html`<strichka-ticker src=${feed.url}></strichka-ticker>`);
      expect(part(host, 'skeleton')).to.not.equal(null);
      return { host, done: () => feed.release() };
    },
  },
  {
    name: 'ticker: error note',
    strings: ['Recent news', 'News could not be loaded'],
    async show(lang) {
      const host = await render<StrichkaTicker>(lang, 'strichka-ticker', html`<strichka-ticker src=${testFeedUrl('error').url}></strichka-ticker>`);
      await untilPart(host, 'note');
      return { host };
    },
  },
  {
    name: 'ticker: marquee pause button and "as of" note',
    strings: ['Pause news ticker', /^as of /],
    async show(lang) {
      const host = await render<StrichkaTicker>(lang, 'strichka-ticker', html`<strichka-ticker mode="marquee" src=${testFeedUrl(`${NEWS_EN},error`).url}></strichka-ticker>`);
      await untilPart(host, 'pause-button');
      await host.reload();
      await untilPart(host, 'note');
      return { host };
    },
  },
  {
    name: 'ticker: "2 new" button and its announcement',
    strings: ['2 new', '2 new stories'],
    async show(lang) {
      const fixtures = 'test/components/ticker/fixtures';
      const host = await render<StrichkaTicker>(lang, 'strichka-ticker', html`<strichka-ticker src=${testFeedUrl(`${fixtures}/refresh-v1.xml,${fixtures}/refresh-v2.xml`).url}></strichka-ticker>`);
      await untilPart(host, 'list');
      // The pointer over the rows holds them still: the new ones wait behind the button.
      part(host, 'list')!.parentElement!.dispatchEvent(new PointerEvent('pointerenter'));
      await host.reload();
      await untilPart(host, 'new-button');
      return { host };
    },
  },
  {
    name: 'card: "updated" marker, list of tags and "as of" note',
    strings: ['updated', 'Tags', /^as of /],
    async show(lang) {
      // The eighth item of the feed was updated after publication.
      const host = await render<StrichkaCard>(lang, 'strichka-card', html`<strichka-card index="7" src=${testFeedUrl(`${NEWS_EN},error`).url}></strichka-card>`);
      await untilPart(host, 'card');
      await host.reload();
      await untilPart(host, 'note');
      return { host };
    },
  },
  {
    name: 'card: loading skeleton',
    strings: ['Loading news…'],
    async show(lang) {
      const feed = testFeedUrl(NEWS_EN, { hold: true });
      const host = await render<StrichkaCard>(lang, 'strichka-card', html`<strichka-card src=${feed.url}></strichka-card>`);
      expect(part(host, 'skeleton')).to.not.equal(null);
      return { host, done: () => feed.release() };
    },
  },
  {
    name: 'card: error',
    strings: ['News could not be loaded'],
    async show(lang) {
      const host = await render<StrichkaCard>(lang, 'strichka-card', html`<strichka-card src=${testFeedUrl('error').url}></strichka-card>`);
      await untilPart(host, 'error');
      return { host };
    },
  },
  {
    name: 'tag cloud: list, counts and the clear button of a target',
    strings: ['Tags', 'All topics', /^\d+ stor(y|ies)$/],
    async show(lang) {
      const url = testFeedUrl(NEWS_EN).url;
      const host = await render<StrichkaTagCloud>(
        lang,
        'strichka-tag-cloud',
        html`<strichka-tag-cloud target="#filtered" src=${url}></strichka-tag-cloud><strichka-ticker id="filtered" tag="Zelenskyy" src=${url}></strichka-ticker>`,
      );
      await untilPart(host, 'clear');
      return { host };
    },
  },
  {
    name: 'tag cloud: loading skeleton',
    strings: ['Loading news…'],
    async show(lang) {
      const feed = testFeedUrl(NEWS_EN, { hold: true });
      const host = await render<StrichkaTagCloud>(lang, 'strichka-tag-cloud', html`<strichka-tag-cloud src=${feed.url}></strichka-tag-cloud>`);
      expect(part(host, 'skeleton')).to.not.equal(null);
      return { host, done: () => feed.release() };
    },
  },
  {
    name: 'tag cloud: error',
    strings: ['News could not be loaded'],
    async show(lang) {
      const host = await render<StrichkaTagCloud>(lang, 'strichka-tag-cloud', html`<strichka-tag-cloud src=${testFeedUrl('error').url}></strichka-tag-cloud>`);
      await untilPart(host, 'error');
      return { host };
    },
  },
  {
    name: 'language switcher: its name and the note on a language without a translation',
    strings: ['Language', 'no translation of this page'],
    async show(lang) {
      const remove = addAlternates({ [lang]: '/this/', en: '/en/this/' });
      const host = await render(lang, 'strichka-language-switcher', html`<strichka-language-switcher languages="${lang} ru en"></strichka-language-switcher>`);
      expect(part(host, 'unavailable')).to.not.equal(null);
      return { host, done: remove };
    },
  },
  {
    name: 'support banner: heading, message, call to action, goal bar and close button',
    strings: ['Support us', 'Close', /^Independent journalism/, / raised of /],
    async show(lang) {
      const host = await render(lang, 'strichka-support-banner', html`<strichka-support-banner href="https://www.example.com/support/" goal="5000" raised="1200" currency="EUR"></strichka-support-banner>`);
      await untilPart(host, 'banner');
      return { host };
    },
  },
  {
    name: 'support banner: the link left after dismissal',
    strings: ['Support us'],
    async show(lang) {
      const host = await render(lang, 'strichka-support-banner', html`<strichka-support-banner href="https://www.example.com/support/" after-dismiss="link"></strichka-support-banner>`);
      const dismissed = oneEvent(host, 'strichka-support-dismiss');
      part(host, 'close')!.click();
      await dismissed;
      await untilPart(host, 'link');
      return { host };
    },
  },
];

describe('built-in strings: their language (WCAG 3.1.2)', () => {
  beforeEach(() => {
    localStorage.clear();
    clearSupportRecords();
    newPageLoad();
  });
  afterEach(restoreClock);

  for (const scenario of scenarios) {
    it(`${scenario.name}: marked English on a Polish page`, async () => {
      const { host, done } = await scenario.show('pl');
      try {
        const found = expectStringsLanguage(host, 'pl', true);
        for (const expected of scenario.strings) {
          expect(found.some((text) => (typeof expected == 'string' ? text == expected : expected.test(text))), `"${expected}" among ${JSON.stringify(found)}`).to.equal(true);
        }
        await expectAccessible(host);
      } finally {
        await done?.();
      }
    });

    for (const page of ['uk', 'en-GB']) {
      it(`${scenario.name}: in the page's language on a page in ${page}`, async () => {
        const { host, done } = await scenario.show(page);
        try {
          expect(expectStringsLanguage(host, page, false).length).to.be.at.least(scenario.strings.length);
          await expectAccessible(host);
        } finally {
          await done?.();
        }
      });
    }
  }

  it('keeps feed text in the feed\'s language: English headlines and tags on a Polish page', async () => {
    const url = testFeedUrl(NEWS_EN).url;
    const wrapper = await wrapperFixture(html`<div lang="pl"><strichka-ticker src=${url}></strichka-ticker><strichka-tag-cloud src=${url}></strichka-tag-cloud></div>`);
    const ticker = wrapper.querySelector('strichka-ticker')!;
    const cloud = wrapper.querySelector('strichka-tag-cloud')!;
    await untilPart(ticker, 'list');
    await untilPart(cloud, 'list');
    const languages = (host: Element, selector: string) => new Set([...host.shadowRoot!.querySelectorAll(selector)].map((element) => languageOf(element, 'pl')));
    expect(languages(ticker, '[part=link]')).to.deep.equal(new Set(['en']));
    expect(languages(cloud, 'bdi')).to.deep.equal(new Set(['en']));
  });

  it('keeps text given from script in the page\'s language inside a list named in English', async () => {
    const wrapper = await wrapperFixture(html`<div lang="pl"><strichka-tag-cloud></strichka-tag-cloud><strichka-card></strichka-card></div>`);
    const cloud = wrapper.querySelector<StrichkaTagCloud>('strichka-tag-cloud')!;
    const card = wrapper.querySelector<StrichkaCard>('strichka-card')!;
    cloud.tags = [{ name: 'polityka', count: 2 }, { name: 'sport', count: 1 }];
    card.item = { id: '1', title: 'Debata prezydencka', url: 'https://www.example.com/1', authors: [], tags: ['wybory'], enclosures: [] };
    await cloud.updateComplete;
    await card.updateComplete;
    expect(part(cloud, 'list')!.lang).to.equal('en');
    expect([...cloud.shadowRoot!.querySelectorAll('bdi')].map((name) => languageOf(name, 'pl'))).to.deep.equal(['pl', 'pl']);
    expect(part(card, 'tags')!.lang).to.equal('en');
    expect(languageOf(part(card, 'tag')!, 'pl')).to.equal('pl');
    expect(languageOf(part(card, 'title')!, 'pl')).to.equal('pl');
    await expectAccessible(cloud);
    await expectAccessible(card);
  });

  it('leaves the page\'s own text in the banner\'s slots in the page\'s language', async () => {
    const host = await render(
      'pl',
      'strichka-support-banner',
      html`<strichka-support-banner href="https://www.example.com/support/"><span slot="heading">Wesprzyj nas</span><span slot="action">Wpłać</span></strichka-support-banner>`,
    );
    await untilPart(host, 'banner');
    for (const name of ['heading', 'action']) {
      const slot = host.shadowRoot!.querySelector(`slot[name=${name}]`)!;
      expect(slot.hasAttribute('lang')).to.equal(false);
      expect(slot.closest('[lang]')).to.equal(null);
    }
    expect(part(host, 'close')!.lang).to.equal('en');
  });
});
