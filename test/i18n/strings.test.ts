import { expect } from '@open-wc/testing';
import { languageSwitcherStrings } from '../../src/components/language-switcher/language-switcher-strings.js';
import { supportBannerStrings } from '../../src/components/support-banner/support-banner-strings.js';
import { tagCloudStrings } from '../../src/components/tag-cloud/tag-cloud-strings.js';
import { tickerStrings } from '../../src/components/ticker/ticker-strings.js';
import { commonStrings } from '../../src/i18n/common-strings.js';
import { textOf, type Messages } from '../../src/i18n/messages.js';

const TABLES: Record<string, Messages> = {
  common: commonStrings,
  ticker: tickerStrings,
  tagCloud: tagCloudStrings,
  languageSwitcher: languageSwitcherStrings,
  supportBanner: supportBannerStrings,
};

describe('strings', () => {
  it('picks the table by the language of the locale', () => {
    expect(textOf(tickerStrings, 'uk').recentNews).to.equal('Останні новини');
    expect(textOf(tickerStrings, 'uk-UA').allNews).to.equal('Усі новини');
    expect(textOf(commonStrings, 'UK').updated).to.equal('оновлено');
    expect(textOf(tickerStrings, 'ru').recentNews).to.equal('Последние новости');
    expect(textOf(tickerStrings, 'ru_RU').allNews).to.equal('Все новости');
    expect(textOf(tickerStrings, 'en').recentNews).to.equal('Recent news');
  });

  it('gives English for every other language', () => {
    for (const locale of ['en-GB', 'de', 'pl', 'be', 'ar', 'zh-Hant-TW', 'ukr-x', 'constructor', '']) {
      for (const [name, table] of Object.entries(TABLES)) expect(textOf(table, locale), `${name} ${locale}`).to.equal(textOf(table, 'en'));
    }
  });

  it('has every key in every language, with no empty text', () => {
    for (const [name, table] of Object.entries(TABLES)) {
      const keys = Object.keys(textOf(table, 'en')).sort();
      for (const locale of ['uk', 'ru', 'en']) {
        const texts = textOf(table, locale);
        expect(Object.keys(texts).sort(), `${name} ${locale}`).to.deep.equal(keys);
        for (const [key, value] of Object.entries(texts)) {
          expect(value, `${name} ${locale}.${key}`).to.be.a('string');
          for (const form of value.split('/')) expect(form.trim(), `${name} ${locale}.${key}`).not.to.equal('');
        }
      }
    }
  });

  it('lists the one/few/many forms that uk and ru counts need, each with {n}', () => {
    const counted = [
      [tickerStrings, 'newStories'],
      [tickerStrings, 'showNew'],
      [tagCloudStrings, 'tagCount'],
    ] as [Messages, string][];
    for (const locale of ['uk', 'ru']) {
      for (const [table, key] of counted) {
        const forms = textOf(table, locale)[key]!.split('/');
        expect(forms, `${locale}.${key}`).to.have.length(4);
        for (const form of forms) expect(form).to.include('{n}');
      }
    }
    expect(textOf(commonStrings, 'en').asOf).to.include('{time}');
  });
});
