// The pure entry: the main one, imported before mocha is set up, would not register its fixture clean-up.
import { expect } from '@open-wc/testing/pure';

// The runner sends a failed assertion's actual and expected values back whole, and a DOM node there
// hangs the test file until its 120 s limit instead of failing it (modernweb-dev/web#489): nodes (also
// inside arrays) go back as their markup. Loaded before every test file (web-test-runner.config.mjs).
const markupOf = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(markupOf) : value instanceof Element ? value.outerHTML : value instanceof Node ? `#${value.nodeName} ${value.textContent}` : value;

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
