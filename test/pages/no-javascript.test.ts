import { expect } from '@open-wc/testing';
import { CDN, closePages, openPage, type TestPage } from './test-page.js';

/** The fallback link of each element of every-element.html, with the text a reader sees. */
function visibleFallbacks(page: TestPage): string[] {
  return [...page.document.querySelectorAll<HTMLElement>(':is(strichka-ticker, strichka-card, strichka-tag-cloud, strichka-language-switcher, strichka-support-banner) > a')]
    .filter((link) => link.offsetWidth > 0 && link.offsetHeight > 0)
    .map((link) => link.textContent!.trim());
}

const FALLBACKS = ['Укр', 'Рус', 'Read the top story', 'Kyiv', 'All news', 'Latest news', 'Support us'];

describe('a page whose script does not run', () => {
  afterEach(closePages);

  it('shows every element’s fallback links when JavaScript is off', async () => {
    const page = await openPage('every-element', { scripts: [`${CDN}/strichka.classic.js`], sandbox: 'allow-same-origin' });
    expect(page.window.pageProblems, 'no script ran').to.equal(undefined);
    expect(page.document.querySelector('strichka-ticker')!.shadowRoot).to.equal(null);
    expect(visibleFallbacks(page)).to.deep.equal(FALLBACKS);
  });

  it('shows them when the script file cannot be loaded', async () => {
    const page = await openPage('every-element', { scripts: [`${CDN}/not-there.js`] });
    expect(page.window.customElements.get('strichka-ticker')).to.equal(undefined);
    expect(visibleFallbacks(page)).to.deep.equal(FALLBACKS);
  });
});
