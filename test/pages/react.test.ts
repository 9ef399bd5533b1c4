import { expect, waitUntil } from '@open-wc/testing';
import type { CloudTag } from '../../src/tag-cloud.js';
import { testFeedUrl } from '../test-feed-url.js';
import { closePages, openPage, parts, tagNames, untilHeadlines } from './test-page.js';

// test/pages/fixtures/react-app.jsx, bundled by esbuild with React 19 and `strichka/ticker` +
// `strichka/tag-cloud` from the npm build (test/server/pages-server.mjs).
describe('a React 19 page using the elements', () => {
  beforeEach(() => localStorage.clear());
  afterEach(closePages);

  it('passes properties (a string, an array of objects) and runs onstrichka-* handlers', async () => {
    const { url } = testFeedUrl('demo/feeds/news-en.xml');
    const page = await openPage('react', { scripts: ['module:/test-pages/react-app.js'], feed: url });
    const status = () => page.document.getElementById('status')?.textContent;
    await waitUntil(() => status() == '10 stories', 'the onstrichka-load handler did not run', { timeout: 5000 });
    const ticker = page.document.querySelector<HTMLElement & { src?: string }>('strichka-ticker')!;
    const cloud = page.document.querySelector<HTMLElement & { tags?: CloudTag[] }>('strichka-tag-cloud')!;
    expect(ticker.src).to.equal(url);
    expect(cloud.tags).to.deep.equal([
      { name: 'Kyiv', count: 3 },
      { name: 'drones', count: 2 },
      { name: 'Poland', count: 1 },
    ]);
    expect(cloud.hasAttribute('tags'), 'an object is a property, not an attribute').to.equal(false);
    await untilHeadlines(ticker);
    expect(tagNames(cloud)).to.deep.equal(['Kyiv', 'drones', 'Poland']);

    parts(cloud, 'button')[0]!.click();
    await waitUntil(() => status() == '10 stories, filtered by Kyiv', 'the onstrichka-tag-select handler did not run');
    await untilHeadlines(ticker, 3);
    expect(page.window.pageProblems).to.deep.equal([]);
  });
});
