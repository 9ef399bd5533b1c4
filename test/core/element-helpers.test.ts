import { expect } from '@open-wc/testing';
import { nothing } from 'lit';
import { boundedInteger } from '../../src/core/bounded-integer.js';
import { isUpdated, itemTime } from '../../src/core/item-time.js';
import { linkRel } from '../../src/core/link-rel.js';
import { reuseWhileSame } from '../../src/core/reuse-while-same.js';
import { tagHref } from '../../src/core/tag-href.js';
import { staleNote } from '../../src/core/time-label.js';
import { FeedError, type FeedItem } from '../../src/feed/index.js';
import { formatClock, formatDay } from '../../src/i18n/format-time.js';

const item = (fields: Partial<FeedItem>): FeedItem => ({ id: 'a', title: 'A', authors: [], tags: [], enclosures: [], ...fields });

describe('element helpers', () => {
  it('boundedInteger: the fallback for anything but a positive number, else floored into range', () => {
    expect([undefined, NaN, 0, -3, '5'].map((value) => boundedInteger(value, 7))).to.deep.equal([7, 7, 7, 7, 7]);
    expect(boundedInteger(2.9, 7)).to.equal(2);
    expect(boundedInteger(9, 3, 1, 6)).to.equal(6);
    expect(boundedInteger(1, 2, 2, 6)).to.equal(2);
  });

  it('linkRel: noopener only for a target that opens a new browsing context', () => {
    expect(linkRel('_blank')).to.equal('noopener');
    expect(linkRel('news')).to.equal('noopener');
    expect([undefined, '', '_self', '_TOP', '_parent'].map(linkRel)).to.deep.equal(Array(5).fill(nothing));
  });

  it('reuseWhileSame: the last value while every input is the same object or value, a new one when any differs', () => {
    const rows = reuseWhileSame<{ made: number }>();
    let made = 0;
    const make = () => ({ made: ++made });
    const items = [item({})];
    const first = rows([items, 'uk', 1], make);
    expect(rows([items, 'uk', 1], make)).to.equal(first);
    expect(rows([[...items], 'uk', 1], make)).to.deep.equal({ made: 2 });
    expect(rows([[...items], 'uk', 1], make)).to.deep.equal({ made: 3 });
    expect(rows([items, 'en', 1], make).made).to.equal(4);
    expect(rows([items, 'en', 2], make).made).to.equal(5);
  });

  it('itemTime: published, else updated', () => {
    expect(itemTime(item({ published: 'P', updated: 'U' }))).to.equal('P');
    expect(itemTime(item({ updated: 'U' }))).to.equal('U');
  });

  it('isUpdated: a revision 15 minutes or more after publication, unless most of the feed is "updated" (routine)', () => {
    const at = (published?: string, updated?: string) => item({ published, updated });
    const revised = at('2025-05-24T10:53:00Z', '2025-05-24T11:25:00Z');
    const typoFixed = at('2025-05-24T10:53:00Z', '2025-05-24T11:00:00Z');
    const earlier = at('2025-05-24T11:25:00Z', '2025-05-24T10:53:00Z');
    const undated = at(undefined, '2025-05-24T11:25:00Z');
    const news = [revised, typoFixed, earlier, undated, at('2025-05-24T09:00:00Z')];
    expect(news.map((each) => isUpdated(each, news))).to.deep.equal([true, false, false, false, false]);
    // A YouTube feed: every video "updated" hours later, as its view count changes.
    const videos = Array.from({ length: 5 }, (_, hour) => at(`2025-05-2${hour}T10:00:00Z`, '2025-05-24T18:00:00Z'));
    expect(videos.filter((each) => isUpdated(each, videos))).to.deep.equal([]);
    // A feed of two says too little to call it routine.
    expect(isUpdated(revised, [revised, typoFixed])).to.equal(true);
  });

  it('staleNote: the clock for a copy of today, the day for an older one, nothing unless the copy is shown for a failure', () => {
    const now = Date.parse('2025-05-24T18:00:00Z');
    const error = new FeedError('http', 'HTTP 500', 500);
    const today = Date.parse('2025-05-24T13:12:00Z');
    const older = Date.parse('2025-05-17T13:12:00Z');
    expect(staleNote({ status: 'stale', error, fetchedAt: today }, now, 'en', 'Europe/Kyiv')).to.equal(`as of ${formatClock('2025-05-24T13:12:00.000Z', 'en', 'Europe/Kyiv')}`);
    expect(staleNote({ status: 'stale', error, fetchedAt: older }, now, 'uk', 'Europe/Kyiv')).to.equal(`станом на ${formatDay('2025-05-17T13:12:00.000Z', 'uk', 'Europe/Kyiv')}`);
    expect(staleNote({ status: 'stale', fetchedAt: older }, now, 'en')).to.equal(undefined);
    expect(staleNote({ status: 'ready', fetchedAt: today }, now, 'en')).to.equal(undefined);
  });

  describe('tagHref', () => {
    const base = 'https://news.example/uk/article/1';

    it('fills the template with the encoded name, as written', () => {
      expect(tagHref('Zelenskyy & co/ä', undefined, '/tags/{tag}', base)).to.equal('/tags/Zelenskyy%20%26%20co%2F%C3%A4');
      expect(tagHref('обмін', undefined, 'https://news.example/?tag={tag}', base)).to.equal('https://news.example/?tag=%D0%BE%D0%B1%D0%BC%D1%96%D0%BD');
    });

    it("prefers the tag's own link", () => {
      expect(tagHref('exchange', '../topics/exchange', '/tags/{tag}', base)).to.equal('../topics/exchange');
    });

    it('refuses links that are not http(s) once resolved, however spelled', () => {
      expect(tagHref('x', undefined, "javascript:alert('{tag}')", base)).to.be.undefined;
      expect(tagHref('x', 'data:text/html,hi', undefined, base)).to.be.undefined;
      expect(tagHref('x', ' JavaScript:alert(1)', undefined, base)).to.be.undefined;
      expect(tagHref('x', 'java\tscript:alert(1)', undefined, base)).to.be.undefined;
      expect(tagHref('x', undefined, undefined, base)).to.be.undefined;
      expect(tagHref('x', '', '/tags/{tag}', base)).to.be.undefined;
    });
  });
});
