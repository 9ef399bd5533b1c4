import { expect } from '@open-wc/testing';
import { intlFormatter } from '../../src/i18n/intl-formatter.js';

const readerZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;

describe('intlFormatter', () => {
  it('returns one object per constructor, locale and options', () => {
    const clock = intlFormatter(Intl.DateTimeFormat, 'uk', { timeStyle: 'short', timeZone: 'Europe/Kyiv' });
    expect(intlFormatter(Intl.DateTimeFormat, 'uk', { timeStyle: 'short', timeZone: 'Europe/Kyiv' })).to.equal(clock);
    expect(intlFormatter(Intl.DateTimeFormat, 'uk', { timeStyle: 'short', timeZone: 'UTC' })).not.to.equal(clock);
    expect(intlFormatter(Intl.DateTimeFormat, 'ru', { timeStyle: 'short', timeZone: 'Europe/Kyiv' })).not.to.equal(clock);
    expect(intlFormatter(Intl.NumberFormat, 'uk')).to.be.instanceOf(Intl.NumberFormat);
    expect(intlFormatter(Intl.PluralRules, 'uk')).to.be.instanceOf(Intl.PluralRules);
  });

  it("falls back to the reader's time zone for an unknown one, keeping the locale", () => {
    const clock = intlFormatter(Intl.DateTimeFormat, 'uk', { timeStyle: 'short', timeZone: 'Mars/Olympus_Mons' });
    expect(clock.resolvedOptions().timeZone).to.equal(readerZone);
    expect(clock.resolvedOptions().locale).to.equal('uk');
    expect(intlFormatter(Intl.DateTimeFormat, 'uk', { timeStyle: 'short', timeZone: 'Mars/Olympus_Mons' })).to.equal(clock);
  });

  it('falls back to en for an invalid locale, also together with an unknown time zone', () => {
    expect(intlFormatter(Intl.NumberFormat, 'not a locale').resolvedOptions().locale).to.equal('en');
    const clock = intlFormatter(Intl.DateTimeFormat, 'uk_', { timeZone: 'Nowhere/At_All' });
    expect(clock.resolvedOptions().locale).to.equal('en');
    expect(clock.resolvedOptions().timeZone).to.equal(readerZone);
  });
});

describe('intlFormatter cache', () => {
  it('is shared with a second copy of the module, as in a second bundle on the page', async () => {
    const clock = intlFormatter(Intl.DateTimeFormat, 'uk', { timeStyle: 'short', timeZone: 'Asia/Tokyo' });
    const copyPath = `../../src/i18n/intl-formatter.ts?copy=${Math.random()}`;
    const copy = (await import(/* @vite-ignore */ copyPath)) as { intlFormatter: typeof intlFormatter };
    expect(copy.intlFormatter).to.not.equal(intlFormatter);
    expect(copy.intlFormatter(Intl.DateTimeFormat, 'uk', { timeStyle: 'short', timeZone: 'Asia/Tokyo' })).to.equal(clock);
  });

  it('keeps the formatters used last, forgetting the others beyond a hundred', () => {
    const number = (digits: number) => intlFormatter(Intl.NumberFormat, 'uk', { maximumFractionDigits: digits });
    const [old, used] = [number(0), number(1)];
    for (let digits = 2; digits <= 100; digits++) {
      number(digits);
      // In use all along, as a page's formatters are.
      if (digits == 50) expect(number(1)).to.equal(used);
    }
    expect(number(1)).to.equal(used);
    expect(number(0)).to.not.equal(old);
    expect(number(0).format(1.5)).to.equal('2');
  });
});
