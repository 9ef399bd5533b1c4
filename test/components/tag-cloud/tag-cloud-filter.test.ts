import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '../../commands.js';
import '../../../src/tag-cloud.js';
import '../../../src/ticker.js';
import type { StrichkaTagSelectDetail } from '../../../src/core/strichka-events.js';
import type { StrichkaTagCloud } from '../../../src/tag-cloud.js';
import type { StrichkaTicker } from '../../../src/ticker.js';
import { testFeedUrl } from '../../test-feed-url.js';
import { wrapperFixture } from '../../wrapper-fixture.js';
import { headlines, rowsShown } from '../ticker/ticker-test-feed.js';
import { accessibleText, part, parts, tagNames, untilTags } from './tag-cloud-parts.js';
import { expectAccessible } from '../../axe.js';

const NEWS_UK = 'demo/feeds/news-uk.xml';
const NEWS_EN = 'demo/feeds/news-en.xml';

/** The toggle button of the tag named `name`. */
function button(el: StrichkaTagCloud, name: string): HTMLButtonElement {
  const found = parts(el, 'button').find((each) => accessibleText(each).split(',')[0] == name);
  if (!found) throw new Error(`no button for the tag ${name}`);
  return found as HTMLButtonElement;
}

const pressed = (el: StrichkaTagCloud) => parts(el, 'button').filter((each) => each.getAttribute('aria-pressed') == 'true');

/** A ticker `#news` and a cloud that filters it, on the same uk demo feed. */
async function tickerAndCloud(): Promise<{ ticker: StrichkaTicker; cloud: StrichkaTagCloud }> {
  const { url } = testFeedUrl(NEWS_UK);
  const wrapper = await wrapperFixture(html`<div lang="uk">
    <strichka-tag-cloud target="#news" src=${url}></strichka-tag-cloud>
    <strichka-ticker id="news" limit="20" src=${url}></strichka-ticker>
  </div>`);
  const cloud = wrapper.querySelector('strichka-tag-cloud')!;
  const ticker = wrapper.querySelector('strichka-ticker')!;
  await Promise.all([untilTags(cloud), rowsShown(ticker)]);
  return { ticker, cloud };
}

/** The headlines of demo/feeds/news-uk.xml and news-en.xml with a tag, in feed order (as the ticker shows them). */
const HEADLINES_WITH: Record<string, string[]> = {
  Київ: [
    'Київські поліцейські збили російський дрон під час нічної атаки – відео',
    'Внаслідок нічної атаки Росії в Києві пошкоджено ТРЦ Блокбастер – фото',
    'Російська атака на Київ підриває мирні зусилля, – глава МЗС України',
  ],
  дрони: [
    'Київські поліцейські збили російський дрон під час нічної атаки – відео',
    'Внаслідок нічної атаки Росії в Києві пошкоджено ТРЦ Блокбастер – фото',
  ],
  Kyiv: [
    'Kyiv police downs Russian drone in nighttime attack – video',
    'Blockbuster shopping centre in Kyiv damaged in Russian nighttime attack – photo',
    "Russian attack on Kyiv undermines peace efforts, says Ukraine's foreign minister",
  ],
};

