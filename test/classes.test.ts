import { expect, html, waitUntil } from '@open-wc/testing';
import { StrichkaCard, StrichkaFeed, StrichkaTagCloud, StrichkaTicker } from '../src/classes.js';
import { testFeedUrl } from './test-feed-url.js';
import { wrapperFixture } from './wrapper-fixture.js';

// src/classes.ts registers nothing: a page names the elements itself, and they work under those names.
customElements.define('news-feed', StrichkaFeed);
customElements.define('news-ticker', StrichkaTicker);
customElements.define('news-card', StrichkaCard);
customElements.define('news-tags', StrichkaTagCloud);

describe('the classes registered under names of the page’s own', () => {
  it('share a feed by id and render it: rows, a card and tags', async () => {
    expect(customElements.get('strichka-ticker')).to.equal(undefined);
    const wrapper = await wrapperFixture(html`<div lang="en">
      <news-feed id="renamed-feed" src=${testFeedUrl('demo/feeds/news-en.xml').url}></news-feed>
      <news-ticker feed="renamed-feed" limit="3"></news-ticker>
      <news-card feed="renamed-feed" index="1"></news-card>
      <news-tags feed="renamed-feed" limit="4"></news-tags>
    </div>`);
    const shown = (tag: string, part: string) => wrapper.querySelector(tag)!.shadowRoot!.querySelectorAll(`[part~="${part}"]`).length;
    await waitUntil(() => shown('news-ticker', 'item') && shown('news-card', 'card') && shown('news-tags', 'tag'), 'the renamed elements did not render', { timeout: 5000 });
    expect(shown('news-ticker', 'item')).to.equal(3);
    expect(shown('news-card', 'card')).to.equal(1);
    expect(shown('news-tags', 'tag')).to.equal(4);
  });
});
