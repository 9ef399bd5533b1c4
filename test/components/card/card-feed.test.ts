import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/card.js';
import '../../../src/feed-element.js';
import type { StrichkaCard } from '../../../src/card.js';
import { testFeedUrl } from '../../test-feed-url.js';
import { wrapperFixture } from '../../wrapper-fixture.js';
import { FIRST_TITLE, NEWS_EN, UPDATED_ID, UPDATED_TITLE, part, testItem, untilPart } from './fixtures/card-fixtures.js';
import { expectAccessible } from '../../axe.js';

describe('<strichka-card> from a feed', () => {
  beforeEach(() => localStorage.clear());

  it('shows the item at `index` 0 by default: title link, time, authors, summary, tags', async () => {
    const el = await fixture<StrichkaCard>(html`<strichka-card lang="en" time-zone="Europe/Kyiv" src=${testFeedUrl(NEWS_EN).url}></strichka-card>`);
    const link = (await untilPart(el, 'link')) as HTMLAnchorElement;
    expect(link.textContent).to.equal(FIRST_TITLE);
    expect(link.href).to.equal('https://www.example.com/en/news/2025/05/24/crimea-schools-renamed/');
    expect(link.hasAttribute('target')).to.be.false;
    const heading = part(el, 'title')!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(heading.contains(link)).to.be.true;
    const time = part(el, 'time')!;
    expect(time.getAttribute('datetime')).to.equal('2025-05-24T13:12:00.000Z');
    // Older than 12 hours: the absolute time in Kyiv time, the full stamp also in the title.
    expect(time.textContent).to.include('May 24, 2025').and.include('4:12');
    expect(time.title).to.equal(time.textContent);
    expect(part(el, 'authors')!.textContent).to.equal('Anna Kovalenko');
    // Read as words, not "4:12 PMAnna".
    expect(part(el, 'meta')!.textContent).to.match(/\d\s*PM\s+Anna Kovalenko$/);
    expect(part(el, 'summary')!.textContent).to.equal('Short news item from the live feed of the day.');
    const tags = [...el.shadowRoot!.querySelectorAll('[part="tag"]')].map((tag) => tag.textContent!.trim());
    expect(tags).to.deep.equal(['Crimea', 'education']);
    expect(part(el, 'tags')!.tagName).to.equal('UL');
    expect(part(el, 'tags')!.getAttribute('aria-label')).to.equal('Tags');
    expect(part(el, 'updated')).to.be.null;
    expect(part(el, 'image')).to.be.null; // this item has none
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(1);
  });

  it('shows the item by `item-id`, with the "updated" marker and its image cropped to the card’s ratio', async () => {
    const el = await wrapperFixture(html`<div style="inline-size: 400px">
      <strichka-card lang="en" item-id=${UPDATED_ID} src=${testFeedUrl(NEWS_EN).url}></strichka-card>
    </div>`).then((wrapper) => wrapper.firstElementChild as StrichkaCard);
    const link = await untilPart(el, 'link');
    const img = part(el, 'image') as HTMLImageElement;
    const media = part(el, 'media')!;
    // The feed's 1200 × 675 would fit; the box is 16 / 9 whatever the image, which covers it.
    expect(media.getBoundingClientRect().height).to.be.closeTo((400 * 9) / 16, 1);
    expect(getComputedStyle(img).objectFit).to.equal('cover');
    expect(link.textContent).to.equal(UPDATED_TITLE);
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.alt).to.equal('Office of the President');
    expect(img.src).to.equal(new URL('/demo/images/prisoner-exchange.svg', location.href).href);
    const updated = part(el, 'updated')!;
    expect(updated.textContent).to.equal('updated');
    expect(updated.getAttribute('datetime')).to.equal('2025-05-24T11:25:00.000Z');
    expect(part(el, 'authors')!.textContent).to.equal('Roman Petrenko');
    expect(part(el, 'summary')!.textContent).to.match(/^President of Ukraine .* All 307 liberated defenders are men/);
    expect([...el.shadowRoot!.querySelectorAll('[part="tag"]')].map((tag) => tag.textContent!.trim())).to.deep.equal([
      'prisoners',
      'exchange',
      'Zelenskyy',
    ]);
    await expectAccessible(el);
  });

  it('shows the item by `index`, in Ukrainian: "оновлено" and the date in Kyiv time', async () => {
    const el = await fixture<StrichkaCard>(
      html`<strichka-card lang="uk" index="7" time-zone="Europe/Kyiv" src=${testFeedUrl('demo/feeds/news-uk.xml').url}></strichka-card>`,
    );
    const link = await untilPart(el, 'link');
    expect(link.textContent).to.equal('З російського полону повернули ще 307 українських захисників – фото, відео');
    expect(part(el, 'updated')!.textContent).to.equal('оновлено');
    expect(part(el, 'time')!.textContent).to.include('24 травня 2025').and.include('13:53');
    expect(part(el, 'tags')!.getAttribute('aria-label')).to.equal('Теги');
  });

  it('joins authors with the locale\'s list format and takes `heading-level`', async () => {
    const el = await fixture<StrichkaCard>(
      html`<strichka-card lang="uk" heading-level="2" .item=${testItem({ authors: ['Анна', 'Микола', 'Ірина'] })}></strichka-card>`,
    );
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('2');
    expect(part(el, 'authors')!.textContent).to.equal('Анна, Микола і Ірина');
    el.headingLevel = 9; // out of range: the nearest valid level
    await el.updateComplete;
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('6');
  });

  it('renders nothing visible and fires no error when `index` is out of range or `item-id` unknown', async () => {
    for (const attrs of [{ index: '99' }, { 'item-id': 'no-such-item' }]) {
      const el = document.createElement('strichka-card') as StrichkaCard;
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      el.src = testFeedUrl(NEWS_EN).url;
      let errors = 0;
      el.addEventListener('strichka-error', () => errors++);
      const loaded = oneEvent(el, 'strichka-load');
      document.body.append(el);
      try {
        await loaded;
        await el.updateComplete;
        expect(part(el, 'card'), JSON.stringify(attrs)).to.be.null;
        expect(part(el, 'skeleton')).to.be.null;
        // Nothing shows, in the box kept for a card: a page does not move when an item goes.
        expect(el.shadowRoot!.querySelector('.frame')!.textContent!.trim()).to.equal('');
        expect(el.getBoundingClientRect().height).to.be.above(100);
        expect(errors).to.equal(0);
      } finally {
        el.remove();
      }
    }
  });

  it('shows its fallback content when the item is not in the feed', async () => {
    // Listening before the element exists: the event may come before fixture() returns.
    const loaded = oneEvent(document, 'strichka-load');
    const el = await fixture<StrichkaCard>(html`<strichka-card index="99" src=${testFeedUrl(NEWS_EN).url}><a href="/news/">Read the news</a></strichka-card>`);
    expect((await loaded).target).to.equal(el);
    await el.updateComplete;
    expect(part(el, 'card')).to.be.null;
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Read the news');
  });

  it('links tags through `tag-href` and opens links in `target` with rel="noopener"', async () => {
    const el = await fixture<StrichkaCard>(html`<strichka-card style="inline-size: 400px" target="_blank" tag-href="/tags/{tag}?from=card" src=${testFeedUrl(NEWS_EN).url}></strichka-card>`);
    const link = await untilPart(el, 'link');
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.equal('noopener');
    const tagLinks = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="tag-link"]')];
    expect(tagLinks.map((a) => a.getAttribute('href'))).to.deep.equal(['/tags/Crimea?from=card', '/tags/education?from=card']);
    expect(tagLinks.every((a) => a.rel == 'noopener')).to.be.true;
    // A tag link sits above the stretched title link, so it can be clicked.
    const box = tagLinks[0]!.getBoundingClientRect();
    expect(el.shadowRoot!.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)).to.equal(tagLinks[0]);
  });

  it('follows an item change in the feed of a `<strichka-feed>`', async () => {
    const wrapper = await wrapperFixture(html`<div>
      <strichka-feed id="card-news" src=${testFeedUrl(NEWS_EN).url}></strichka-feed>
      <strichka-card feed="card-news" index="1"></strichka-card>
    </div>`);
    const el = wrapper.querySelector('strichka-card') as StrichkaCard;
    const link = await untilPart(el, 'link');
    expect(link.textContent).to.equal('Presidential debate in Poland: candidates argue over Zelenskyy and Ukraine');
    el.index = 3;
    await el.updateComplete;
    expect(part(el, 'link')!.textContent).to.equal('Russia to send Ukraine ceasefire memorandum "in the coming days"');
  });
});
