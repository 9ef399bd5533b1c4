import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/tag-cloud.js';
import type { CloudTag, StrichkaTagCloud } from '../../../src/tag-cloud.js';
import { testFeedUrl } from '../../test-feed-url.js';
import { wrapperFixture } from '../../wrapper-fixture.js';
import { WEIGHTS, part, parts, tagItems, tagNames, tagTexts, untilTags, visibleText } from './tag-cloud-parts.js';
import { expectAccessible } from '../../axe.js';
import { emulateMedia } from '../../commands.js';
import { itWithMediaEmulation } from '../../engine.js';

const COUNTS = [1, 2, 5, 11, 21, 22, 25];
const counted = (name: string): CloudTag[] => COUNTS.map((count) => ({ name: `${name}${count}`, count }));

/** A cloud of `tags` set from script, in `lang`, with the attributes of `template` already given. */
async function cloudOf(tags: CloudTag[], el: Promise<StrichkaTagCloud>): Promise<StrichkaTagCloud> {
  const cloud = await el;
  cloud.tags = tags;
  await cloud.updateComplete;
  return cloud;
}

const UK_PLACES: CloudTag[] = [
  { name: 'Київ', count: 4 },
  { name: 'Африка', count: 1 },
  { name: 'Європа', count: 5 },
  { name: 'Зеленський', count: 2 },
  { name: 'Ізраїль', count: 2 },
];

