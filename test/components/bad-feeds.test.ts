import { expect, html, oneEvent, unsafeStatic } from '@open-wc/testing';
import type { StrichkaDataElement } from '../../src/core/strichka-data-element.js';
import type { StrichkaErrorDetail } from '../../src/core/strichka-events.js';
import { getFeedSource, type FeedErrorCode } from '../../src/feed/index.js';
import '../../src/index.js';
import { testFeedUrl } from '../test-feed-url.js';
import { wrapperFixture } from '../wrapper-fixture.js';
import { NEWS_EN } from './card/fixtures/card-fixtures.js';
import { expectAccessible } from '../axe.js';

/** A bad answer of the test server's feed route, and the code of the `strichka-error` it gives. */
interface BadAnswer {
  name: string;
  step: string;
  code: FeedErrorCode;
  query?: Record<string, string>;
  /** Seconds, for a source created before the element (which cannot set a time-out). */
  timeout?: number;
}

/** The time-out when a good answer comes first: time enough for it on a busy machine. */
const TIMEOUT_AFTER_GOOD_ANSWER = 1.5;

const BAD_ANSWERS: BadAnswer[] = [
  { name: 'a 500', step: 'error', code: 'http' },
  { name: 'an HTML error page with 200', step: 'html', code: 'not-a-feed' },
  { name: 'malformed XML', step: 'malformed', code: 'malformed' },
  // 20 MB in one item against the client's default limit of 5 MB (a cut-off feed's complete items show).
  { name: 'a body over the size limit', step: 'huge-item', code: 'too-large' },
  { name: 'a server slower than the time-out', step: 'slow', code: 'timeout', query: { ms: '10000' }, timeout: 0.1 },
  { name: 'a connection cut mid-body', step: 'cut', code: 'network' },
];

/** Each data element, and a selector of what it shows of a feed's data. */
const ELEMENTS = [
  { tag: 'strichka-ticker', data: '[part~="item"]' },
  { tag: 'strichka-card', data: '[part~="card"]' },
  { tag: 'strichka-tag-cloud', data: '[part~="tag"]' },
];

const isVisible = (node: Element) => node.getClientRects().length > 0;

/** The next `strichka-load` or `strichka-error` that reaches `target`: a wrong outcome fails at once instead of timing out. */
const nextOutcome = (target: EventTarget) =>
  Promise.race(['strichka-load', 'strichka-error'].map((type) => oneEvent(target, type))) as Promise<CustomEvent<StrichkaErrorDetail>>;

describe('data elements given a bad feed', () => {
  /** What reached the window uncaught during the test. */
  let uncaught: string[] = [];
  const recordUncaught = (event: ErrorEvent | PromiseRejectionEvent) => uncaught.push(String('reason' in event ? event.reason : event.message));

  beforeEach(() => {
    localStorage.clear();
    uncaught = [];
    addEventListener('error', recordUncaught);
    addEventListener('unhandledrejection', recordUncaught);
  });

  afterEach(() => {
    removeEventListener('error', recordUncaught);
    removeEventListener('unhandledrejection', recordUncaught);
  });

  for (const bad of BAD_ANSWERS) {
    describe(bad.name, () => {
      for (const { tag, data } of ELEMENTS) {
        for (const via of ['src', 'feed'] as const) {
          for (const cached of [false, true]) {
            it(`<${tag}> with ${via == 'src' ? 'its own src' : 'feed="id"'} ${cached ? 'keeps its last good copy' : 'shows its fallback'} (${bad.code})`, async () => {
              const { url, id } = testFeedUrl(cached ? `${NEWS_EN},${bad.step}` : bad.step, { query: bad.query });
              // Sources are shared per URL: the first to ask for one sets its options.
              if (bad.timeout) getFeedSource(url, { timeout: cached ? TIMEOUT_AFTER_GOOD_ANSWER : bad.timeout });
              const name = unsafeStatic(tag);
              // Listening before the elements exist: the event may come before the fixture is rendered.
              let outcome = nextOutcome(document);
              const wrapper = await wrapperFixture(
                via == 'src'
                  ? html`<div lang="en"><${name} src=${url}><p>Our news</p></${name}></div>`
                  : html`<div lang="en"><strichka-feed id=${id} src=${url}></strichka-feed><${name} feed=${id}><p>Our news</p></${name}></div>`,
              );
              const el = wrapper.querySelector<StrichkaDataElement>(tag)!;
              const shown = () => el.shadowRoot!.querySelectorAll(data).length;
              const fallback = el.querySelector('p')!;
              let shownBefore = 0;
              if (cached) {
                expect((await outcome).type, 'the first answer').to.equal('strichka-load');
                await el.updateComplete;
                shownBefore = shown();
                expect(shownBefore, 'the first answer is shown').to.be.greaterThan(0);
                outcome = nextOutcome(el);
                await el.reload();
              }
              const { type, target, detail } = await outcome;
              expect(type).to.equal('strichka-error');
              expect(target).to.equal(el);
              expect(detail.error.code).to.equal(bad.code);
              expect(detail.stale).to.equal(cached);
              expect(detail.url).to.equal(new URL(url, location.href).href);
              await el.updateComplete;
              expect(el.feedState.status).to.equal(cached ? 'stale' : 'error');
              expect(shown(), 'the data shown').to.equal(shownBefore);
              expect(isVisible(fallback), 'the fallback is visible').to.equal(!cached);
              if (cached) expect(el.shadowRoot!.querySelector('[part~="note"]')!.textContent).to.match(/^as of \d{1,2}:\d{2}/);
              if (bad == BAD_ANSWERS[0]) await expectAccessible(el);
              expect(uncaught).to.deep.equal([]);
            });
          }
        }
      }
    });
  }

  it('a feed cut off inside an item: the ticker shows the complete items, no note, and warns with a partial strichka-error', async () => {
    const { url } = testFeedUrl('truncated');
    const outcomes = Promise.all(['strichka-load', 'strichka-error'].map((type) => oneEvent(document, type))) as Promise<CustomEvent<StrichkaErrorDetail>[]>;
    const wrapper = await wrapperFixture(html`<div lang="en"><strichka-ticker src=${url}><p>Our news</p></strichka-ticker></div>`);
    const el = wrapper.querySelector<StrichkaDataElement>('strichka-ticker')!;
    const [, warning] = await outcomes;
    expect(warning.target).to.equal(el);
    expect(warning.detail.error.code).to.equal('partial');
    expect(warning.detail.stale).to.equal(false);
    await el.updateComplete;
    expect(el.feedState.status).to.equal('ready');
    const titles = [...el.shadowRoot!.querySelectorAll('[part~="item"]')].map((row) => row.querySelector('[part~="link"]')!.textContent!.trim());
    expect(titles).to.deep.equal(['Story 1', 'Story 2']);
    expect(el.shadowRoot!.querySelector('[part~="note"]')).to.equal(null);
    expect(isVisible(el.querySelector('p')!), 'the fallback is visible').to.equal(false);
    await expectAccessible(el);
    expect(uncaught).to.deep.equal([]);
  });
});

