import { expect } from '@open-wc/testing';
import { expectEveryElementRendered } from './every-element.js';
import { CDN, closePages, openPage } from './test-page.js';

describe('a page with only <script src="dist/cdn/strichka.classic.js">', () => {
  beforeEach(() => localStorage.clear());
  afterEach(closePages);

  it('renders every element, and exposes the classes on window.Strichka', async () => {
    const page = await openPage('every-element', { scripts: [`${CDN}/strichka.classic.js`] });
    await expectEveryElementRendered(page);
    const { Strichka } = page.window;
    expect(Strichka?.StrichkaTicker).to.equal(page.window.customElements.get('strichka-ticker'));
    expect(Strichka?.parseFeed).to.be.a('function');
    expect(page.window.pageProblems).to.deep.equal([]);
  });
});
