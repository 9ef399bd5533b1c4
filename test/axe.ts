import { expect } from '@open-wc/testing';
// The file chai-a11y-axe loads too (the same module): it puts axe on window.
import 'axe-core/axe.min.js';

/** The rules checked: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Axe = typeof import('axe-core');
const { axe } = window as unknown as { axe: Axe };

/** axe's rules of these checks: those with one of TAGS, experimental ones off. */
const checkedRules = (engine: Axe) =>
  engine.getRules().map(({ ruleId, tags }) => ({ id: ruleId, enabled: tags.some((tag) => TAGS.includes(tag)) && !tags.includes('experimental') }));

/**
 * Asserts that axe finds no violation in `element` (its shadow roots included) of WCAG 2.2 level
 * A and AA, target size (2.5.8) among them, or of axe's best practices. The rules are set for
 * this check only: a plain `to.be.accessible()` afterwards runs axe's defaults again.
 */
export async function expectAccessible(element: Element): Promise<void> {
  // chai-a11y-axe passes no `runOnly` and can only switch rules off, while axe leaves
  // `target-size` off by default: select the rules here. Experimental rules stay off.
  axe.configure({ rules: checkedRules(axe) });
  try {
    await expect(element).to.be.accessible();
  } finally {
    axe.reset();
  }
}

/**
 * The same check for an element of a page in a frame, by the axe that page loaded (the fixture's
 * `scripts` list `/node_modules/axe-core/axe.min.js`): axe reads only its own window's document.
 */
export async function expectAccessibleInFrame(frameWindow: Window, element: Element): Promise<void> {
  const frameAxe = (frameWindow as unknown as { axe: Axe }).axe;
  frameAxe.configure({ rules: checkedRules(frameAxe) });
  const { violations } = await frameAxe.run(element);
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map(({ target }) => target.join(' ')).join(', ')}`)).to.deep.equal([]);
}

/** What can take focus or a click: links, form controls, anything with a `tabindex`. */
const INTERACTIVE = 'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable]';

/**
 * Every interactive element in `element`'s shadow root with its size in CSS px (its border box),
 * for checking the 24 × 24 px minimum of WCAG 2.2 target size (2.5.8) directly, without the
 * spacing exception axe accepts.
 */
export function targetSizes(element: Element): { target: string; width: number; height: number }[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(INTERACTIVE)].map((target) => {
    const { width, height } = target.getBoundingClientRect();
    return { target: `${target.localName}[part=${target.getAttribute('part')}] ${target.textContent!.trim()}`, width, height };
  });
}
