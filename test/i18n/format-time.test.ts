import { expect } from '@open-wc/testing';
import { formatAge, formatClock, formatDay, formatStamp, isSameDay } from '../../src/i18n/format-time.js';

// 16:12 in Kyiv (UTC+3 in summer), the first row of the seed page's "Recent news".
const SEED = '2025-05-24T13:12:00.000Z';
const KYIV = 'Europe/Kyiv';
const INVALID = ['not a date', '', undefined, '2025-13-45T99:00:00Z'];

/** The ISO string `seconds` after (negative: before) `iso`. */
const shift = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1e3).toISOString();

describe('formatClock', () => {
  it('shows the seed times in Kyiv time', () => {
    expect(formatClock(SEED, 'uk', KYIV)).to.equal('16:12');
    expect(formatClock('2025-05-24T10:01:00Z', 'ru', KYIV)).to.equal('13:01');
    expect(formatClock('2025-05-24T06:05:00Z', 'uk', KYIV)).to.equal('09:05');
  });

  it('follows the zone, including its winter offset', () => {
    expect(formatClock(SEED, 'en-GB', 'UTC')).to.equal('13:12');
    expect(formatClock(SEED, 'en-GB', 'Europe/London')).to.equal('14:12');
    expect(formatClock('2025-01-10T13:12:00Z', 'uk', KYIV)).to.equal('15:12');
  });

  it("keeps the locale's own 12/24-hour style", () => {
    expect(formatClock(SEED, 'en-US', KYIV)).to.match(/^4:12\sPM$/);
    expect(formatClock(SEED, 'de', KYIV)).to.equal('16:12');
  });

  it("uses the reader's zone for a missing or unknown zone, without throwing", () => {
    const own = formatClock(SEED, 'uk');
    expect(own).to.match(/^\d\d:12$/);
    expect(formatClock(SEED, 'uk', 'Kyiv')).to.equal(own);
    expect(formatClock(SEED, 'uk', '')).to.equal(own);
  });

  it('gives an empty string for an invalid date', () => {
    for (const iso of INVALID) expect(formatClock(iso, 'uk', KYIV), String(iso)).to.equal('');
  });
});

describe('formatDay', () => {
  it("writes the day and short month in the locale's style", () => {
    expect(formatDay(SEED, 'uk', KYIV)).to.equal('24 трав.');
    expect(formatDay(SEED, 'ru', KYIV)).to.equal('24 мая');
    expect(formatDay(SEED, 'en-GB', KYIV)).to.equal('24 May');
    expect(formatDay(SEED, 'en-US', KYIV)).to.equal('May 24');
    expect(formatDay(SEED, 'de', KYIV)).to.equal('24. Mai');
  });

  it('takes the calendar day of the zone', () => {
    // 22:30 UTC is already 01:30 the next day in Kyiv.
    expect(formatDay('2025-05-24T22:30:00Z', 'uk', KYIV)).to.equal('25 трав.');
    expect(formatDay('2025-05-24T22:30:00Z', 'uk', 'UTC')).to.equal('24 трав.');
  });

  it('gives an empty string for an invalid date', () => {
    for (const iso of INVALID) expect(formatDay(iso, 'uk', KYIV), String(iso)).to.equal('');
  });
});

describe('formatStamp', () => {
  it('writes the full date and time in the zone', () => {
    const uk = formatStamp(SEED, 'uk', KYIV);
    expect(uk).to.include('24 травня 2025').and.to.include('16:12');
    expect(formatStamp(SEED, 'en-GB', KYIV)).to.include('24 May 2025').and.to.include('16:12');
    expect(formatStamp(SEED, 'de', KYIV)).to.include('24. Mai 2025').and.to.include('16:12');
    expect(formatStamp(SEED, 'en-US', 'UTC')).to.include('May 24, 2025').and.to.match(/1:12\sPM/);
  });

  it('gives an empty string for an invalid date or unknown zone', () => {
    for (const iso of INVALID) expect(formatStamp(iso, 'uk', KYIV), String(iso)).to.equal('');
    expect(formatStamp(SEED, 'uk', 'Mars/Base')).to.equal(formatStamp(SEED, 'uk'));
  });
});

describe('isSameDay', () => {
  const now = '2025-05-24T20:00:00Z'; // 23:00 in Kyiv

  it('compares calendar days in the zone', () => {
    expect(isSameDay(SEED, Date.parse(now), KYIV)).to.equal(true);
    expect(isSameDay('2025-05-24T22:30:00Z', new Date(now), 'UTC')).to.equal(true);
    expect(isSameDay('2025-05-24T22:30:00Z', new Date(now), KYIV)).to.equal(false);
    expect(isSameDay('2025-05-23T20:59:59Z', new Date(now), KYIV)).to.equal(false);
    expect(isSameDay('2025-05-23T21:00:00Z', new Date(now), KYIV)).to.equal(true);
    expect(isSameDay('2024-05-24T13:12:00Z', new Date(now), KYIV)).to.equal(false);
    expect(isSameDay('2125-05-24T13:12:00Z', new Date(now), KYIV)).to.equal(false);
  });

  it('is false for an invalid date or now, and survives an unknown zone', () => {
    for (const iso of INVALID) expect(isSameDay(iso, Date.parse(now), KYIV), String(iso)).to.equal(false);
    expect(isSameDay(SEED, NaN, KYIV)).to.equal(false);
    expect(isSameDay(SEED, new Date('nope'), KYIV)).to.equal(false);
    expect(isSameDay(SEED, Date.parse(SEED) + 1000, 'Mars/Base')).to.equal(true);
  });
});

describe('formatAge', () => {
  it('chooses seconds, minutes, hours and days', () => {
    const ages: [number, string][] = [
      [0, 'now'],
      [30, '30 seconds ago'],
      [60, '1 minute ago'],
      [5 * 60, '5 minutes ago'],
      [59 * 60 + 59, '59 minutes ago'],
      [90 * 60, '1 hour ago'],
      [3 * 3600, '3 hours ago'],
      [23 * 3600 + 3599, '23 hours ago'],
      [26 * 3600, 'yesterday'],
      [3 * 86400, '3 days ago'],
    ];
    for (const [seconds, text] of ages) expect(formatAge(SEED, Date.parse(SEED) + seconds * 1e3, 'en'), `${seconds} s`).to.equal(text);
  });

  it('writes ages in uk, ru and any other locale', () => {
    const now = new Date(shift(SEED, 5 * 60));
    expect(formatAge(SEED, now, 'uk')).to.equal('5 хвилин тому');
    expect(formatAge(SEED, now, 'ru')).to.equal('5 минут назад');
    expect(formatAge(SEED, now, 'de')).to.equal('vor 5 Minuten');
    expect(formatAge(SEED, Date.parse(shift(SEED, 21 * 60)), 'uk')).to.equal('21 хвилину тому');
    expect(formatAge(SEED, Date.parse(SEED), 'uk')).to.equal('зараз');
  });

  it('reads a slightly future date as now, a later one as future', () => {
    expect(formatAge(shift(SEED, 20), Date.parse(SEED), 'en')).to.equal('now');
    expect(formatAge(shift(SEED, 5 * 60), Date.parse(SEED), 'en')).to.equal('in 5 minutes');
  });

  it('gives an empty string for an invalid date or now', () => {
    for (const iso of INVALID) expect(formatAge(iso, Date.parse(SEED), 'en'), String(iso)).to.equal('');
    expect(formatAge(SEED, NaN, 'en')).to.equal('');
    expect(formatAge(SEED, Infinity, 'en')).to.equal('');
  });
});
