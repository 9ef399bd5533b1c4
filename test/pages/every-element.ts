import { expect, waitUntil } from '@open-wc/testing';
import type { StrichkaLanguageSwitcher } from '../../src/language-switcher.js';
import type { StrichkaTicker } from '../../src/ticker.js';
import { labels } from '../components/language-switcher/switcher-test-page.js';
import { headlines } from '../components/ticker/ticker-test-feed.js';
import { FIRST_HEADLINE, parts, tagNames, untilHeadlines, type TestPage } from './test-page.js';

/** The elements of test/pages/fixtures/every-element.html. */
export function elementsOf(page: TestPage) {
  const $ = <T extends Element = HTMLElement>(selector: string) => page.document.querySelector<T>(selector)!;
  return {
    switcher: $<StrichkaLanguageSwitcher>('strichka-language-switcher'),
    card: $('strichka-card'),
    cloud: $('strichka-tag-cloud'),
    ticker: $<StrichkaTicker>('#recent'),
    marquee: $<StrichkaTicker>('#strip'),
    banner: $('strichka-support-banner'),
  };
}

/** Checks that every element of the page shows what a reader should see, from the feed and in English. */
export async function expectEveryElementRendered(page: TestPage): Promise<void> {
  const { switcher, card, cloud, ticker, marquee, banner } = elementsOf(page);
  // A loader defines them after the page's load event.
  await Promise.all(Object.values(elementsOf(page)).map((el) => page.window.customElements.whenDefined(el.localName)));
  // Each renders in a task of its own.
  await Promise.all(Object.values(elementsOf(page)).map((el) => (el as Element & { updateComplete?: Promise<boolean> }).updateComplete));
  await untilHeadlines(ticker);
  await untilHeadlines(marquee);
  expect(headlines(ticker)[0]).to.equal(FIRST_HEADLINE);
  expect(parts(ticker, 'heading')[0]?.textContent?.trim()).to.equal('Recent news');
  expect(parts(marquee, 'pause-button')).to.have.length(1);
  await waitUntil(() => parts(card, 'title').length, 'the card showed no story', { timeout: 5000 });
  expect(parts(card, 'title')[0]!.textContent!.trim()).to.equal(FIRST_HEADLINE);
  await waitUntil(() => parts(cloud, 'button').length > 1, 'the tag cloud showed no tags', { timeout: 5000 });
  expect(tagNames(cloud)).to.include.members(['Kyiv', 'drones']);
  expect(labels(switcher)).to.deep.equal(['Укр', 'Рус', 'Eng']);
  expect(parts(banner, 'heading')[0]?.textContent?.trim()).to.equal('Support us');
  // Rendered means seen: the fallback links are no longer shown.
  expect(page.document.querySelector('#recent > a')!.getClientRects()).to.have.length(0);
}

/** Uses every element as a reader would: pause the strip, filter by a tag, switch language, close the banner. */
export async function expectEveryElementWorks(page: TestPage): Promise<void> {
  const { switcher, cloud, ticker, marquee, banner } = elementsOf(page);
  const track = marquee.shadowRoot!.querySelector('.track')!;
  expect(page.window.getComputedStyle(track).animationPlayState).to.equal('running');
  parts(marquee, 'pause-button')[0]!.click();
  await waitUntil(() => page.window.getComputedStyle(track).animationPlayState == 'paused', 'the pause button did not stop the strip');

  parts(cloud, 'button')[tagNames(cloud).indexOf('Kyiv')]!.click();
  await waitUntil(() => headlines(ticker).length == 3, 'the tag cloud did not filter the ticker');

  parts(switcher, 'link')[0]!.click();
  await waitUntil(() => page.document.documentElement.lang == 'uk', 'the switcher did not set the page language');
  await waitUntil(() => parts(ticker, 'heading')[0]?.textContent?.trim() == 'Останні новини', 'the ticker did not turn Ukrainian');

  parts(banner, 'close')[0]!.click();
  await waitUntil(() => !parts(banner, 'banner').length, 'the banner did not close');
  expect(banner.getAttribute('state')).to.equal('hidden');
}
