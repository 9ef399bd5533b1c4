import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/feed-element.js';
import type { StrichkaErrorDetail, StrichkaLoadDetail } from '../../src/core/strichka-events.js';
import './feed-reader.fixture.js';
import type { FeedReader } from './feed-reader.fixture.js';
import { serverLog, testFeedUrl } from '../test-feed-url.js';

const NEWS_EN = 'demo/feeds/news-en.xml';
const ready = (reader: FeedReader) => waitUntil(() => reader.status == 'ready', 'reader never became ready', { timeout: 5000 });

describe('FeedController', () => {
  beforeEach(() => localStorage.clear());

  it('three elements naming one URL (by src and through <strichka-feed>) make one request', async () => {
    const { id, url } = testFeedUrl(NEWS_EN, { delay: 200 });
    const page = fixtureSync<HTMLElement>(html`<div>
      <test-feed-reader src=${url}></test-feed-reader>
      <test-feed-reader feed="shared-news"></test-feed-reader>
      <test-feed-reader src=${new URL(url, location.href).href}></test-feed-reader>
      <strichka-feed id="shared-news" src=${url}></strichka-feed>
    </div>`);
    const readers = [...page.querySelectorAll<FeedReader>('test-feed-reader')];
    await Promise.all(readers.map(ready));
    expect(readers.map((reader) => reader.summary)).to.deep.equal(Array(3).fill('ready 10 en ltr'));
    expect(await serverLog(id)).to.have.length(1);
  });

  it('fires strichka-load with the feed, and follows a changed <strichka-feed src>', async () => {
    const page = fixtureSync<HTMLElement>(html`<div>
      <strichka-feed id="columns" src=${testFeedUrl(NEWS_EN).url}></strichka-feed>
      <test-feed-reader feed="columns"></test-feed-reader>
    </div>`);
    const reader = page.querySelector<FeedReader>('test-feed-reader')!;
    await ready(reader);
    expect(reader.summary).to.equal('ready 10 en ltr');

    const loaded = oneEvent(page, 'strichka-load');
    page.querySelector('strichka-feed')!.setAttribute('src', testFeedUrl('demo/feeds/columns.atom').url);
    const { detail } = (await loaded) as CustomEvent<StrichkaLoadDetail>;
    expect(detail.feed.format).to.equal('atom');
    expect(detail.stale).to.equal(false);
    await waitUntil(() => reader.summary == 'ready 4 en ltr');
  });

  it('keeps the fallback and fires strichka-error when the server fails with nothing cached', async () => {
    const reader = fixtureSync<FeedReader>(html`<test-feed-reader src=${testFeedUrl('error').url}><p>Fallback</p></test-feed-reader>`);
    const { detail } = (await oneEvent(reader, 'strichka-error')) as CustomEvent<StrichkaErrorDetail>;
    expect(detail.error.code).to.equal('http');
    expect(detail.error.status).to.equal(500);
    expect(detail.stale).to.equal(false);
    expect(reader.status).to.equal('error');
    expect(reader.shadowRoot!.querySelector('slot')).to.not.equal(null);
  });

  it('shows the last good copy, marked stale, when a refresh fails', async () => {
    const reader = fixtureSync<FeedReader>(html`<test-feed-reader src=${testFeedUrl('demo/feeds/news-uk.xml,error').url}></test-feed-reader>`);
    await ready(reader);
    const failed = oneEvent(reader, 'strichka-error');
    await reader.reload();
    expect(((await failed) as CustomEvent<StrichkaErrorDetail>).detail.stale).to.equal(true);
    expect(reader.summary).to.equal('stale 10 en ltr');
  });

  it('stops listening when disconnected and takes the current data when connected again', async () => {
    const { url } = testFeedUrl(`${NEWS_EN},demo/feeds/columns.atom`);
    const page = fixtureSync<HTMLElement>(html`<div>
      <test-feed-reader src=${url}></test-feed-reader><test-feed-reader src=${url}></test-feed-reader>
    </div>`);
    const [kept, removed] = [...page.querySelectorAll<FeedReader>('test-feed-reader')] as [FeedReader, FeedReader];
    await ready(kept);
    removed.remove();
    let loads = 0;
    removed.addEventListener('strichka-load', () => loads++);
    await kept.reload();
    await waitUntil(() => kept.summary == 'ready 4 en ltr');
    expect(loads).to.equal(0);
    expect(removed.summary).to.equal('ready 10 en ltr');
    page.append(removed);
    await waitUntil(() => removed.summary == 'ready 4 en ltr');
  });

  it('re-renders with the locale and direction of the nearest [lang] and [dir] when they change', async () => {
    const page = fixtureSync<HTMLElement>(html`<div lang="uk">
      <test-feed-reader src=${testFeedUrl(NEWS_EN).url}></test-feed-reader>
    </div>`);
    const reader = page.querySelector<FeedReader>('test-feed-reader')!;
    await ready(reader);
    expect(reader.summary).to.equal('ready 10 uk ltr');
    page.lang = 'ar';
    await waitUntil(() => reader.summary == 'ready 10 ar rtl');
    page.setAttribute('dir', 'ltr');
    await waitUntil(() => reader.summary == 'ready 10 ar ltr');
  });

  it('takes the feed of its language from src-<lang>, and switches it when the language changes', async () => {
    const page = fixtureSync<HTMLElement>(html`<div lang="uk">
      <test-feed-reader src=${testFeedUrl(NEWS_EN).url} src-uk=${testFeedUrl('demo/feeds/news-uk.xml').url}></test-feed-reader>
      <strichka-feed id="by-language" src-uk=${testFeedUrl('demo/feeds/columns.atom').url} src-en=${testFeedUrl(NEWS_EN).url}></strichka-feed>
      <test-feed-reader feed="by-language"></test-feed-reader>
    </div>`);
    const [own, shared] = [...page.querySelectorAll<FeedReader>('test-feed-reader')] as [FeedReader, FeedReader];
    await waitUntil(() => own.feedState.feed?.language == 'uk' && shared.feedState.feed?.format == 'atom', 'Ukrainian feeds', { timeout: 5000 });
    page.lang = 'en';
    await waitUntil(() => own.feedState.feed?.language == 'en' && shared.feedState.feed?.language == 'en', 'English feeds', { timeout: 5000 });
  });

  it('fills {lang} in src with the element language', async () => {
    const page = fixtureSync<HTMLElement>(html`<div lang="ru">
      <test-feed-reader src="/demo/feeds/news-{lang}.xml"></test-feed-reader>
    </div>`);
    const reader = page.querySelector<FeedReader>('test-feed-reader')!;
    await waitUntil(() => reader.feedState.feed?.language == 'ru', 'the Russian feed', { timeout: 5000 });
    expect(reader.feedState.feed!.items[0]!.title).to.match(/^В Крыму/);
  });
});
