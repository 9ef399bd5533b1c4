import { expect } from '@open-wc/testing';
import { campaignUrl } from '../../../src/core/campaign-url.js';
import { tickerItems } from '../../../src/components/ticker/ticker-items.js';
import { timeLabel } from '../../../src/core/time-label.js';
import type { FeedItem } from '../../../src/feed/index.js';

const item = (id: string, fields: Partial<FeedItem> = {}): FeedItem => ({ id, title: id, authors: [], tags: [], enclosures: [], ...fields });

describe('ticker rows', () => {
  it('newest first by published (else updated) time, undated last in feed order, at most limit', () => {
    const items = [
      item('undated-1'),
      item('old', { published: '2025-05-24T10:00:00.000Z' }),
      item('undated-2'),
      item('new', { published: '2025-05-24T13:00:00.000Z' }),
      item('only-updated', { updated: '2025-05-24T12:00:00.000Z' }),
    ];
    expect(tickerItems(items, undefined, 10).map((each) => each.id)).to.deep.equal(['new', 'only-updated', 'old', 'undated-1', 'undated-2']);
    expect(tickerItems(items, undefined, 2).map((each) => each.id)).to.deep.equal(['new', 'only-updated']);
    expect(items[0]!.id).to.equal('undated-1', 'the feed order is left as it was');
  });

  it('filters by tag in any case', () => {
    const items = [item('a', { tags: ['Київ', 'дрони'] }), item('b', { tags: ['Одеса'] }), item('c', { tags: ['КИЇВ'] })];
    expect(tickerItems(items, 'київ', 10).map((each) => each.id)).to.deep.equal(['a', 'c']);
    expect(tickerItems(items, ' Одеса ', 10).map((each) => each.id)).to.deep.equal(['b']);
    expect(tickerItems(items, 'nothing', 10)).to.deep.equal([]);
  });

});

describe('ticker time label', () => {
  const now = Date.parse('2025-05-24T14:00:00Z'); // 17:00 in Kyiv

  it('shows the clock for today in the time zone and the day before that', () => {
    expect(timeLabel('2025-05-24T13:12:00.000Z', now, 'uk', 'Europe/Kyiv')).to.equal('16:12');
    expect(timeLabel('2025-05-23T20:00:00.000Z', now, 'uk', 'Europe/Kyiv')).to.match(/^23 трав/);
    expect(timeLabel('2025-05-23T20:00:00.000Z', now, 'en-GB', 'Europe/Kyiv')).to.equal('23 May');
  });

  it('decides "today" in the chosen zone, not UTC', () => {
    // 00:30 on 24 May in Kyiv is still 23 May in UTC.
    expect(timeLabel('2025-05-23T21:30:00.000Z', now, 'uk', 'Europe/Kyiv')).to.equal('00:30');
    expect(timeLabel('2025-05-23T21:30:00.000Z', now, 'uk', 'UTC')).to.match(/^23 трав/);
  });
});

describe('campaign links', () => {
  it('adds the set utm parameters only', () => {
    expect(campaignUrl('https://example.com/a/', { utm_source: 'partner', utm_medium: undefined, utm_campaign: 'spring' })).to.equal(
      'https://example.com/a/?utm_source=partner&utm_campaign=spring',
    );
  });

  it('replaces a parameter the link already has instead of repeating it, and keeps the others', () => {
    const url = new URL(campaignUrl('https://example.com/a/?utm_source=rss&x=1#top', { utm_source: 'partner' }));
    expect(url.searchParams.getAll('utm_source')).to.deep.equal(['partner']);
    expect(url.searchParams.get('x')).to.equal('1');
    expect(url.hash).to.equal('#top');
  });

  it('leaves a link untouched when nothing is set', () => {
    const url = 'https://example.com/a?b=%20c';
    expect(campaignUrl(url, { utm_source: '', utm_medium: undefined })).to.equal(url);
  });
});
