import { expect, fixture, html, waitUntil } from '@open-wc/testing';

// The script-tag bundles are built by `npm run build`, which `npm test` runs first.
const bundle = (name: string) => import(/* @vite-ignore */ new URL(`/dist/cdn/${name}.js`, location.href).href);

describe('dist/cdn bundles', () => {
  it('strichka.js defines every element from one file, one a task where the page has them, and loading a second bundle is harmless', async () => {
    const tags = ['strichka-feed', 'strichka-ticker', 'strichka-card', 'strichka-tag-cloud', 'strichka-language-switcher', 'strichka-support-banner'];
    const waiting = document.body.appendChild(document.createElement('div'));
    waiting.hidden = true;
    waiting.append(...tags.map((tag) => document.createElement(tag)));
    const definedWith = tags.map((tag) => customElements.whenDefined(tag).then(() => tags.filter((each) => customElements.get(each))));
    await bundle('strichka');
    expect(tags.filter((tag) => customElements.get(tag)), 'defined as the bundle ran').to.deep.equal([]);
    // Each upgrade is a task of its own, in the bundle's order: every tag is defined alone after the previous ones.
    expect(await Promise.all(definedWith)).to.deep.equal(tags.map((_tag, index) => tags.slice(0, index + 1)));
    waiting.remove();
    for (const name of ['ticker', 'card', 'tag-cloud', 'language-switcher', 'support-banner']) await bundle(name);
    const ticker = await fixture<HTMLElement>(html`<strichka-ticker src="/demo/feeds/news-en.xml" lang="en"></strichka-ticker>`);
    await waitUntil(() => ticker.shadowRoot?.querySelectorAll('[part~="item"]').length == 10, 'the bundled ticker renders 10 rows');
    // The build minifies template HTML: the space between the marker and the headline must survive.
    const updatedRow = [...ticker.shadowRoot!.querySelectorAll('[part~="item"]')].find((row) => row.querySelector('[part~="updated"]'));
    expect(updatedRow?.textContent?.replace(/\s+/g, ' ')).to.contain('updated Another 307 Ukrainian defenders');
  });
});

describe('dist/cdn source maps', () => {
  it('sit beside every script-tag file and lead to the TypeScript sources, their text included', async () => {
    for (const file of ['strichka.js', 'strichka.classic.js', 'ticker.js', 'ticker-proxy.js', 'card.js', 'tag-cloud.js', 'language-switcher.js', 'support-banner.js', 'loader.js', 'lazy/ticker.js']) {
      // The package as built, byte for byte (the dev server's /dist/ route rewrites scripts).
      const url = new URL(`/test-pages/npm/strichka@1/dist/cdn/${file}`, location.href);
      const code = await (await fetch(url)).text();
      const mapName = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
      expect(mapName, file).to.equal(`${file.split('/').pop()}.map`);
      const map: { sources: string[]; sourcesContent: (string | null)[] } = await (await fetch(new URL(mapName!, url))).json();
      const ours = map.sources.filter((source) => !source.includes('node_modules/'));
      expect(ours.length, file).to.be.above(0);
      expect(ours.every((source) => /\/src\/.+\.ts$/.test(source)), `${file}: ${ours.join()}`).to.equal(true);
      expect(map.sourcesContent.every((text) => text), `${file} has every source's text`).to.equal(true);
    }
  });
});
