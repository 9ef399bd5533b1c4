// The memory cache's bound counts the format=json models kept beside the copies, not the bodies alone.
// A file of its own: node --test runs each file in a process of its own, so this cache starts empty.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ask, startUpstream, testEnv } from './proxy-fixtures.mjs';

/** A long path: every relative item link resolves against it, so a small feed has a large model. */
const LONG = 'p'.repeat(8000);
const ITEMS = 1300;

/** An RSS feed of `ITEMS` items with relative links, about 40 KB; its JSON model is about 20 MB. */
const smallFeedLargeModel = () =>
  `<rss version="2.0"><channel><title>t</title>${Array.from({ length: ITEMS }, (_, i) => `<item><link>i${i}</link></item>`).join('')}</channel></rss>`;

describe('proxy memory cache', () => {
  let upstream;
  let env;
  before(async () => {
    const route = (request, response) => response.writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: '"m"' }).end(smallFeedLargeModel());
    upstream = await startUpstream({ [`/a/${LONG}/feed`]: route, [`/b/${LONG}/feed`]: route });
    env = testEnv(upstream.origin, { STRICHKA_PROXY_CACHE_SECONDS: '600' });
  });
  after(() => upstream.close());

  it('counts the JSON models against its 32 MB: two feeds of 40 KB with 20 MB models do not both stay', async () => {
    const [a, b] = ['a', 'b'].map((name) => `${upstream.origin}/${name}/${LONG}/feed`);
    for (const url of [a, b]) {
      const response = await ask(url, env, { query: { format: 'json' } });
      assert.equal(response.status, 200);
      assert.ok(Number(response.headers.get('content-length')) > 16e6, response.headers.get('content-length'));
      await response.arrayBuffer();
    }
    // the least recently used (a) made room for b's model; b stays
    assert.equal((await ask(b, env)).status, 200);
    assert.equal(upstream.count(`/b/${LONG}/feed`), 1);
    assert.equal((await ask(a, env)).status, 200);
    assert.equal(upstream.count(`/a/${LONG}/feed`), 2);
  });
});
