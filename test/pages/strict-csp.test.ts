import { expect } from '@open-wc/testing';
import { expectEveryElementRendered, expectEveryElementWorks } from './every-element.js';
import { CDN, closePages, openPage } from './test-page.js';

// The page is served with `script-src 'self'; style-src 'self'` (and default-src 'self'): no
// inline script, no inline style, no style attribute. lit's styles are adopted stylesheets.
describe('a page with a strict Content-Security-Policy', () => {
  beforeEach(() => localStorage.clear());
  afterEach(closePages);

  for (const [name, scripts] of [
    ['the classic script', [`${CDN}/strichka.classic.js`]],
    ['the loader', [`${CDN}/loader.js`]],
  ] as const) {
    it(`renders and runs every element from ${name}, with no violation reported`, async () => {
      const page = await openPage('every-element', { scripts: [...scripts], csp: true });
      await expectEveryElementRendered(page);
      await expectEveryElementWorks(page);
      expect(page.window.pageProblems).to.deep.equal([]);
    });
  }

  it('reports a violation when something inline is attempted (the listener works)', async () => {
    const page = await openPage('every-element', { scripts: [`${CDN}/strichka.classic.js`], csp: true });
    const probe = page.document.createElement('div');
    probe.setAttribute('style', 'color: red');
    page.document.body.append(probe);
    await new Promise((resolve) => page.document.addEventListener('securitypolicyviolation', resolve, { once: true }));
    expect(page.window.pageProblems.join()).to.contain('CSP violation: style-src');
  });
});
