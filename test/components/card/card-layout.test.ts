import { expect, html, waitUntil } from '@open-wc/testing';
import '../../../src/card.js';
import type { StrichkaCard } from '../../../src/card.js';
import { testFeedUrl } from '../../test-feed-url.js';
import { wrapperFixture } from '../../wrapper-fixture.js';
import { NEWS_EN, UPDATED_ID, part, untilPart } from './fixtures/card-fixtures.js';
import { expectAccessible } from '../../axe.js';

/** A card of the updated item (it has an image) in a box `width` px wide, written `dir`, once it shows the item. */
async function cardIn(width: number, layout: string, dir = 'ltr'): Promise<StrichkaCard> {
  const wrapper = await wrapperFixture(html`<div dir=${dir} style="inline-size: ${width}px">
    <strichka-card lang="en" layout=${layout} item-id=${UPDATED_ID} src=${testFeedUrl(NEWS_EN).url}></strichka-card>
  </div>`);
  const el = wrapper.firstElementChild as StrichkaCard;
  await untilPart(el, 'card');
  return el;
}

const box = (el: StrichkaCard, name: string) => part(el, name)!.getBoundingClientRect();

describe('<strichka-card> layouts', () => {
  beforeEach(() => localStorage.clear());

  it('vertical (the default) puts the image above the text', async () => {
    const el = await cardIn(400, 'vertical');
    expect(el.getAttribute('layout')).to.equal('vertical');
    expect(box(el, 'media').bottom).to.be.at.most(box(el, 'title').top);
    expect(box(el, 'media').width).to.be.closeTo(400, 1);
    await expectAccessible(el);
  });

  it('keeps the image box the skeleton reserved when the item has no image', async () => {
    const feed = testFeedUrl(NEWS_EN, { hold: true });
    const wrapper = await wrapperFixture(html`<div style="inline-size: 400px">
      <strichka-card lang="en" index="0" src=${feed.url}></strichka-card>
    </div>`);
    const el = wrapper.firstElementChild as StrichkaCard;
    const reserved = el.shadowRoot!.querySelector('[part=skeleton] .media')!.getBoundingClientRect();
    expect(reserved.height).to.be.closeTo(225, 1); // 16 / 9 of 400 px
    await feed.release();
    await untilPart(el, 'card');
    // The first item of the feed has no image: the box stays where the skeleton had it, the feed's name in it.
    expect(part(el, 'image')).to.be.null;
    expect(part(el, 'no-image')).to.equal(part(el, 'media'));
    expect(part(el, 'no-image')!.textContent!.trim()).to.not.equal('');
    expect([box(el, 'media').top, box(el, 'media').height]).to.deep.equal([reserved.top, reserved.height]);
    await expectAccessible(el);
  });

  it('horizontal puts the image at the inline start, text beside it', async () => {
    const el = await cardIn(700, 'horizontal');
    expect(box(el, 'media').right).to.be.at.most(box(el, 'title').left);
    expect(box(el, 'media').top).to.equal(box(el, 'title').top);
    await expectAccessible(el);
  });

  it('horizontal mirrors in a right-to-left page', async () => {
    const el = await cardIn(700, 'horizontal', 'rtl');
    expect(box(el, 'media').left).to.be.at.least(box(el, 'title').right);
    expect(box(el, 'media').right).to.be.closeTo(el.getBoundingClientRect().right, 1);
    await expectAccessible(el);
  });

  it('horizontal stacks in a narrow container', async () => {
    const el = await cardIn(300, 'horizontal');
    expect(box(el, 'media').bottom).to.be.at.most(box(el, 'title').top);
    expect(box(el, 'media').width).to.be.closeTo(300, 1);
  });

  it('compact shows no image, summary or authors: title, time and tags', async () => {
    const el = await cardIn(400, 'compact');
    expect(part(el, 'media')).to.be.null;
    expect(el.shadowRoot!.querySelector('img')).to.be.null;
    expect(part(el, 'summary')).to.be.null;
    expect(part(el, 'authors')).to.be.null;
    expect(part(el, 'link')!.textContent).to.match(/^Another 307/);
    expect(part(el, 'time')).to.exist;
    expect(part(el, 'updated')).to.exist;
    expect(part(el, 'tags')!.children).to.have.length(3);
    await expectAccessible(el);
  });

  /** The lines the summary is clamped to once fitted to the box (its room's `--_clamp`). */
  async function summaryLines(el: StrichkaCard): Promise<number> {
    const summary = part(el, 'summary')!;
    await waitUntil(() => summary.parentElement!.style.getPropertyValue('--_clamp'), 'the summary was not fitted');
    return Number(getComputedStyle(summary).webkitLineClamp);
  }

  it('clamps the summary to `lines`', async () => {
    const el = await cardIn(400, 'vertical');
    expect(await summaryLines(el)).to.equal(3);
    el.lines = 1;
    await el.updateComplete;
    await waitUntil(async () => (await summaryLines(el)) == 1, 'the summary was not clamped to one line');
  });

  it('gives the summary only the whole lines a longer title leaves in the box', async () => {
    const el = await cardIn(240, 'vertical');
    const title = part(el, 'title')!;
    expect(Math.round(title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight))).to.equal(3);
    const lines = await summaryLines(el);
    expect(lines).to.be.within(1, 2);
    // Whole lines only: nothing of the next line shows below the one that ends in the ellipsis.
    const summary = part(el, 'summary')!;
    expect(summary.getBoundingClientRect().height).to.be.closeTo(lines * parseFloat(getComputedStyle(summary).lineHeight), 1);
    expect(box(el, 'tags').bottom).to.be.at.most(el.getBoundingClientRect().bottom + 0.5);
  });

  it('makes the whole card a click target of its one link', async () => {
    const el = await cardIn(400, 'vertical');
    const image = box(el, 'media');
    const hit = el.shadowRoot!.elementFromPoint(image.x + image.width / 2, image.y + image.height / 2);
    expect(hit).to.equal(part(el, 'link'));
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(1);
  });
});
