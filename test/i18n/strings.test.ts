import { expect } from '@open-wc/testing';
import { strings } from '../../src/i18n/strings.js';

describe('strings', () => {
  it('picks the table by the language of the locale', () => {
    expect(strings('uk').recentNews).to.equal('Останні новини');
    expect(strings('uk-UA').allNews).to.equal('Усі новини');
    expect(strings('UK').updated).to.equal('оновлено');
    expect(strings('ru').recentNews).to.equal('Последние новости');
    expect(strings('ru_RU').allNews).to.equal('Все новости');
    expect(strings('en').recentNews).to.equal('Recent news');
  });

  it('gives English for every other language', () => {
    for (const locale of ['en-GB', 'de', 'pl', 'be', 'ar', 'zh-Hant-TW', 'ukr-x', 'constructor', '']) {
      expect(strings(locale), locale).to.equal(strings('en'));
    }
  });

  it('has every key in every language, with no empty text', () => {
    const keys = Object.keys(strings('en')).sort();
    for (const locale of ['uk', 'ru', 'en']) {
      const table = strings(locale);
      expect(Object.keys(table).sort(), locale).to.deep.equal(keys);
      for (const [key, value] of Object.entries(table)) {
        const texts: string[] = typeof value === 'string' ? [value] : Object.values(value as Record<string, string>);
        if (typeof value !== 'string') expect(value.other, `${locale}.${key}.other`).to.be.a('string');
        for (const text of texts) expect(text.trim(), `${locale}.${key}`).not.to.equal('');
      }
    }
  });

  it('lists the one/few/many forms that uk and ru counts need, each with {n}', () => {
    for (const locale of ['uk', 'ru']) {
      for (const key of ['newStories', 'showNew', 'tagCount'] as const) {
        const message = strings(locale)[key];
        expect(Object.keys(message).sort(), `${locale}.${key}`).to.deep.equal(['few', 'many', 'one', 'other']);
        for (const form of Object.values(message as Record<string, string>)) expect(form).to.include('{n}');
      }
    }
    expect(strings('en').asOf).to.include('{time}');
  });
});
