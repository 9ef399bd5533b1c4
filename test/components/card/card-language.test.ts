import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/card.js';
import type { StrichkaCard } from '../../../src/card.js';
import { testFeedUrl } from '../../test-feed-url.js';
import { wrapperFixture } from '../../wrapper-fixture.js';
import { part, testItem, untilPart } from './fixtures/card-fixtures.js';
import { expectAccessible } from '../../axe.js';

/** news-uk.xml: a feed in Ukrainian (`<language>uk</language>`); its item 2 has an image with alternative text. */
const NEWS_UK = 'demo/feeds/news-uk.xml';

/** The parts that show the feed's own text. */
const FEED_TEXT = ['image', 'title', 'authors', 'summary', 'tag'];

/** The `lang` attribute of each of `names` (the first of each part), null where there is none. */
const langs = (el: StrichkaCard, names: string[]) => names.map((name) => part(el, name)!.getAttribute('lang'));

describe('<strichka-card>: language and direction of the feed text', () => {
  beforeEach(() => localStorage.clear());

  it("gives the feed's text the feed's language on an element of another, and the time none", async () => {
    const el = await fixture<StrichkaCard>(html`<strichka-card lang="en" index="2" src=${testFeedUrl(NEWS_UK).url}></strichka-card>`);
    await untilPart(el, 'image');
    expect(langs(el, FEED_TEXT)).to.deep.equal(FEED_TEXT.map(() => 'uk'));
    // The times and labels are the element's words, read in its language.
    expect(part(el, 'time')!.closest('[lang]')).to.be.null;
    expect(part(el, 'tags')!.hasAttribute('lang')).to.be.false;
    expect(part(el, 'card')!.hasAttribute('lang')).to.be.false;
    await expectAccessible(el);
  });

  it("leaves lang out when the feed's language is the element's", async () => {
    const el = await fixture<StrichkaCard>(html`<strichka-card lang="uk" index="2" src=${testFeedUrl(NEWS_UK).url}></strichka-card>`);
    await untilPart(el, 'image');
    expect(langs(el, FEED_TEXT)).to.deep.equal(FEED_TEXT.map(() => null));
  });

  it('leaves lang out for an item set from script, whose language is unknown', async () => {
    const el = await fixture<StrichkaCard>(html`<strichka-card lang="en" .item=${testItem()} src=${testFeedUrl(NEWS_UK).url}></strichka-card>`);
    await el.reload();
    expect(el.feedState.feed?.language).to.equal('uk');
    expect(el.shadowRoot!.querySelector('[lang]')).to.be.null;
  });

  it('isolates the feed text on a right-to-left page: an English summary keeps its full stop at its end', async () => {
    const wrapper = await wrapperFixture(html`<div lang="ar" dir="rtl" style="inline-size: 40em">
      <strichka-card .item=${testItem({ summary: 'Short news item.' })}></strichka-card>
    </div>`);
    const el = wrapper.querySelector('strichka-card')!;
    expect(part(el, 'card')!.matches(':dir(rtl)')).to.be.true;
    for (const name of ['title', 'authors', 'summary', 'tag']) {
      expect(part(el, name)!.getAttribute('dir'), name).to.equal('auto');
      expect(part(el, name)!.matches(':dir(ltr)'), name).to.be.true;
    }
    const summary = [...part(el, 'summary')!.childNodes].find((node) => node.nodeType == Node.TEXT_NODE)!;
    const box = (offset: number) => {
      const range = document.createRange();
      range.setStart(summary, offset);
      range.setEnd(summary, offset + 1);
      return range.getBoundingClientRect();
    };
    // Left to right: "S" first, the full stop last (not ".Short news item").
    expect(box(0).left).to.be.lessThan(box('Short news item'.length).left);
  });
});
