import { expect } from '@open-wc/testing';

/** The error a failing assertion throws. */
function failureOf(assertion: () => void): { actual?: unknown; expected?: unknown } {
  try {
    assertion();
  } catch (error) {
    return error as { actual?: unknown; expected?: unknown };
  }
  throw new Error('the assertion did not fail');
}

describe('failed assertions on DOM nodes (test/readable-failures.ts)', () => {
  it('carry the markup of nodes, also inside arrays, node lists and plain objects, so the runner can send them back', () => {
    const paragraph = Object.assign(document.createElement('p'), { textContent: 'x' });
    expect(failureOf(() => expect(paragraph).to.equal(null))).to.include({ actual: '<p>x</p>', expected: null });
    expect(failureOf(() => expect([paragraph]).to.deep.equal([document.body])).actual).to.deep.equal(['<p>x</p>']);
    const list = document.createElement('div');
    list.append(paragraph);
    expect(failureOf(() => expect(list.childNodes).to.equal(null)).actual).to.deep.equal(['<p>x</p>']);
    const detail: Record<string, unknown> = { item: paragraph, count: 1 };
    detail.self = detail;
    expect(failureOf(() => expect(detail).to.deep.equal({})).actual).to.deep.include({ item: '<p>x</p>', count: 1 });
  });

  it('leave other values as they are, for the diff', () => {
    expect(failureOf(() => expect({ a: 1 }).to.deep.equal({ a: 2 })).actual).to.deep.equal({ a: 1 });
  });
});
