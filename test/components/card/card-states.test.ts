import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/card.js';
import type { StrichkaCard } from '../../../src/card.js';
import type { StrichkaErrorDetail, StrichkaLoadDetail } from '../../../src/core/strichka-events.js';
import { testFeedUrl } from '../../test-feed-url.js';
import { wrapperFixture } from '../../wrapper-fixture.js';
import { NEWS_EN, UPDATED_ID, part, untilPart } from './fixtures/card-fixtures.js';
import { expectAccessible } from '../../axe.js';
import { emulateMedia } from '../../commands.js';
import { itWithMediaEmulation } from '../../engine.js';

describe('<strichka-card> states', () => {
  beforeEach(() => localStorage.clear());

  it('shows a busy skeleton of the final size while loading', async () => {
    const feed = testFeedUrl(NEWS_EN, { hold: true });
    const wrapper = await wrapperFixture(html`<div style="inline-size: 400px">
      <strichka-card lang="en" item-id=${UPDATED_ID} src=${feed.url}></strichka-card>
    </div>`);
    const el = wrapper.firstElementChild as StrichkaCard;
    const skeleton = part(el, 'skeleton')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.querySelector('.visually-hidden')!.textContent).to.equal('Loading news…');
    const pieces = [...skeleton.children].filter((child) => !child.matches('.visually-hidden'));
    expect(pieces.every((piece) => piece.getAttribute('aria-hidden') == 'true')).to.be.true;
    expect(part(el, 'card')).to.be.null;
    await expectAccessible(el);
    const skeletonHeight = el.getBoundingClientRect().height;
    await feed.release();
    await untilPart(el, 'card');
    // Within a line or so of the card it makes room for (titles and summaries vary in length).
    expect(el.getBoundingClientRect().height).to.be.closeTo(skeletonHeight, 30);
  });

  it('shows its light-DOM fallback instead of a skeleton while loading', async () => {
    const feed = testFeedUrl(NEWS_EN, { hold: true });
    const el = await fixture<StrichkaCard>(
      html`<strichka-card src=${feed.url}><a href="https://www.example.com/en/news/">Latest news</a></strichka-card>`,
    );
    expect(part(el, 'skeleton')).to.be.null;
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expectAccessible(el);
    await feed.release();
    await untilPart(el, 'card');
    expect(el.shadowRoot!.querySelector('slot')).to.be.null;
  });

  it('keeps the last good copy with an "as of" note when a refresh fails', async () => {
    // Listening before the element exists: the event may come before fixture() returns.
    const loaded = oneEvent(document, 'strichka-load');
    const el = await fixture<StrichkaCard>(html`<strichka-card lang="en" src=${testFeedUrl(`${NEWS_EN},error`).url}></strichka-card>`);
    const load = (await loaded) as CustomEvent<StrichkaLoadDetail>;
    expect(load.target).to.equal(el);
    expect(load.detail.stale).to.be.false;
    await el.updateComplete;
    expect(part(el, 'note')).to.be.null;
    const failed = oneEvent(el, 'strichka-error');
    await el.reload();
    const error = (await failed) as CustomEvent<StrichkaErrorDetail>;
    expect(error.detail.stale).to.be.true;
    await el.updateComplete;
    expect(part(el, 'link')!.textContent).to.match(/^Crimea schools/);
    expect(part(el, 'note')!.textContent).to.match(/^as of \d{1,2}:\d{2}/);
    await expectAccessible(el);
  });

  it('shows its fallback when the feed fails with nothing cached', async () => {
    const failed = oneEvent(document, 'strichka-error');
    const el = await fixture<StrichkaCard>(html`<strichka-card src=${testFeedUrl('error').url}><p>Read the news on our site.</p></strichka-card>`);
    const error = (await failed) as CustomEvent<StrichkaErrorDetail>;
    expect(error.target).to.equal(el);
    expect(error.detail.stale).to.be.false;
    expect(error.detail.error.code).to.equal('http');
    await el.updateComplete;
    expect(part(el, 'card')).to.be.null;
    expect(part(el, 'error')).to.be.null;
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
    await expectAccessible(el);
  });

  it('says the news could not be loaded when it fails with neither a copy nor fallback content', async () => {
    const failed = oneEvent(document, 'strichka-error');
    const el = await fixture<StrichkaCard>(html`<strichka-card lang="uk" src=${testFeedUrl('html').url}></strichka-card>`);
    expect((await failed).target).to.equal(el);
    await el.updateComplete;
    expect(part(el, 'error')!.textContent).to.equal('Не вдалося завантажити новини');
    expect(part(el, 'skeleton')).to.be.null;
    await expectAccessible(el);
  });

  describe('dark', () => {
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    itWithMediaEmulation('turns dark with theme="dark", and stays light with theme="light" in a dark system', async () => {
      const el = await fixture<StrichkaCard>(html`<strichka-card theme="dark" item-id=${UPDATED_ID} src=${testFeedUrl(NEWS_EN).url}></strichka-card>`);
      await untilPart(el, 'card');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 23, 27)');
      await expectAccessible(el);
      await emulateMedia({ colorScheme: 'dark' });
      el.theme = 'light';
      await el.updateComplete;
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    });

    itWithMediaEmulation('follows prefers-color-scheme: dark without a theme', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const feed = testFeedUrl(NEWS_EN, { hold: true });
      const el = await fixture<StrichkaCard>(html`<strichka-card tag-href="/tags/{tag}" src=${feed.url}></strichka-card>`);
      expect(part(el, 'skeleton')).to.exist;
      await expectAccessible(el); // the skeleton
      await feed.release();
      await untilPart(el, 'card');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 23, 27)');
      expect(getComputedStyle(part(el, 'link')!).color).to.equal('rgb(232, 232, 236)');
      await expectAccessible(el);
    });
  });
});
