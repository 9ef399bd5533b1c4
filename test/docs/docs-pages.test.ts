import { expect, waitUntil } from '@open-wc/testing';
import { closePages, openFrame } from '../pages/test-page.js';

// docs/api/ is written by `node scripts/docs.mjs` from dist/custom-elements.json; `npm test` runs both first.
interface ManifestElement {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
}

async function manifestElements(): Promise<ManifestElement[]> {
  const manifest = await (await fetch('/dist/custom-elements.json')).json();
  return manifest.modules.flatMap((module: { declarations?: ManifestElement[] }) => module.declarations ?? []).filter((d: ManifestElement) => d.tagName);
}

/** The document of `path`, loaded in a new iframe. */
const openPage = async (path: string): Promise<Document> => (await openFrame(path)).contentDocument!;

/** The first-column texts of the table under the heading with `id`. */
const firstColumn = (page: Document, id: string) =>
  [...(page.getElementById(id)?.nextElementSibling?.querySelectorAll('tbody tr td:first-child') ?? [])].map((cell) => cell.textContent);

describe('docs/api: a page per element from custom-elements.json', () => {
  afterEach(closePages);

  it('lists every element of the manifest on the index page', async () => {
    const elements = await manifestElements();
    const page = await openPage('/docs/api/index.html');
    const links = [...page.querySelectorAll('main li a')].map((link) => link.getAttribute('href'));
    expect(links).to.deep.equal(elements.map((element) => `${element.tagName}.html`).sort());
    // Each line: the tag once, then the first paragraph of its description as whole sentences.
    for (const item of page.querySelectorAll('main li')) {
      expect(item.textContent!.split('<strichka-').length, item.textContent!).to.equal(2);
      expect(item.textContent, item.textContent!).to.match(/\.$/);
    }
  });

  it('fits a phone: no page is wider than a 390 px screen', async () => {
    for (const path of ['index', ...(await manifestElements()).map((element) => element.tagName)]) {
      const frame = await openFrame(`/docs/api/${path}.html`);
      frame.width = '390';
      const root = frame.contentDocument!.documentElement;
      await waitUntil(() => root.clientWidth <= 390, 'the frame did not narrow');
      expect(root.scrollWidth, path).to.be.at.most(root.clientWidth);
    }
  });

  it("documents each element's attributes, events and parts, and its live example renders", async () => {
    for (const element of await manifestElements()) {
      const page = await openPage(`/docs/api/${element.tagName}.html`);
      expect(firstColumn(page, 'attributes'), element.tagName).to.deep.equal(element.attributes!.map((a) => a.name));
      expect(firstColumn(page, 'events'), element.tagName).to.deep.equal((element.events ?? []).map((e) => e.name));
      expect(firstColumn(page, 'css-parts'), element.tagName).to.deep.equal((element.cssParts ?? []).map((p) => p.name));
      if (element.tagName == 'strichka-feed') continue; // shows nothing by design
      const live = page.querySelector<HTMLElement>(`.example ${element.tagName}`)!;
      await waitUntil(() => (live.shadowRoot?.textContent ?? '').trim().length > 0, `${element.tagName} renders its example`, { timeout: 5000 });
      expect(page.querySelector('pre code')?.textContent).to.contain(`<${element.tagName}`);
    }
  });
});
