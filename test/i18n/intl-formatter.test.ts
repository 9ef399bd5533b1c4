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
