import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '../../commands.js';
import '../../../src/card.js';
import type { StrichkaCard } from '../../../src/card.js';
import type { StrichkaItemClickDetail } from '../../../src/core/strichka-events.js';
import { testFeedUrl } from '../../test-feed-url.js';
import { wrapperFixture } from '../../wrapper-fixture.js';
import { expectAccessible } from '../../axe.js';
import { NEWS_EN, part, testItem, untilPart } from './fixtures/card-fixtures.js';

/**
 * The URLs (path and query) of the fetches `body` starts that have finished by the time `waitFor`
 * resolves, as the browser's resource timeline records them.
 */
async function fetchesDuring(body: () => Promise<void>, waitFor: () => Promise<unknown>): Promise<string[]> {
  const urls: string[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
      if (entry.initiatorType == 'fetch') urls.push(entry.name.slice(location.origin.length));
    }
  });
  observer.observe({ type: 'resource' });
  try {
    await body();
    await waitFor();
    // Resource entries are delivered to observers in a task after the response ends.
    await new Promise((resolve) => setTimeout(resolve));
  } finally {
    observer.disconnect();
  }
  return urls;
}

describe('<strichka-card> with the `item` property', () => {
  beforeEach(() => localStorage.clear());

  it('renders an item set from script without any feed request', async () => {
    // The control: a card with `src`, made after the item card; once its feed has loaded, a fetch
    // the item card had started before it would have finished too.
    const control = testFeedUrl(NEWS_EN);
    const controlLoaded = oneEvent(document, 'strichka-load');
    const fetches = await fetchesDuring(async () => {
      const el = await fixture<StrichkaCard>(html`<strichka-card lang="en" .item=${testItem()}></strichka-card>`);
      expect(part(el, 'link')!.textContent).to.equal('Test headline');
      expect(part(el, 'authors')!.textContent).to.equal('Anna Kovalenko and Mykola Bondar');
      expect(part(el, 'skeleton')).to.be.null;
      await fixture<StrichkaCard>(html`<strichka-card src=${control.url}></strichka-card>`);
    }, () => controlLoaded);
    expect(fetches).to.deep.equal([control.url]);
  });

  it('says how long ago an item under 12 hours old appeared, else when', async () => {
    const fiveMinutesAgo = new Date(Date.now() - 5 * 60e3).toISOString();
    const el = await fixture<StrichkaCard>(html`<strichka-card lang="en" .item=${testItem({ published: fiveMinutesAgo })}></strichka-card>`);
    const time = part(el, 'time')!;
    expect(time.textContent).to.equal('5 minutes ago');
    expect(time.getAttribute('datetime')).to.equal(fiveMinutesAgo);
    expect(time.title).to.match(/\d{4}/); // the full stamp
    el.item = testItem({ published: new Date(Date.now() - 13 * 3600e3).toISOString() });
    await el.updateComplete;
    expect(part(el, 'time')!.textContent).to.match(/\d{4}/);
    expect(part(el, 'time')!.textContent).to.not.include('ago');
    el.lang = 'ru';
    el.item = testItem({ published: new Date(Date.now() - 3 * 3600e3).toISOString() });
    await el.updateComplete;
    expect(part(el, 'time')!.textContent).to.equal('3 часа назад');
  });

  it('reserves the default 16 / 9 box for an image without a size, and shows whose news it is there when the image fails', async () => {
    // The test server holds the "image" back until released, then answers 500.
    const image = testFeedUrl('error', { hold: true });
    const src = new URL(image.url, location.href).href;
    const wrapper = await wrapperFixture(html`<div style="inline-size: 320px">
      <strichka-card .item=${testItem({ image: { url: src } })}></strichka-card>
    </div>`);
    const el = wrapper.firstElementChild as StrichkaCard;
    const img = part(el, 'image') as HTMLImageElement;
    const media = part(el, 'media')!;
    expect(img.complete).to.be.false;
    expect(img.alt).to.equal(''); // decorative: the title is next to it
    expect(img.hasAttribute('width')).to.be.false;
    expect(media.getBoundingClientRect().height).to.be.closeTo(180, 1);
    const titleTop = part(el, 'title')!.getBoundingClientRect().top;
    await image.release();
    await waitUntil(() => part(el, 'no-image'), 'the failed image was not replaced', { timeout: 5000 });
    expect(part(el, 'image')).to.equal(null);
    // No feed: the site of the item's link stands in the box, decorative (the title says it all).
    expect(part(el, 'no-image')!.textContent!.trim()).to.equal(new URL(testItem().url!).hostname.replace(/^www\./, ''));
    expect(part(el, 'no-image')!.getAttribute('aria-hidden')).to.equal('true');
    expect(part(el, 'media')!.getBoundingClientRect().height).to.be.closeTo(180, 1);
    expect(part(el, 'title')!.getBoundingClientRect().top).to.equal(titleTop);
    await expectAccessible(el);
  });

  it('takes the default ratio from --strichka-card-image-ratio', async () => {
    const wrapper = await wrapperFixture(html`<div style="inline-size: 300px; --strichka-card-image-ratio: 1 / 1">
      <strichka-card .item=${testItem({ image: { url: `${location.origin}/demo/images/reunion.svg` } })}></strichka-card>
    </div>`);
    const media = part(wrapper.firstElementChild as StrichkaCard, 'media')!;
    expect(media.getBoundingClientRect().height).to.be.closeTo(300, 1);
  });

  it('fires a cancelable strichka-item-click with the item; cancelling it stops the navigation', async () => {
    const item = testItem({ url: `${location.origin}${location.pathname}${location.search}#card-clicked` });
    const el = await fixture<StrichkaCard>(html`<strichka-card .item=${item}></strichka-card>`);
    const link = part(el, 'link')!;
    const cancel = (event: Event) => event.preventDefault();
    document.addEventListener('strichka-item-click', cancel, { once: true });
    try {
      const clicked = oneEvent(document, 'strichka-item-click');
      link.click();
      const event = (await clicked) as CustomEvent<StrichkaItemClickDetail>;
      expect(event.detail.item).to.equal(item);
      expect(event.composed && event.bubbles && event.cancelable).to.be.true;
      expect(location.hash).to.equal('');
      // Not cancelled: the link is followed (a same-page hash, so the test page stays).
      link.click();
      await waitUntil(() => location.hash == '#card-clicked', 'the link was not followed');
    } finally {
      document.removeEventListener('strichka-item-click', cancel);
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('fires strichka-item-click and follows the link when a keyboard reader presses Enter on it', async () => {
    const item = testItem({ url: `${location.origin}${location.pathname}${location.search}#card-entered` });
    const el = await fixture<StrichkaCard>(html`<strichka-card .item=${item}></strichka-card>`);
    try {
      part(el, 'link')!.focus();
      const clicked = oneEvent(el, 'strichka-item-click');
      await sendKeys({ press: 'Enter' });
      expect(((await clicked) as CustomEvent<StrichkaItemClickDetail>).detail.item).to.equal(item);
      await waitUntil(() => location.hash == '#card-entered', 'Enter did not follow the link');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('gives one tab stop per card: its title link', async () => {
    const wrapper = await wrapperFixture(html`<div>
      <button>before</button>
      <strichka-card .item=${testItem({ id: 'a', title: 'First' })}></strichka-card>
      <strichka-card .item=${testItem({ id: 'b', title: 'Second' })} tag-href="/tags/{tag}"></strichka-card>
      <button>after</button>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll('strichka-card')] as StrichkaCard[];
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(first);
    expect(first!.shadowRoot!.activeElement).to.equal(part(first!, 'link'));
    await sendKeys({ press: 'Tab' });
    expect(second!.shadowRoot!.activeElement).to.equal(part(second!, 'link'));
    // With `tag-href`, the tags are links of their own after the title.
    await sendKeys({ press: 'Tab' });
    expect(second!.shadowRoot!.activeElement!.textContent).to.equal('Kyiv');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(wrapper.querySelectorAll('button')[1]);
  });

  it('renders a hostile item as text: no element, attribute or URL of its own', async () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const el = await fixture<StrichkaCard>(html`<strichka-card
      tag-href="/tags/{tag}"
      .item=${testItem({
        title: hostile,
        url: 'javascript:alert(1)',
        summary: '<iframe src="javascript:alert(5)"></iframe>',
        authors: ['"><b onmouseover=alert(3)>x'],
        tags: ['javascript:alert(4)', '<a href="javascript:alert(4)">tag</a>'],
        image: { url: 'data:image/svg+xml,%3Csvg onload=alert(7)%3E', alt: '" onerror="alert(8)' },
      })}
    ></strichka-card>`);
    const root = el.shadowRoot!;
    expect(part(el, 'title')!.textContent).to.equal(hostile);
    expect(part(el, 'link')).to.be.null; // javascript: never becomes an href
    // An item set from script had no skeleton: no box kept for its unusable image.
    expect(root.querySelector('img, script, iframe, b, [part~="media"]')).to.be.null;
    const elements = [...root.querySelectorAll('*')];
    const ownElements = ['article', 'div', 'p', 'time', 'span', 'ul', 'li', 'a'];
    expect(elements.map((node) => node.localName).filter((name) => !ownElements.includes(name))).to.deep.equal([]);
    expect(elements.flatMap((node) => [...node.attributes].map((attr) => attr.name)).filter((name) => name.startsWith('on'))).to.deep.equal([]);
    const hrefs = elements.map((node) => node.getAttribute('href')).filter(Boolean);
    expect(hrefs).to.deep.equal(['/tags/javascript%3Aalert(4)', '/tags/%3Ca%20href%3D%22javascript%3Aalert(4)%22%3Etag%3C%2Fa%3E']);
  });

  it('never makes a link of a `tag-href` template that is not http(s): the tags stay text', async () => {
    // Compact cards, all three near the top of the page (one far down would start only when scrolled to).
    const wrapper = await wrapperFixture(html`<div>
      <strichka-card layout="compact" tag-href="javascript:alert('{tag}')" .item=${testItem({ tags: ['Kyiv', 'drones'] })}></strichka-card>
      <strichka-card layout="compact" tag-href=" Java\tScript:alert(1)//{tag}" .item=${testItem({ tags: ['Kyiv'] })}></strichka-card>
      <strichka-card layout="compact" tag-href="data:text/html,{tag}" .item=${testItem({ tags: ['Kyiv'] })}></strichka-card>
    </div>`);
    for (const card of wrapper.querySelectorAll('strichka-card')) {
      await card.updateComplete;
      const root = card.shadowRoot!;
      expect(root.querySelector('[part="tag-link"]')).to.be.null;
      expect([...root.querySelectorAll('[part="tag"]')].map((tag) => tag.textContent!.trim())[0]).to.equal('Kyiv');
      expect([...root.querySelectorAll('[href]')].map((node) => node.getAttribute('href'))).to.deep.equal([testItem().url]);
    }
  });

  it('renders a hostile feed as text', async () => {
    const el = await fixture<StrichkaCard>(html`<strichka-card src=${testFeedUrl('test/components/card/fixtures/hostile.xml').url}></strichka-card>`);
    // The feed layer reads the markup out of the title; what is left is text.
    await untilPart(el, 'title');
    const root = el.shadowRoot!;
    expect(root.querySelector('a, img, script, iframe, b')).to.be.null;
    expect(part(el, 'no-image')!.textContent, 'the image box names the feed, as text').to.equal('Hostile');
    expect(part(el, 'summary')!.textContent).to.not.include('<');
    const attributes = [...root.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((attr) => attr.name));
    expect(attributes.filter((name) => name.startsWith('on') || name == 'src' || name == 'href')).to.deep.equal([]);
  });
});
