// One upstream fetch per feed per cache period, however many clients ask; format=json is parseFeed's model.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { parseFeed } from '../../dist/feed/index.js';
import { ask, feedRoute, NEWS_UK, startUpstream, testEnv } from './proxy-fixtures.mjs';

const demoFeed = (name) => readFileSync(new URL(`../../demo/feeds/${name}`, import.meta.url));
const sleep = (ms) => new Promise((wait) => setTimeout(wait, ms));
/** A model as JSON carries it: keys with undefined values left out. */
const asJson = (value) => JSON.parse(JSON.stringify(value));
const PERIOD_MS = 60e3;

describe('proxy cache', () => {
  let upstream;
  let env;
  // the proxy's clock (env.now): it stands still until a test moves it on, however fast the machine runs
  let time = Date.now();
  // requests to /held wait until the test lets them go; any after that pass at once
  const held = [];
  let released = false;
  before(async () => {
    upstream = await startUpstream({
      '/held': (request, response) => (released ? feedRoute()(request, response) : held.push(() => feedRoute()(request, response))),
      '/period': feedRoute(),
      '/atom': feedRoute(demoFeed('columns.atom'), { type: 'application/atom+xml' }),
      '/json-feed': feedRoute(demoFeed('photo-stories.json'), { type: 'application/feed+json' }),
      '/rss': feedRoute(),
      '/restart': feedRoute(),
    });
    env = testEnv(upstream.origin, { STRICHKA_PROXY_CACHE_SECONDS: String(PERIOD_MS / 1e3), now: () => time });
  });
  after(() => upstream.close());

  it('coalesces concurrent requests for one feed into one upstream request', async () => {
    const answers = Array.from({ length: 25 }, (_, i) => ask(`${upstream.origin}/held`, env, { query: i % 5 ? {} : { format: 'json' } }));
    // All 25 are on their way before the server holds the first; one that fetched on its own would show in the
    // count (and pass at once once released, so it cannot hang the test).
    while (!held.length) await sleep(5);
    released = true;
    held.forEach((release) => release());
    const responses = await Promise.all(answers);
    assert.deepEqual(new Set(responses.map((response) => response.status)), new Set([200]));
    assert.equal(upstream.count('/held'), 1);
    assert.deepEqual(Buffer.from(await responses[1].arrayBuffer()), NEWS_UK);
  });

  it('answers from its copy within the cache period, then revalidates upstream once', async () => {
    const url = `${upstream.origin}/period`;
    assert.equal((await ask(url, env)).status, 200);
    for (let i = 0; i < 5; i++) assert.equal((await ask(url, env)).status, 200);
    assert.equal(upstream.count('/period'), 1);
    const cached = await ask(url, env);
    assert.match(cached.headers.get('age'), /^\d+$/);
    time += PERIOD_MS / 2;
    assert.equal((await ask(url, env)).status, 200);
    assert.equal(upstream.count('/period'), 1);
    time += PERIOD_MS / 2;
    const answers = await Promise.all(Array.from({ length: 10 }, () => ask(url, env)));
    assert.deepEqual(new Set(answers.map((response) => response.status)), new Set([200]));
    assert.equal(upstream.count('/period'), 2);
    // the copy's own validators, answered 304: the copy is fresh again
    assert.equal(upstream.requests.at(-1).headers['if-none-match'], '"v1"');
    assert.deepEqual(Buffer.from(await answers[9].arrayBuffer()), NEWS_UK);
  });

  it('after a restart, readers that already hold the feed cause one upstream request per cache period', async () => {
    // a fresh proxy (no copy of /restart yet); every reader revalidates with the ETag it kept, as browsers do
    const url = `${upstream.origin}/restart`;
    const statuses = new Set();
    // 40 readers at once, every tenth of a period, for three periods
    for (let poll = 0; poll < 30; poll++) {
      const answers = await Promise.all(Array.from({ length: 40 }, () => ask(url, env, { headers: { 'If-None-Match': '"v1"' } })));
      answers.forEach((response) => statuses.add(response.status));
      time += PERIOD_MS / 10;
    }
    assert.deepEqual(statuses, new Set([304]));
    assert.equal(upstream.count('/restart'), 3);
    // the first fetch was whole: the readers' validators never went upstream without a copy behind them
    assert.equal(upstream.requests.find((entry) => entry.path == '/restart').headers['if-none-match'], undefined);
  });

  it('answers format=json with the model parseFeed reads from the same feed, marked "strichka": 1', async () => {
    for (const [path, name] of [['/rss', 'news-uk.xml'], ['/atom', 'columns.atom'], ['/json-feed', 'photo-stories.json']]) {
      const response = await ask(`${upstream.origin}${path}`, env, { query: { format: 'json' } });
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
      const { strichka, ...model } = await response.json();
      assert.equal(strichka, 1);
      const expected = parseFeed(demoFeed(name).toString('utf8'), { baseUrl: `${upstream.origin}${path}` });
      assert.ok(expected.items.length > 0);
      assert.deepEqual(model, asJson(expected), path);
      // and the client reads the answer back into the same Feed
      assert.deepEqual(asJson(parseFeed(JSON.stringify({ strichka, ...model }))), asJson(expected), path);
    }
  });
});
