import { expect, html } from '@open-wc/testing';
import '../../../src/language-switcher.js';
import type { StrichkaLanguageSwitcher } from '../../../src/language-switcher.js';
import { wrapperFixture } from '../../wrapper-fixture.js';
import { targetSizes } from '../../axe.js';
import { addAlternates, parts } from './switcher-test-page.js';

/** Switchers in both modes, in `style`; 中文 is the narrowest label. */
async function switchers(style: string, languages = 'uk ru en zh'): Promise<StrichkaLanguageSwitcher[]> {
  const page = await wrapperFixture(html`<div lang="uk" style=${style}>
    <strichka-language-switcher languages=${languages}></strichka-language-switcher>
    <strichka-language-switcher languages=${languages} mode="widgets" scope="#nowhere"></strichka-language-switcher>
  </div>`);
  return [...page.querySelectorAll('strichka-language-switcher')];
}

describe('<strichka-language-switcher> box and targets', () => {
  let removeAlternates = () => {};
  beforeEach(() => {
    localStorage.clear();
    removeAlternates = addAlternates({ uk: '/uk/', ru: '/ru/', en: '/en/', zh: '/zh/' });
  });
  afterEach(() => removeAlternates());

  for (const [size, style] of [
    ['the default font size', ''],
    ['a small font size', '--strichka-font-size: 0.75rem'],
  ]) {
    it(`gives every link and button at least 24 × 24 px at ${size} (WCAG 2.2 target size)`, async () => {
      const [links, buttons] = await switchers(style!);
      expect(parts(links!, 'link').map((link) => link.localName)).to.deep.equal(['a', 'a', 'a', 'a']);
      expect(parts(buttons!, 'link').map((button) => button.localName)).to.deep.equal(['button', 'button', 'button', 'button']);
      for (const el of [links!, buttons!]) {
        const sizes = targetSizes(el);
        expect(sizes).to.have.length(4);
        expect(sizes.filter(({ width, height }) => width < 24 || height < 24)).to.deep.equal([]);
      }
    });
  }

  it('is one row as tall as a line and the spacing (at least 24 px), whatever the labels’ scripts', async () => {
    for (const fontSize of [16, 12, 10]) {
      const expected = Math.max(24, 1.4 * fontSize + 8);
      for (const languages of ['uk ru en', 'ar hi th zh', 'de fr']) {
        for (const el of await switchers(`--strichka-font-size: ${fontSize}px`, languages)) {
          // Layout rounds lengths to 1/64 px.
          expect(el.getBoundingClientRect().height, `${languages} at ${fontSize}px`).to.be.closeTo(expected, 0.02);
          expect(getComputedStyle(el).display).to.equal('inline-block');
        }
      }
    }
  });
});
