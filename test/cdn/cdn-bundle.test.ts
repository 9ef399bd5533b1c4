import { expect, fixture, html, waitUntil } from '@open-wc/testing';

// The script-tag bundles are built by `npm run build`, which `npm test` runs first.
const bundle = (name: string) => import(/* @vite-ignore */ new URL(`/dist/cdn/${name}.js`, location.href).href);

describe('dist/cdn bundles', () => {
  it('strichka.js defines every element from one file, one a task, and loading a second bundle is harmless', async () => {
    await bundle('strichka');
    const tags = ['strichka-feed', 'strichka-language-switcher', 'strichka-ticker', 'strichka-card', 'strichka-tag-cloud', 'strichka-support-banner'];
    // The first at once, the others in tasks of their own.
    expect(tags.map((tag) => !!customElements.get(tag))).to.deep.equal([true, false, false, false, false, false]);
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
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