describe('<strichka-tag-cloud> filtering a ticker', () => {
  beforeEach(() => localStorage.clear());

  it('filters the ticker by the pressed tag, and shows every item again when it is pressed again or cleared', async () => {
    const { ticker, cloud } = await tickerAndCloud();
    const all = headlines(ticker);
    expect(all).to.have.length(10);
    expect(part(cloud, 'clear')).to.be.null;
    expect(pressed(cloud)).to.have.length(0);

    button(cloud, 'Київ').click();
    await cloud.updateComplete;
    await waitUntil(() => headlines(ticker).length == 3, 'the ticker was not filtered');
    expect(headlines(ticker)).to.deep.equal(HEADLINES_WITH['Київ']);
    expect(ticker.tag).to.equal('Київ');
    expect(button(cloud, 'Київ').getAttribute('aria-pressed')).to.equal('true');
    expect(part(cloud, 'clear')!.textContent).to.equal('Усі теми');
    await expectAccessible(cloud);

    // Pressing it again clears the filter.
    button(cloud, 'Київ').click();
    await cloud.updateComplete;
    await waitUntil(() => headlines(ticker).length == 10, 'the ticker was not cleared');
    expect(headlines(ticker)).to.deep.equal(all);
    expect(ticker.tag).to.be.undefined;
    expect(pressed(cloud)).to.have.length(0);
    expect(part(cloud, 'clear')).to.be.null;

    // One active tag at a time; the clear control ends it.
    button(cloud, 'обмін').click();
    button(cloud, 'дрони').click();
    await cloud.updateComplete;
    expect(pressed(cloud)).to.deep.equal([button(cloud, 'дрони')]);
    await waitUntil(() => headlines(ticker).join() == HEADLINES_WITH['дрони']!.join(), 'the ticker did not follow the second tag');
    part(cloud, 'clear')!.click();
    await cloud.updateComplete;
    await waitUntil(() => headlines(ticker).length == 10, 'the clear control did not clear the filter');
    expect(pressed(cloud)).to.have.length(0);
    // Focus goes back to the tag that was active, as the clear control is gone.
    expect(cloud.shadowRoot!.activeElement).to.equal(button(cloud, 'дрони'));
  });

  it('shows the pressed tag in the click’s own frame; the ticker’s rows follow after the next paint', async () => {
    const { ticker, cloud } = await tickerAndCloud();
    let painted = false;
    const rowsChanged = new Promise<boolean>((resolve) => new MutationObserver(() => resolve(painted)).observe(ticker.shadowRoot!, { subtree: true, childList: true }));
    button(cloud, 'Київ').click();
    requestAnimationFrame(() => (painted = true));
    await cloud.updateComplete;
    expect(pressed(cloud), 'the cloud at once').to.deep.equal([button(cloud, 'Київ')]);
    expect(headlines(ticker), 'the rows before the paint').to.have.length(10);
    // Re-rendering and laying out the rows is not part of the click's frame.
    expect(await rowsChanged, 'the ticker re-rendered after a frame').to.equal(true);
    await ticker.updateComplete;
    expect(headlines(ticker)).to.deep.equal(HEADLINES_WITH['Київ']);
  });

  it('is used by keyboard: Tab to a tag, Enter and Space toggle it', async () => {
    const { ticker, cloud } = await tickerAndCloud();
    const first = parts(cloud, 'button')[0]!;
    // The most frequent tag comes first.
    expect(tagNames(cloud)[0]).to.equal('Київ');
    document.body.tabIndex = -1;
    try {
      document.body.focus();
      await sendKeys({ press: 'Tab' });
      expect(cloud.shadowRoot!.activeElement).to.equal(first);
      await sendKeys({ press: 'Enter' });
      await cloud.updateComplete;
      expect(first.getAttribute('aria-pressed')).to.equal('true');
      await waitUntil(() => headlines(ticker).join() == HEADLINES_WITH['Київ']!.join(), 'Enter did not filter the ticker');
      await sendKeys({ press: 'Space' });
      await cloud.updateComplete;
      expect(first.getAttribute('aria-pressed')).to.equal('false');
      await waitUntil(() => headlines(ticker).length == 10);
      // Pressed once more: the clear control is then the next stop after the tags.
      await sendKeys({ press: 'Enter' });
      await cloud.updateComplete;
      const buttons = parts(cloud, 'button');
      buttons.at(-1)!.focus();
      await sendKeys({ press: 'Tab' });
      expect(cloud.shadowRoot!.activeElement).to.equal(part(cloud, 'clear'));
      await sendKeys({ press: 'Space' });
      await cloud.updateComplete;
      expect(part(cloud, 'clear')).to.be.null;
      expect(cloud.shadowRoot!.activeElement).to.equal(first);
    } finally {
      document.body.removeAttribute('tabindex');
    }
  });

  it('shows the tag the ticker already has (any case) as pressed, and keeps two clouds on one ticker in step', async () => {
    const { url } = testFeedUrl(NEWS_UK);
    const wrapper = await wrapperFixture(html`<div lang="uk">
      <strichka-tag-cloud target="#shared" src=${url}></strichka-tag-cloud>
      <strichka-tag-cloud target="#shared" variant="inline" src=${url}></strichka-tag-cloud>
      <strichka-ticker id="shared" tag="київ" limit="20" src=${url}></strichka-ticker>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll('strichka-tag-cloud')];
    const ticker = wrapper.querySelector('strichka-ticker')!;
    await Promise.all([untilTags(first!), untilTags(second!), rowsShown(ticker)]);
    expect(headlines(ticker)).to.deep.equal(HEADLINES_WITH['Київ']);
    for (const cloud of [first!, second!]) {
      expect(pressed(cloud)).to.deep.equal([button(cloud, 'Київ')]);
      expect(part(cloud, 'clear')).to.exist;
    }

    button(first!, 'дрони').click();
    await waitUntil(() => pressed(second!)[0] == button(second!, 'дрони'), 'the other cloud did not follow the ticker');
    expect(pressed(first!)).to.deep.equal([button(first!, 'дрони')]);
    expect(ticker.tag).to.equal('дрони');

    part(second!, 'clear')!.click();
    await waitUntil(() => pressed(first!).length == 0 && !part(first!, 'clear'), 'the other cloud kept the cleared tag');
    expect(ticker.tag).to.be.undefined;
    await waitUntil(() => headlines(ticker).length == 10, 'the ticker was not cleared');
  });

  it('clears the filter when a language switch brings another feed, so the ticker shows its rows again', async () => {
    const en = testFeedUrl(NEWS_EN).url;
    const uk = testFeedUrl(NEWS_UK).url;
    const wrapper = await wrapperFixture(html`<div lang="en">
      <strichka-tag-cloud target="#switching" src-en=${en} src-uk=${uk}></strichka-tag-cloud>
      <strichka-ticker id="switching" limit="20" src-en=${en} src-uk=${uk}></strichka-ticker>
    </div>`);
    const cloud = wrapper.querySelector('strichka-tag-cloud')!;
    const ticker = wrapper.querySelector('strichka-ticker')!;
    await Promise.all([untilTags(cloud), rowsShown(ticker)]);
    button(cloud, 'Kyiv').click();
    await waitUntil(() => headlines(ticker).join() == HEADLINES_WITH['Kyiv']!.join(), 'the ticker was not filtered');

    const cleared = oneEvent(cloud, 'strichka-tag-select');
    wrapper.lang = 'uk';
    const event = (await cleared) as CustomEvent<StrichkaTagSelectDetail>;
    expect(event.detail).to.deep.equal({ tag: undefined });
    expect(event.cancelable).to.be.false;
    await waitUntil(() => tagNames(cloud).includes('Київ') && headlines(ticker).length == 10, 'the ticker stayed filtered by the English tag');
    expect(ticker.tag).to.be.undefined;
    expect(pressed(cloud)).to.have.length(0);
    expect(part(cloud, 'clear')).to.be.null;
  });

  it('clears a filter whose tag its tags no longer have', async () => {
    const wrapper = await wrapperFixture(html`<div lang="en">
      <strichka-tag-cloud target="#given"></strichka-tag-cloud>
      <strichka-ticker id="given" src=${testFeedUrl(NEWS_EN).url}></strichka-ticker>
    </div>`);
    const cloud = wrapper.querySelector('strichka-tag-cloud')!;
    const ticker = wrapper.querySelector('strichka-ticker')!;
    cloud.tags = [{ name: 'Kyiv', count: 3 }, { name: 'drones', count: 2 }];
    await cloud.updateComplete;
    button(cloud, 'drones').click();
    expect(ticker.tag).to.equal('drones');
    cloud.tags = [{ name: 'Kyiv', count: 3 }];
    await cloud.updateComplete;
    expect(ticker.tag).to.be.undefined;
    expect(pressed(cloud)).to.have.length(0);
    expect(part(cloud, 'clear')).to.be.null;
  });

  it('fires strichka-tag-select with the tag and its count; a cancelled one filters nothing', async () => {
    const { ticker, cloud } = await tickerAndCloud();
    const chosen = oneEvent(cloud, 'strichka-tag-select');
    button(cloud, 'Київ').click();
    const event = (await chosen) as CustomEvent<StrichkaTagSelectDetail>;
    expect(event.detail).to.deep.equal({ tag: 'Київ', count: 3 });
    expect(event.bubbles && event.composed && event.cancelable).to.be.true;

    const cleared = oneEvent(cloud, 'strichka-tag-select');
    part(cloud, 'clear')!.click();
    expect(((await cleared) as CustomEvent<StrichkaTagSelectDetail>).detail).to.deep.equal({ tag: undefined });
    await cloud.updateComplete;

    const cancel = (event: Event) => event.preventDefault();
    cloud.addEventListener('strichka-tag-select', cancel);
    button(cloud, 'обмін').click();
    await cloud.updateComplete;
    cloud.removeEventListener('strichka-tag-select', cancel);
    expect(pressed(cloud)).to.have.length(0);
    expect(ticker.tag).to.be.undefined;
    expect(headlines(ticker)).to.have.length(10);
  });

  it('works as toggles with a target that is not on the page, and only tells the page', async () => {
    const el = await fixture<StrichkaTagCloud>(html`<strichka-tag-cloud lang="en" target="#nowhere"></strichka-tag-cloud>`);
    el.tags = [{ name: 'exchange', count: 2 }];
    await el.updateComplete;
    const chosen = oneEvent(el, 'strichka-tag-select');
    button(el, 'exchange').click();
    expect(((await chosen) as CustomEvent<StrichkaTagSelectDetail>).detail).to.deep.equal({ tag: 'exchange', count: 2 });
    await el.updateComplete;
    expect(pressed(el)).to.have.length(1);
    expect(part(el, 'clear')!.textContent).to.equal('All topics');
    await expectAccessible(el);
  });

  it('fires strichka-tag-select on a link; cancelling it stops the navigation', async () => {
    const el = await fixture<StrichkaTagCloud>(html`<strichka-tag-cloud lang="en" tag-href="#tag-{tag}"></strichka-tag-cloud>`);
    el.tags = [{ name: 'exchange', count: 12 }, { name: 'prisoners' }];
    await el.updateComplete;
    const before = location.hash;
    const [exchange, prisoners] = parts(el, 'link');

    // A click's fragment navigation changes the hash at once in Chromium, a task later in Firefox:
    // every hash the page goes through is recorded, so the cancelled one cannot pass unseen.
    const hashes: string[] = [];
    const recordHash = () => hashes.push(location.hash);
    addEventListener('hashchange', recordHash);
    const cancel = (event: Event) => event.preventDefault();
    el.addEventListener('strichka-tag-select', cancel, { once: true });
    const cancelled = oneEvent(el, 'strichka-tag-select');
    exchange!.click();
    expect(((await cancelled) as CustomEvent<StrichkaTagSelectDetail>).detail).to.deep.equal({ tag: 'exchange', count: 12 });
    expect(location.hash).to.equal(before);

    const followed = oneEvent(el, 'strichka-tag-select');
    try {
      prisoners!.click();
      expect(((await followed) as CustomEvent<StrichkaTagSelectDetail>).detail).to.deep.equal({ tag: 'prisoners' });
      await waitUntil(() => hashes.length, 'the link did not navigate');
      expect(hashes).to.deep.equal(['#tag-prisoners']);
    } finally {
      removeEventListener('hashchange', recordHash);
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});
