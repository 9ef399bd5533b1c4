import { waitUntil } from '@open-wc/testing';
import type { StrichkaTagCloud } from '../../../src/tag-cloud.js';

/** The fixture feed whose tags have 16 (Kyiv, in three spellings), 8, 4, 2 and 1 stories. */
export const WEIGHTS = 'test/components/tag-cloud/fixtures/weights.xml';

/** The element of the cloud's shadow root with `part` (first), or null. */
export function part(el: StrichkaTagCloud, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}

/** Every element of the cloud's shadow root with `part`. */
export function parts(el: StrichkaTagCloud, name: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** The text of `node` without the elements matching `skipped`, white space collapsed. */
function textWithout(node: Node, skipped: string): string {
  const walk = (each: Node): string =>
    each instanceof Element ? (each.matches(skipped) ? '' : [...each.childNodes].map(walk).join('')) : each.nodeType == Node.TEXT_NODE ? each.textContent! : '';
  return walk(node).replace(/\s+/g, ' ').trim();
}

/** The text a screen reader gets from `node`: aria-hidden pieces left out. */
export function accessibleText(node: Node): string {
  return textWithout(node, '[aria-hidden=true]');
}

/** The text on screen of `node`: visually hidden pieces left out. */
export function visibleText(node: Node): string {
  return textWithout(node, '.visually-hidden');
}

/** The tags (list items) shown. */
export function tagItems(el: StrichkaTagCloud): HTMLLIElement[] {
  return parts(el, 'tag') as HTMLLIElement[];
}

/** The accessible text of each tag, in order ("exchange, 12 stories"). */
export function tagTexts(el: StrichkaTagCloud): string[] {
  return tagItems(el).map(accessibleText);
}

/** The visible name of each tag, in order. */
export function tagNames(el: StrichkaTagCloud): string[] {
  return tagItems(el).map((item) => textWithout(item, '.visually-hidden, [part~=count]'));
}

/** Waits until the cloud shows tags. */
export async function untilTags(el: StrichkaTagCloud): Promise<void> {
  await waitUntil(() => tagItems(el).length > 0, 'the tag cloud showed no tags', { timeout: 5000 });
}
