import { expect } from '@open-wc/testing';
import { parseFeedDate } from '../../src/feed/feed-date.js';

describe('parseFeedDate', () => {
  it('reads RFC 822 / 1123 dates with named zones and numeric offsets', () => {
    const table: [string, string][] = [
      ['Thu, 01 Jan 2004 19:48:21 GMT', '2004-01-01T19:48:21.000Z'],
      ['Sat, 07 Sep 2002 00:00:01 GMT', '2002-09-07T00:00:01.000Z'],
      ['Tue, 10 Jun 2003 04:00:00 PST', '2003-06-10T12:00:00.000Z'],
      ['Tue, 10 Jun 2003 04:00:00 PDT', '2003-06-10T11:00:00.000Z'],
      ['Mon, 24 May 2025 10:53:00 EST', '2025-05-24T15:53:00.000Z'],
      ['Mon, 24 May 2025 10:53:00 EDT', '2025-05-24T14:53:00.000Z'],
      ['Mon, 24 May 2025 10:53:00 CST', '2025-05-24T16:53:00.000Z'],
      ['Mon, 24 May 2025 10:53:00 CDT', '2025-05-24T15:53:00.000Z'],
      ['Mon, 24 May 2025 10:53:00 MST', '2025-05-24T17:53:00.000Z'],
      ['Mon, 24 May 2025 10:53:00 MDT', '2025-05-24T16:53:00.000Z'],
      ['Mon, 24 May 2025 10:53:00 UT', '2025-05-24T10:53:00.000Z'],
      ['Mon, 24 May 2025 10:53:00 UTC', '2025-05-24T10:53:00.000Z'],
      ['Mon, 24 May 2025 10:53:00 Z', '2025-05-24T10:53:00.000Z'],
      ['Sat, 24 May 2025 13:53:00 +0300', '2025-05-24T10:53:00.000Z'],
      ['Sat, 24 May 2025 05:53:00 -05:00', '2025-05-24T10:53:00.000Z'],
      ['Sat, 24 May 2025 16:23:00 +0530', '2025-05-24T10:53:00.000Z'],
      ['Sat, 24 May 2025 13:53:00 GMT+0300', '2025-05-24T10:53:00.000Z'],
      ['Sat, 24 May 2025 13:53:00 +0300 (EEST)', '2025-05-24T10:53:00.000Z'],
    ];
    for (const [input, expected] of table) expect(parseFeedDate(input), input).to.equal(expected);
  });

  it('reads RFC 822 military zones other than Z as UTC, as RFC 2822 §4.3 says (their signs were defined backwards)', () => {
    expect(parseFeedDate('24 May 2025 10:53 A')).to.equal('2025-05-24T10:53:00.000Z');
    expect(parseFeedDate('24 May 2025 10:53 M')).to.equal('2025-05-24T10:53:00.000Z');
    expect(parseFeedDate('24 May 2025 10:53 Y')).to.equal('2025-05-24T10:53:00.000Z');
    expect(parseFeedDate('24 May 2025 10:53 Z')).to.equal('2025-05-24T10:53:00.000Z');
  });

  it('accepts missing weekday, missing seconds, long names, any case and a missing zone (UTC)', () => {
    const table: [string, string][] = [
      ['24 May 2025 10:53:00 GMT', '2025-05-24T10:53:00.000Z'],
      ['Sat, 24 May 2025 10:53 GMT', '2025-05-24T10:53:00.000Z'],
      ['Saturday, 24 May 2025 10:53:00 GMT', '2025-05-24T10:53:00.000Z'],
      ['sat, 24 MAY 2025 10:53:00 gmt', '2025-05-24T10:53:00.000Z'],
      ['Sun, 6 September 2009 08:00:00 +0000', '2009-09-06T08:00:00.000Z'],
      ['Sat, 24 May 2025 10:53:00', '2025-05-24T10:53:00.000Z'],
      ['Sat, 4 May 2025 9:05:07 GMT', '2025-05-04T09:05:07.000Z'],
      ['24 May 2025', '2025-05-24T00:00:00.000Z'],
    ];
    for (const [input, expected] of table) expect(parseFeedDate(input), input).to.equal(expected);
  });

  it('reads two-digit years by the RFC 2822 rule (< 50 is 20xx) and three-digit years from 1900', () => {
    expect(parseFeedDate('Sat, 24 May 25 10:53:00 GMT')).to.equal('2025-05-24T10:53:00.000Z');
    expect(parseFeedDate('Mon, 24 May 49 10:53:00 GMT')).to.equal('2049-05-24T10:53:00.000Z');
    expect(parseFeedDate('Tue, 24 May 50 10:53:00 GMT')).to.equal('1950-05-24T10:53:00.000Z');
    expect(parseFeedDate('Fri, 24 May 99 10:53:00 GMT')).to.equal('1999-05-24T10:53:00.000Z');
    expect(parseFeedDate('24 May 102 10:53:00 GMT')).to.equal('2002-05-24T10:53:00.000Z');
  });

  it('reads RFC 3339 / ISO 8601 / W3C-DTF dates', () => {
    const table: [string, string][] = [
      ['2003-12-31T10:14:55Z', '2003-12-31T10:14:55.000Z'],
      ['2003-12-31t10:14:55z', '2003-12-31T10:14:55.000Z'],
      ['2002-10-13T09:00+01:00', '2002-10-13T08:00:00.000Z'],
      ['2004-04-06T23:05:43-05:00', '2004-04-07T04:05:43.000Z'],
      ['2025-05-24T13:53:00+0300', '2025-05-24T10:53:00.000Z'],
      ['2025-05-24T13:53:00+03', '2025-05-24T10:53:00.000Z'],
      ['2025-05-24T10:53:00.5Z', '2025-05-24T10:53:00.500Z'],
      ['2025-05-24T10:53:00.123456789-00:00', '2025-05-24T10:53:00.123Z'],
      ['2025-05-24 10:53:00', '2025-05-24T10:53:00.000Z'],
      ['2025-05-24 10:53:00 UTC', '2025-05-24T10:53:00.000Z'],
      ['2025-05-24T10:53:00', '2025-05-24T10:53:00.000Z'],
      ['2025-05-24', '2025-05-24T00:00:00.000Z'],
      ['2025-05', '2025-05-01T00:00:00.000Z'],
      ['2025/05/24 10:53', '2025-05-24T10:53:00.000Z'],
      ['  2025-05-24T10:53:00Z\n', '2025-05-24T10:53:00.000Z'],
    ];
    for (const [input, expected] of table) expect(parseFeedDate(input), input).to.equal(expected);
  });

  it('reads sloppy variants seen in real feeds (an unknown zone name counts as UTC)', () => {
    const table: [string, string][] = [
      ['03 Apr 02 1500 GMT', '2002-04-03T15:00:00.000Z'],
      ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'],
      ['Wed Jun 09 09:58:10 2004', '2004-06-09T09:58:10.000Z'],
      ['May 24, 2025 10:53 PM EST', '2025-05-25T03:53:00.000Z'],
      ['May 24, 2025 12:05 AM', '2025-05-24T00:05:00.000Z'],
      ['24-May-2025 10:53:00 +0000', '2025-05-24T10:53:00.000Z'],
      ['Sat,24 May 2025 10:53:00 GMT', '2025-05-24T10:53:00.000Z'],
      ['Sa, 24. Mai 2025 10:53:00 +0200', '2025-05-24T08:53:00.000Z'],
      ['24 de mayo de 2025 10:53', '2025-05-24T10:53:00.000Z'],
      ['Mar, 24 May 2025 10:53:00 GMT', '2025-05-24T10:53:00.000Z'],
      ['Sat, 24 May 2025 10:53:00 XYZ', '2025-05-24T10:53:00.000Z'],
    ];
    for (const [input, expected] of table) expect(parseFeedDate(input), input).to.equal(expected);
  });

  it('agrees with every isoDate in the rss-parser golden outputs of real feeds', async () => {
    const goldens = ['atom-customfields', 'content-encoded', 'craigslist', 'feedburner', 'giantbomb-podcast', 'guardian',
      'gulp-atom', 'heise', 'itunes-href', 'itunes-keywords-astext', 'many-links', 'reddit', 'reddit-home', 'rss-1'];
    let compared = 0;
    for (const name of goldens) {
      const golden = (await (await fetch(`/corpus/rss-parser/test/output/${name}.json`)).json()) as {
        feed: { items: { pubDate?: string; isoDate?: string }[] };
      };
      for (const { pubDate, isoDate } of golden.feed.items) {
        if (!pubDate || !isoDate) continue;
        expect(parseFeedDate(pubDate), `${name}: ${pubDate}`).to.equal(isoDate);
        compared++;
      }
    }
    expect(compared).to.be.above(900);
  });

  it('returns undefined for anything it cannot read, never Invalid Date, never throwing', () => {
    const unreadable = [undefined, '', '   ', 'garbage', 'yesterday', 'Sat, 24 May', '24 2025', 'May 2025', '2025',
      '2025-02-30', '2025-13-01', '2025-05-24T25:00:00Z', '2025-05-24T10:61:00Z', 'Sat, 31 Apr 2025 10:00:00 GMT',
      'Sat, 24 May 2025 10:53:00 +9900', 'Sat, 24 May 2025 10:53:00 +05:99', '0001-01-01T00:00:00Z', '24 May 2025 13:00 PM',
      '1 2 3 4 5', '12345678901234567890', 'Sat, 24 Xyz 2025 10:53:00 GMT', 'Sat, 31 Jun 2025 10:53:00 +0000', 'x'.repeat(10000), '2025-05-24T10:53:00Zjunk', 'Invalid Date', '٢٠٢٥-٠٥-٢٤'];
    for (const input of unreadable) expect(parseFeedDate(input), String(input).slice(0, 40)).to.equal(undefined);
    expect(parseFeedDate(42 as unknown as string)).to.equal(undefined);
  });

  it('handles leap years and leap seconds', () => {
    expect(parseFeedDate('2024-02-29T12:00:00Z')).to.equal('2024-02-29T12:00:00.000Z');
    expect(parseFeedDate('2025-02-29T12:00:00Z')).to.equal(undefined);
    expect(parseFeedDate('2016-12-31T23:59:60Z')).to.equal('2017-01-01T00:00:00.000Z');
  });
});
