// The pure entry: the main one, imported before mocha is set up, would not register its fixture clean-up.
import { expect } from '@open-wc/testing/pure';

// The runner sends a failed assertion's actual and expected values back whole, and a DOM node there
// hangs the test file until its 120 s limit instead of failing it (modernweb-dev/web#489): nodes,
// also inside arrays, node lists and plain objects, go back as their markup. Loaded before every
// test file (web-test-runner.config.mjs).
function markupOf(value: unknown, seen = new Set<unknown>()): unknown {
  if (value instanceof Element) return value.outerHTML;
  if (value instanceof Node) return `#${value.nodeName} ${value.textContent}`;
  if (!value || typeof value != 'object' || seen.has(value)) return value;
  seen.add(value);
  if (Array.isArray(value) || value instanceof NodeList || value instanceof HTMLCollection) return Array.from(value as ArrayLike<unknown>).map((each) => markupOf(each, seen));
  if (Object.getPrototypeOf(value) != Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, markupOf(each, seen)]));
}

const assertion: { assert(...args: unknown[]): void } = Object.getPrototypeOf(expect(null));
const { assert } = assertion;
assertion.assert = function assertWithMarkup(...args) {
  try {
    assert.apply(this, args);
  } catch (error) {
    const failure = error as { actual?: unknown; expected?: unknown };
    failure.actual = markupOf(failure.actual);
    failure.expected = markupOf(failure.expected);
    throw error;
  }
};
