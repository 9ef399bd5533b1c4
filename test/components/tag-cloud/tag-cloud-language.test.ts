import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/tag-cloud.js';
import type { StrichkaTagCloud } from '../../../src/tag-cloud.js';
import { emulateForcedColors } from '../../forced-colors.js';
import { testFeedUrl } from '../../test-feed-url.js';
import { wrapperFixture } from '../../wrapper-fixture.js';
import { part, parts, tagItems, untilTags } from './tag-cloud-parts.js';
import { expectAccessible } from '../../axe.js';
import { itWithMediaEmulation } from '../../engine.js';

/** news-uk.xml: a feed in Ukrainian (`<language>uk</language>`). */
const NEWS_UK = 'demo/feeds/news-uk.xml';

/** The element of each tag that holds its name (the text of the feed). */
const names = (el: StrichkaTagCloud) => tagItems(el).map((item) => item.querySelector('[part=link], [part=text], [part~=button]')!.firstElementChild!);

/** Every element that holds a piece of the tags' own words (count, "3 stories"), as a CSS selector. */
const COUNT_WORDS = '.visually-hidden, [part=count]';

describe('<strichka-tag-cloud>: language and direction of the tag names', () => {
  beforeEach(() => localStorage.clear());

  it("gives the names the feed's language on an element of another; the counts keep the element's", async () => {
    const el = await fixture<StrichkaTagCloud>(html`<strichka-tag-cloud lang="en" show-counts src=${testFeedUrl(NEWS_UK).url}></strichka-tag-cloud>`);
    await untilTags(el);
    expect(names(el).map((name) => name.getAttribute('lang'))).to.satisfy((langs: string[]) => langs.length > 1 && langs.every((lang) => lang == 'uk'));
    expect(names(el)[0]!.textContent).to.equal('Київ');
    for (const words of el.shadowRoot!.querySelectorAll(COUNT_WORDS)) expect(words.closest('[lang]')).to.be.null;
    expect(part(el, 'list')!.hasAttribute('lang')).to.be.false;
    await expectAccessible(el);
  });

  it("leaves lang out when the feed's language is the element's, and for tags set from script", async () => {
    const el = await fixture<StrichkaTagCloud>(html`<strichka-tag-cloud lang="uk" src=${testFeedUrl(NEWS_UK).url}></strichka-tag-cloud>`);
    await untilTags(el);
    expect(el.shadowRoot!.querySelector('[lang]')).to.be.null;
    el.lang = 'en';
    el.tags = [{ name: 'Kyiv', count: 3 }];
    await el.updateComplete;
    expect(el.feedState.feed?.language).to.equal('uk');
    expect(el.shadowRoot!.querySelector('[lang]')).to.be.null;
  });

  it('keeps an English name and its count apart on a right-to-left page: the count after the name, to its left', async () => {
    const wrapper = await wrapperFixture(html`<div lang="ar" dir="rtl">
      <strichka-tag-cloud show-counts .tags=${[{ name: 'Kyiv', count: 3 }]}></strichka-tag-cloud>
    </div>`);
    const el = wrapper.querySelector('strichka-tag-cloud')!;
    const [name] = names(el);
    const count = part(el, 'count')!;
    // Separate runs: the name isolated, the count an element of its own outside it.
    expect(getComputedStyle(name!).unicodeBidi).to.equal('isolate');
    expect(name!.matches(':dir(ltr)')).to.be.true;
    expect(name!.contains(count)).to.be.false;
    // The locale's own digits, which differ with the engine's locale data (Latin in Chromium, Arabic-Indic in WebKit).
    expect(count.textContent).to.equal(new Intl.NumberFormat('ar').format(3));
    // Not "Kyiv3": the count comes after the name in reading order, so to its left, apart from it.
    expect(count.getBoundingClientRect().right).to.be.lessThan(name!.getBoundingClientRect().left);
  });
});

describe('<strichka-tag-cloud>: forced colours', () => {
  itWithMediaEmulation('marks the pressed tag with the system highlight, which forced colours leave alone', async () => {
    const el = await fixture<StrichkaTagCloud>(html`<strichka-tag-cloud lang="en" show-counts target="#nowhere" .tags=${[
      { name: 'Kyiv', count: 3 },
      { name: 'drones', count: 2 },
    ]}></strichka-tag-cloud>`);
    parts(el, 'button')[0]!.click();
    await el.updateComplete;
    const [pressed, unpressed] = parts(el, 'button');
    expect(pressed!.getAttribute('aria-pressed')).to.equal('true');
    const probe = document.createElement('i');
    probe.style.cssText = 'background: Highlight; color: HighlightText';
    document.body.append(probe);
    const highlight = getComputedStyle(probe);
    await emulateForcedColors('active');
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.be.true;
      const [on, off, count] = [pressed!, unpressed!, pressed!.querySelector('[part=count]')!].map((each) => getComputedStyle(each));
      expect(on.forcedColorAdjust).to.equal('none');
      expect(off.forcedColorAdjust).to.equal('auto');
      expect([on.backgroundColor, on.color, count!.color]).to.deep.equal([highlight.backgroundColor, highlight.color, highlight.color]);
      expect(off.backgroundColor).not.to.equal(on.backgroundColor);
      expect(off.color).not.to.equal(on.color);
    } finally {
      await emulateForcedColors('none');
      probe.remove();
    }
  });
});