describe('<strichka-tag-cloud> text and links', () => {
  beforeEach(() => localStorage.clear());

  it('says each count in the plural form of uk, ru and en', async () => {
    const expected: Record<string, string[]> = {
      uk: ['1 новина', '2 новини', '5 новин', '11 новин', '21 новина', '22 новини', '25 новин'],
      ru: ['1 новость', '2 новости', '5 новостей', '11 новостей', '21 новость', '22 новости', '25 новостей'],
      en: ['1 story', '2 stories', '5 stories', '11 stories', '21 stories', '22 stories', '25 stories'],
    };
    for (const [lang, forms] of Object.entries(expected)) {
      const el = await cloudOf(counted('t'), fixture(html`<strichka-tag-cloud lang=${lang} order="name"></strichka-tag-cloud>`));
      const texts = Object.fromEntries(tagTexts(el).map((text) => [text.split(',')[0], text]));
      expect(COUNTS.map((count) => texts[`t${count}`])).to.deep.equal(COUNTS.map((count, index) => `t${count}, ${forms[index]}`));
      // Heard, not seen, without show-counts.
      expect(tagItems(el).map(visibleText)).to.have.members(COUNTS.map((count) => `t${count}`));
      expect(part(el, 'count')).to.be.null;
    }
  });

  it('shows the counts with show-counts, in the locale’s digits, still one accessible text', async () => {
    const el = await cloudOf([{ name: 'обмін', count: 1234 }], fixture(html`<strichka-tag-cloud lang="uk" show-counts></strichka-tag-cloud>`));
    const count = part(el, 'count')!;
    expect(count.textContent).to.equal('1\u00a0234');
    expect(count.getAttribute('aria-hidden')).to.equal('true');
    expect(count.getBoundingClientRect().width).to.be.greaterThan(0);
    // (White space is collapsed: the digits are grouped by a no-break space.)
    expect(tagTexts(el)).to.deep.equal(['обмін, 1 234 новини']);
    await expectAccessible(el);
  });

  it('orders by count (most first, equal counts by name) or by name in the locale’s alphabet', async () => {
    const byCount = await cloudOf(UK_PLACES, fixture(html`<strichka-tag-cloud lang="uk"></strichka-tag-cloud>`));
    expect(tagNames(byCount)).to.deep.equal(['Європа', 'Київ', 'Зеленський', 'Ізраїль', 'Африка']);
    byCount.order = 'name';
    await byCount.updateComplete;
    // Є and І come after А in Ukrainian, though before it in code points.
    expect(tagNames(byCount)).to.deep.equal(['Африка', 'Європа', 'Зеленський', 'Ізраїль', 'Київ']);
    // The sizes follow the counts whatever the order.
    expect(tagItems(byCount).map((item) => item.dataset.step)).to.deep.equal(['1', '5', '3', '3', '4']);
  });

  it('shows at most limit tags, those of the most stories', async () => {
    const el = await cloudOf(UK_PLACES, fixture(html`<strichka-tag-cloud lang="uk" limit="3" order="name"></strichka-tag-cloud>`));
    expect(tagNames(el)).to.deep.equal(['Європа', 'Зеленський', 'Київ']);
    el.limit = 0;
    await el.updateComplete;
    expect(tagItems(el)).to.have.length(5);
  });

  it('links each tag through tag-href, encoded, and refuses a javascript: template', async () => {
    const wrapper = await wrapperFixture(html`<div>
      <strichka-tag-cloud tag-href="/tags/{tag}?from=cloud"></strichka-tag-cloud>
      <strichka-tag-cloud tag-href="javascript:alert('{tag}')"></strichka-tag-cloud>
    </div>`);
    const [good, bad] = wrapper.children as unknown as StrichkaTagCloud[];
    const tags = [{ name: 'Zelenskyy & co/ä', count: 2 }, { name: 'перемир’я', count: 1 }];
    good!.tags = bad!.tags = tags;
    await Promise.all([good!.updateComplete, bad!.updateComplete]);
    expect(parts(good!, 'link').map((link) => link.getAttribute('href'))).to.deep.equal([
      '/tags/Zelenskyy%20%26%20co%2F%C3%A4?from=cloud',
      `/tags/${encodeURIComponent('перемир’я')}?from=cloud`,
    ]);
    expect(bad!.shadowRoot!.querySelector('a')).to.be.null;
    expect(parts(bad!, 'text').map(visibleText)).to.deep.equal(['Zelenskyy & co/ä', 'перемир’я']);
    await expectAccessible(good!);
  });

  it('never makes a link of a `tags` entry whose own href is not http(s)', async () => {
    const el = await fixture<StrichkaTagCloud>(html`<strichka-tag-cloud lang="en" tag-href="/tags/{tag}"></strichka-tag-cloud>`);
    el.tags = [
      { name: 'script', href: 'javascript:alert(1)' },
      { name: 'hidden', href: ' Java\tScript:alert(2)' },
      { name: 'data', href: 'data:text/html,<script>alert(3)</script>' },
      { name: 'fine', href: 'https://news.example/tags/fine' },
    ];
    await el.updateComplete;
    // A refused own href is not replaced by the template: the tag is plain text.
    expect(parts(el, 'text').map(visibleText)).to.deep.equal(['data', 'hidden', 'script']);
    expect(parts(el, 'link').map((link) => link.getAttribute('href'))).to.deep.equal(['https://news.example/tags/fine']);
    expect([...el.shadowRoot!.querySelectorAll('[href]')]).to.have.length(1);
  });

  it('renders the inline variant as a plain list separated by " · ", in the given order, without sizes or counts', async () => {
    const el = await fixture<StrichkaTagCloud>(html`<strichka-tag-cloud variant="inline" lang="en" style="font-size: 18px" show-counts>
      <a href="/tags/prisoners" data-count="2">prisoners</a>
      <a href="/tags/exchange" data-count="12">exchange</a>
      <a href="/tags/zelenskyy" data-count="5">Zelenskyy</a>
    </strichka-tag-cloud>`);
    expect(tagNames(el)).to.deep.equal(['prisoners', 'exchange', 'Zelenskyy']);
    expect(tagTexts(el)).to.deep.equal(['prisoners', 'exchange', 'Zelenskyy']);
    expect(part(el, 'count')).to.be.null;
    expect(tagItems(el).every((item) => !item.hasAttribute('data-step') && parseFloat(getComputedStyle(item).fontSize) == 18)).to.be.true;
    const separators = tagItems(el).map((item) => getComputedStyle(item, '::before').content);
    expect(separators).to.deep.equal(['none', '"·" / ""', '"·" / ""']);
    // The separators are CSS only: no text node of the list holds one.
    expect(part(el, 'list')!.textContent).not.to.include('·');
    const [first, second] = tagItems(el).map((item) => item.getBoundingClientRect());
    expect(second!.top).to.equal(first!.top);
    await expectAccessible(el);
  });

  it('lays tags out from the right in a right-to-left page, and wraps them', async () => {
    const wrapper = await wrapperFixture(html`<div dir="rtl" style="inline-size: 12em">
      <strichka-tag-cloud src=${testFeedUrl(WEIGHTS).url}></strichka-tag-cloud>
    </div>`);
    const el = wrapper.firstElementChild as StrichkaTagCloud;
    await untilTags(el);
    const [first, second] = tagItems(el).map((item) => item.getBoundingClientRect());
    expect(first!.right).to.be.closeTo(el.getBoundingClientRect().right, 1);
    expect(second!.right).to.be.lessThan(first!.left);
    const last = tagItems(el).at(-1)!.getBoundingClientRect();
    expect(last.top).to.be.greaterThan(first!.top);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });

  describe('dark', () => {
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    itWithMediaEmulation('follows prefers-color-scheme: dark, and stays accessible loading, ready and inline', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const feed = testFeedUrl(WEIGHTS, { hold: true });
      const wrapper = await wrapperFixture(html`<div>
        <strichka-tag-cloud lang="en" show-counts tag-href="/tags/{tag}" src=${feed.url}></strichka-tag-cloud>
        <strichka-tag-cloud lang="en" variant="inline" src=${feed.url}></strichka-tag-cloud>
      </div>`);
      const [cloud, inline] = wrapper.children as unknown as StrichkaTagCloud[];
      expect(part(cloud!, 'skeleton')).to.exist;
      await expectAccessible(wrapper);
      await feed.release();
      await Promise.all([untilTags(cloud!), untilTags(inline!)]);
      expect(getComputedStyle(cloud!).backgroundColor).to.equal('rgb(22, 23, 27)');
      expect(getComputedStyle(part(cloud!, 'link')!).color).to.equal('rgb(232, 232, 236)');
      await expectAccessible(wrapper);
    });

    it('turns dark with theme="dark"', async () => {
      const el = await cloudOf(UK_PLACES, fixture(html`<strichka-tag-cloud theme="dark" lang="uk"></strichka-tag-cloud>`));
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 23, 27)');
      await expectAccessible(el);
    });
  });
});
