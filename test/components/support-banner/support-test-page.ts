import type { TemplateResult } from 'lit';
import { html } from 'lit';
import '../../../src/support-banner.js';
import type { StrichkaSupportBanner } from '../../../src/support-banner.js';
import { supportClock } from '../../../src/components/support-banner/support-clock.js';
import { afterNextPaint } from '../../../src/core/turns.js';
import { wrapperFixture } from '../../wrapper-fixture.js';

/** One day in ms. */
export const DAY = 864e5;

const realClock = { ...supportClock };
let pageLoad = 0;

// A dismissal is stored after the next paint: it lands before the next test clears the records.
afterEach(() => afterNextPaint());

/** Removes every `strichka:support:*` record, so each test starts as a first visit. */
export function clearSupportRecords(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('strichka:support:')) localStorage.removeItem(key);
}

/** Sets the banner's clock to `now` and starts a new simulated page load (the next banners count a new page view). */
export function newPageLoad(now: number = Date.now()): void {
  pageLoad += 1;
  const loadedAt = pageLoad;
  supportClock.now = () => now;
  supportClock.loadedAt = () => loadedAt;
}

/** Gives the banner its real clock back. */
export function restoreClock(): void {
  Object.assign(supportClock, realClock);
}

/** The stored record of a banner's campaign name. */
export function storedRecord(name = 'default'): Record<string, unknown> | null {
  return JSON.parse(localStorage.getItem(`strichka:support:${name}`) ?? 'null');
}

/** Renders `template` (one or more banners) in a wrapper and returns the wrapper's banners. */
export async function renderBanners(template: TemplateResult): Promise<StrichkaSupportBanner[]> {
  const wrapper = await wrapperFixture(html`<div>${template}</div>`);
  return [...wrapper.querySelectorAll('strichka-support-banner')];
}

/** Renders one banner. */
export async function renderBanner(template: TemplateResult): Promise<StrichkaSupportBanner> {
  return (await renderBanners(template))[0]!;
}

/** An element in the banner's shadow root. */
export function part<T extends Element = HTMLElement>(banner: StrichkaSupportBanner, name: string): T | null {
  return banner.shadowRoot!.querySelector<T>(`[part~=${name}]`);
}
