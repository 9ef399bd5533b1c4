/**
 * The script-tag bundle (dist/cdn/strichka.js, strichka.classic.js as `window.Strichka`): what
 * `strichka` exports, with the elements registered one a task. Registering a tag upgrades every
 * element of it on the page in that task; all of them in one would be one long task on a phone.
 * A page's script waits with `customElements.whenDefined(tag)`, as for any element.
 */
import { StrichkaCard, StrichkaFeed, StrichkaLanguageSwitcher, StrichkaSupportBanner, StrichkaTagCloud, StrichkaTicker } from './classes.js';
import { defineElement, definingLater } from './core/define-element.js';
import { nextTurn } from './core/turns.js';

export * from './classes.js';
export { FeedError, parseFeed, setDefaultProxy } from './feed/index.js';
export type { Feed, FeedErrorCode, FeedItem, FeedState } from './feed/index.js';

// <strichka-feed> first: the elements that name one find it defined.
const elements: [string, CustomElementConstructor][] = [
  ['strichka-feed', StrichkaFeed],
  ['strichka-language-switcher', StrichkaLanguageSwitcher],
  ['strichka-ticker', StrichkaTicker],
  ['strichka-card', StrichkaCard],
  ['strichka-tag-cloud', StrichkaTagCloud],
  ['strichka-support-banner', StrichkaSupportBanner],
];

// The tags still to come, for the loader on the same page: it need not fetch them.
const coming = definingLater();
for (const [tag] of elements) coming.add(tag);
(async () => {
  for (const [tag, element] of elements) {
    defineElement(tag, element);
    coming.delete(tag);
    await nextTurn();
  }
})();
