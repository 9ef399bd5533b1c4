import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { StrichkaErrorDetail } from '../../../src/core/strichka-events.js';
import '../../../src/tag-cloud.js';
import type { StrichkaTagCloud } from '../../../src/tag-cloud.js';
import { serverLog, testFeedUrl } from '../../test-feed-url.js';
import { wrapperFixture } from '../../wrapper-fixture.js';
import { WEIGHTS, part, tagItems, tagNames, tagTexts, untilTags } from './tag-cloud-parts.js';
import { expectAccessible } from '../../axe.js';

const fontSize = (element: Element) => parseFloat(getComputedStyle(element).fontSize);

describe('<strichka-tag-cloud> from a feed', () => {
  beforeEach(() => localStorage.clear());

  it('weights tags by their counts: one class more for each doubling, from the least class to the most', async () => {
    const el = await fixture<StrichkaTagCloud>(html`<strichka-tag-cloud lang="en" style="font-size: 20px" src=${testFeedUrl(WEIGHTS).url}></strichka-tag-cloud>`);
    await untilTags(el);
    // Counts 16, 8, 4, 2, 1: the default order is the most first.
    expect(tagNames(el)).to.deep.equal(['Kyiv', 'drones', 'exchange', 'prisoners', 'Zelenskyy']);
    const steps = tagItems(el).map((item) => Number(item.dataset.step));
    expect(steps).to.deep.equal([5, 4, 3, 2, 1]);
    expect(tagItems(el).map((item) => item.getAttribute('part'))).to.deep.equal(['tag step-5', 'tag step-4', 'tag step-3', 'tag step-2', 'tag step-1']);
    const sizes = tagItems(el).map(fontSize);
    for (let index = 1; index < sizes.length; index++) expect(sizes[index]).to.be.lessThan(sizes[index - 1]!);
    // The default min and max sizes, 0.85em and 1.6em of the element's 20px.
    expect(sizes.at(-1)).to.be.closeTo(17, 0.01);
    expect(sizes[0]).to.be.closeTo(32, 0.01);
    await expectAccessible(el);
  });

  it('merges spellings that differ in case, keeps the first, and counts each story once', async () => {
    const el = await fixture<StrichkaTagCloud>(html`<strichka-tag-cloud lang="en" src=${testFeedUrl(WEIGHTS).url}></strichka-tag-cloud>`);
    await untilTags(el);
    expect(tagTexts(el)).to.deep.equal(['Kyiv, 16 stories', 'drones, 8 stories', 'exchange, 4 stories', 'prisoners, 2 stories', 'Zelenskyy, 1 story']);
  });

  it('follows steps and the size custom properties', async () => {
    const el = await fixture<StrichkaTagCloud>(
      html`<strichka-tag-cloud steps="3" style="font-size: 10px; --strichka-tag-min-size: 1em; --strichka-tag-max-size: 3em" src=${testFeedUrl(WEIGHTS).url}></strichka-tag-cloud>`,
    );
    await untilTags(el);
    expect(tagItems(el).map((item) => item.dataset.step)).to.deep.equal(['3', '3', '2', '2', '1']);
    expect(tagItems(el).map(fontSize)).to.deep.equal([30, 30, 20, 20, 10]);
  });

  it('shows a busy skeleton while loading, then the tags', async () => {
    const feed = testFeedUrl(WEIGHTS, { hold: true });
    const el = await fixture<StrichkaTagCloud>(html`<strichka-tag-cloud lang="uk" limit="4" src=${feed.url}></strichka-tag-cloud>`);
    const skeleton = part(el, 'skeleton')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.textContent!.trim()).to.equal('Завантаження новин…');
    expect(skeleton.querySelectorAll('.skeleton')).to.have.length(4);
    expect(part(el, 'list')).to.be.null;
    const skeletonHeight = el.getBoundingClientRect().height;
    await expectAccessible(el);
    await feed.release();
    await untilTags(el);
    expect(part(el, 'skeleton')).to.be.null;
    expect(tagItems(el)).to.have.length(4);
    // The placeholder holds about the room the tags take, so the page does not jump.
    const loadedHeight = el.getBoundingClientRect().height;
    expect(skeletonHeight).to.be.closeTo(loadedHeight, 2);
    expect(part(el, 'list')!.getAttribute('aria-label')).to.equal('Теги');
  });

  it('shows its child links as the tags before data, then the feed’s tags', async () => {
    const feed = testFeedUrl(WEIGHTS, { hold: true });
    const el = await fixture<StrichkaTagCloud>(html`<strichka-tag-cloud lang="en" src=${feed.url}>
      <ul>
        <li><a href="/tags/prisoners" data-count="2">prisoners</a></li>
        <li><a href="/tags/exchange" data-count="12">exchange</a></li>
      </ul>
    </strichka-tag-cloud>`);
    expect(part(el, 'skeleton')).to.be.null;
    expect(tagTexts(el)).to.deep.equal(['exchange, 12 stories', 'prisoners, 2 stories']);
    expect(part(el, 'link')!.getAttribute('href')).to.equal('/tags/exchange');
    expect(tagItems(el).map((item) => item.dataset.step)).to.deep.equal(['5', '1']);
    // The light-DOM copy is not shown twice.
    expect(el.shadowRoot!.querySelector('slot')!.hidden).to.be.true;
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
    await expectAccessible(el);
    await feed.release();
    await waitUntil(() => tagItems(el).length == 5, 'the feed’s tags did not replace the child links');
    expect(tagNames(el)[0]).to.equal('Kyiv');
  });

  it('uses its child links as the tags with no feed, and fetches nothing', async () => {
    const el = await fixture<StrichkaTagCloud>(html`<strichka-tag-cloud lang="ru" tag-href="/never/{tag}">
      <a href="/tags/obmen" data-count="21">обмен</a> <a data-count="x">пленные</a>
    </strichka-tag-cloud>`);
    expect(tagTexts(el)).to.deep.equal(['обмен, 21 новость', 'пленные']);
    // Its own href wins over the template; without one, the template is used.
    expect(part(el, 'link')!.getAttribute('href')).to.equal('/tags/obmen');
    expect(tagItems(el)[1]!.querySelector('a')!.getAttribute('href')).to.equal('/never/%D0%BF%D0%BB%D0%B5%D0%BD%D0%BD%D1%8B%D0%B5');
    expect(el.feedState.status).to.equal('loading');
  });

  it('shows other fallback content as it is, and says so when the feed fails with nothing to show', async () => {
    const failed = oneEvent(document, 'strichka-error');
    const wrapper = await wrapperFixture(html`<div>
      <strichka-tag-cloud src=${testFeedUrl('error').url}><p>Topics: see the archive.</p></strichka-tag-cloud>
      <strichka-tag-cloud lang="uk" src=${testFeedUrl('error').url}></strichka-tag-cloud>
    </div>`);
    const [withFallback, bare] = wrapper.children as unknown as StrichkaTagCloud[];
    await failed;
    await waitUntil(() => bare!.feedState.status == 'error' && withFallback!.feedState.status == 'error');
    await Promise.all([withFallback!.updateComplete, bare!.updateComplete]);
    expect(withFallback!.shadowRoot!.querySelector('slot')!.hidden).to.be.false;
    expect(withFallback!.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(part(bare!, 'error')!.textContent).to.equal('Не вдалося завантажити новини');
    expect(part(bare!, 'skeleton')).to.be.null;
  });

  it('keeps the last good copy with an "as of" note when a refresh fails', async () => {
    const feed = testFeedUrl(`${WEIGHTS},error`);
    const el = await fixture<StrichkaTagCloud>(html`<strichka-tag-cloud lang="en" src=${feed.url}></strichka-tag-cloud>`);
    await untilTags(el);
    expect(part(el, 'note')).to.be.null;
    const failed = oneEvent(el, 'strichka-error');
    await el.reload();
    expect(((await failed) as CustomEvent<StrichkaErrorDetail>).detail.stale).to.be.true;
    await el.updateComplete;
    expect(tagItems(el)).to.have.length(5);
    expect(part(el, 'note')!.textContent).to.match(/^as of \d{1,2}:\d{2}/);
    expect((await serverLog(feed.id)).map((entry) => entry.status)).to.deep.equal([200, 500]);
    await expectAccessible(el);
  });

  it('prefers the tags property to the feed', async () => {
    const el = await fixture<StrichkaTagCloud>(html`<strichka-tag-cloud lang="en" src=${testFeedUrl(WEIGHTS).url}></strichka-tag-cloud>`);
    await untilTags(el);
    el.tags = [{ name: 'ceasefire', count: 3 }, { name: '  ' }, null as never, { name: 'drones', count: -1 }];
    await el.updateComplete;
    expect(tagTexts(el)).to.deep.equal(['ceasefire, 3 stories', 'drones']);
  });
});
