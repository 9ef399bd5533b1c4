import { waitUntil } from '@open-wc/testing';
import type { StrichkaTicker } from '../../../src/ticker.js';
import { testFeedUrl, type HeldTestFeed } from '../../test-feed-url.js';

const FIXTURES = 'test/components/ticker/fixtures';

/** Steps of the test server: `v1` / `v2` / `partner` / `english` / `long-words` name this folder's fixtures, `news-uk` the demo feed; others pass as they are. */
const STEP_FILES: Record<string, string> = {
  v1: `${FIXTURES}/refresh-v1.xml`,
  v2: `${FIXTURES}/refresh-v2.xml`,
  partner: `${FIXTURES}/partner.xml`,
  english: `${FIXTURES}/english-quote.xml`,
  'long-words': `${FIXTURES}/long-words.xml`,
  'news-uk': 'demo/feeds/news-uk.xml',
};

const stepFiles = (steps: string) => steps.split(',').map((step) => STEP_FILES[step] ?? step).join(',');

/** `testFeedUrl(…).url` for `steps` given by the short names above. */
export function feedUrl(steps: string): string {
  return testFeedUrl(stepFiles(steps)).url;
}

/** A feed of `steps` (short names as above) whose answers wait until `release()`: a loading state for as long as a test needs. */
export function heldFeed(steps: string): HeldTestFeed {
  return testFeedUrl(stepFiles(steps), { hold: true });
}

/** The ticker's shadow root. */
export function shadow(el: StrichkaTicker): ShadowRoot {
  return el.shadowRoot!;
}

/** The rows of the first (or only) list. */
export function rows(el: StrichkaTicker): HTMLLIElement[] {
  // None before the element is defined (a bundle registers it in a task of its own).
  return [...(el.shadowRoot?.querySelectorAll<HTMLLIElement>('ol:not([aria-hidden]) > li') ?? [])];
}

/** The headline of each row, in order. */
export function headlines(el: StrichkaTicker): string[] {
  return rows(el).map((row) => row.querySelector('.headline a, .headline [part~=title]')!.textContent!.trim());
}

/** Waits until the ticker shows rows. */
export async function rowsShown(el: StrichkaTicker): Promise<void> {
  await waitUntil(() => rows(el).length > 0, 'the ticker showed no rows', { timeout: 5000 });
}

/** The text of the polite live region. */
export function announced(el: StrichkaTicker): string {
  return shadow(el).querySelector('[role=status]')!.textContent!.trim();
}
