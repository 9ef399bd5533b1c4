// How the proxy deals with the feed's server: conditional requests, limits, failures.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ask, errorOf, feedRoute, NEWS_UK, startUpstream, testEnv } from './proxy-fixtures.mjs';

const LAST_MODIFIED = 'Sat, 24 May 2025 13:12:00 GMT';
const PERIOD_MS = 60e3;

describe('proxy upstream', () => {
  let upstream;
  let env;
  // env with the proxy's clock (env.now), which stands still until a test moves it on: cache periods pass when a test says so
  let clocked;
  let time = Date.now();
  let failing = false;
  before(async () => {
    upstream = await startUpstream({
      '/etag': feedRoute(),
      '/etag-json': feedRoute(),
      // answers 304 to If-Modified-Since only
      '/dated': (request, response) => {
        if (request.headers['if-modified-since'] == LAST_MODIFIED) return response.writeHead(304, { 'Last-Modified': LAST_MODIFIED }).end();
        response.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Last-Modified': LAST_MODIFIED }).end(NEWS_UK);
      },
      '/no-validators': (request, response) => response.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(NEWS_UK),
      '/big-declared': (request, response) => response.writeHead(200, { 'Content-Length': 2000 }).end('x'.repeat(2000)),
      // no Content-Length: the limit applies while reading
      '/big-streamed': (request, response) => {
        response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
        response.write('<rss>' + 'x'.repeat(800));
        setTimeout(() => response.end('x'.repeat(800) + '</rss>'), 20);
      },
      '/slow': (request, response) => {
        const timer = setTimeout(() => response.writeHead(200).end(NEWS_UK), 5000);
        response.on('close', () => clearTimeout(timer));
      },
      '/slow-body': (request, response) => {
        response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
        response.write('<rss>');
        const timer = setTimeout(() => response.end('</rss>'), 5000);
        response.on('close', () => clearTimeout(timer));
      },
      '/busy': (request, response) => response.writeHead(503, { 'Retry-After': '120' }).end('busy'),
      '/gone': (request, response) => response.writeHead(404).end('gone'),
      '/flaky': (request, response) => (failing ? response.writeHead(500).end('down') : feedRoute()(request, response)),
      '/html': feedRoute('<!doctype html><html><body>Not a feed</body></html>', { type: 'text/html' }),
      '/etag-cold-json': feedRoute(),
      '/unquoted': feedRoute(NEWS_UK, { etag: 'abc' }),
      '/partial': (request, response) => response.writeHead(206, { 'Content-Type': 'application/rss+xml', 'Content-Range': 'bytes 0-9/100' }).end('<rss versi'),
      '/no-content': (request, response) => response.writeHead(204).end(),
      '/down-fast': (request, response) => (failing ? response.writeHead(500).end('down') : feedRoute()(request, response)),
      '/too-many': (request, response) => (failing ? response.writeHead(429, { 'Retry-After': '60' }).end('slow down') : feedRoute()(request, response)),
      // while failing, holds every request until the proxy gives up on it
      '/hanging': (request, response) => (failing ? undefined : feedRoute()(request, response)),
    });
    env = testEnv(upstream.origin, { STRICHKA_PROXY_TIMEOUT_MS: '150' });
    clocked = { ...env, STRICHKA_PROXY_CACHE_SECONDS: String(PERIOD_MS / 1e3), STRICHKA_PROXY_STALE_SECONDS: '3600', now: () => time };
  });
  after(() => upstream.close());

  it("with no copy, fetches the feed whole and answers the client's If-None-Match from it", async () => {
    const response = await ask(`${upstream.origin}/etag`, env, { headers: { 'If-None-Match': '"v1"' } });
    assert.equal(response.status, 304);
    assert.equal(response.headers.get('etag'), '"v1"');
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://partner.example');
    assert.equal(upstream.requests.at(-1).headers['if-none-match'], undefined);
    // the copy it brought answers the next poll: nothing more goes upstream
    assert.equal((await ask(`${upstream.origin}/etag`, env, { headers: { 'If-None-Match': '"v1"' } })).status, 304);
    assert.equal(upstream.count('/etag'), 1);
  });

  it("with no copy, fetches the feed whole and answers the client's If-Modified-Since from it", async () => {
    const response = await ask(`${upstream.origin}/dated`, env, { headers: { 'If-Modified-Since': LAST_MODIFIED } });
    assert.equal(response.status, 304);
    assert.equal(response.headers.get('last-modified'), LAST_MODIFIED);
    assert.equal(upstream.requests.at(-1).headers['if-modified-since'], undefined);
  });

  it('answers 304 from its copy when the client has the current one, without asking upstream', async () => {
    const first = await ask(`${upstream.origin}/dated`, env);
    assert.equal(first.status, 200);
    const before = upstream.count('/dated');
    const again = await ask(`${upstream.origin}/dated`, env, { headers: { 'If-Modified-Since': LAST_MODIFIED } });
    assert.equal(again.status, 304);
    const etag = (await ask(`${upstream.origin}/etag`, env)).headers.get('etag');
    assert.equal((await ask(`${upstream.origin}/etag`, env, { headers: { 'If-None-Match': `W/${etag}` } })).status, 304);
    assert.equal((await ask(`${upstream.origin}/etag`, env, { headers: { 'If-None-Match': '"v0"' } })).status, 200);
    assert.equal(upstream.count('/dated'), before);
  });

  it('makes an ETag of its own for a feed without validators, and never sends it upstream', async () => {
    const response = await ask(`${upstream.origin}/no-validators`, clocked);
    const etag = response.headers.get('etag');
    assert.match(etag, /^"strichka-[\da-f]{24}"$/);
    time += PERIOD_MS;
    const again = await ask(`${upstream.origin}/no-validators`, clocked, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(upstream.count('/no-validators'), 2);
    assert.equal(upstream.requests.at(-1).headers['if-none-match'], undefined);
  });

  it('gives format=json its own ETag', async () => {
    const json = await ask(`${upstream.origin}/etag-json`, env, { query: { format: 'json' } });
    assert.equal(json.headers.get('etag'), '"v1-json"');
    assert.equal((await ask(`${upstream.origin}/etag-json`, env, { query: { format: 'json' }, headers: { 'If-None-Match': '"v1-json"' } })).status, 304);
    // the feed as sent does not match the JSON variant's ETag
    assert.equal((await ask(`${upstream.origin}/etag-json`, env, { headers: { 'If-None-Match': '"v1-json"' } })).status, 200);
  });

  it("never answers format=json 304 to the ETag of the feed as sent, even with no copy", async () => {
    const cold = await ask(`${upstream.origin}/etag-cold-json`, env, { query: { format: 'json' }, headers: { 'If-None-Match': '"v1"' } });
    assert.equal(cold.status, 200);
    assert.equal(cold.headers.get('etag'), '"v1-json"');
    assert.equal((await cold.json()).strichka, 1);
  });

  it('quotes an unquoted upstream ETag, so its format=json variant differs from it', async () => {
    const raw = await ask(`${upstream.origin}/unquoted`, env);
    const json = await ask(`${upstream.origin}/unquoted`, env, { query: { format: 'json' } });
    assert.equal(raw.headers.get('etag'), '"abc"');
    assert.equal(json.headers.get('etag'), '"abc-json"');
    for (const tag of ['abc', '"abc"']) {
      assert.equal((await ask(`${upstream.origin}/unquoted`, env, { query: { format: 'json' }, headers: { 'If-None-Match': tag } })).status, 200, tag);
    }
    assert.equal((await ask(`${upstream.origin}/unquoted`, env, { headers: { 'If-None-Match': '"abc"' } })).status, 304);
    assert.equal((await ask(`${upstream.origin}/unquoted`, env, { query: { format: 'json' }, headers: { 'If-None-Match': '"abc-json"' } })).status, 304);
  });

  it('answers 502 for a 206 or 204 from the feed server, and keeps no copy of it', async () => {
    for (const path of ['/partial', '/no-content']) {
      for (const query of [{}, { format: 'json' }]) {
        const response = await ask(`${upstream.origin}${path}`, env, { query });
        assert.equal(response.status, 502, path);
        assert.equal(await errorOf(response), 'http', path);
      }
      assert.equal(upstream.count(path), 2, path);
    }
  });

  it('answers 502 JSON for a feed over the size limit, declared or streamed', async () => {
    for (const path of ['/big-declared', '/big-streamed']) {
      const response = await ask(`${upstream.origin}${path}`, { ...env, STRICHKA_PROXY_MAX_BYTES: '1000' });
      assert.equal(response.status, 502, path);
      assert.deepEqual(await response.json(), { error: 'too-large', status: 502, message: 'Feed over 1000 bytes' });
    }
  });

  it('answers 504 JSON when the feed server is too slow, headers or body', async () => {
    // the server would answer after 5 s: only the proxy's time-out (150 ms) makes a 504 of it
    for (const path of ['/slow', '/slow-body']) {
      const response = await ask(`${upstream.origin}${path}`, env);
      assert.equal(response.status, 504, path);
      assert.equal(await errorOf(response), 'timeout');
    }
  });

  it("passes on the feed server's error status and Retry-After, uncached", async () => {
    const busy = await ask(`${upstream.origin}/busy`, env);
    assert.equal(busy.status, 503);
    assert.equal(busy.headers.get('retry-after'), '120');
    assert.equal(busy.headers.get('cache-control'), 'no-store');
    assert.equal(busy.headers.get('access-control-allow-origin'), 'https://partner.example');
    assert.equal(await errorOf(busy), 'http');
    await ask(`${upstream.origin}/busy`, env);
    assert.equal(upstream.count('/busy'), 2);
    assert.equal((await ask(`${upstream.origin}/gone`, env)).status, 404);
  });

  it('answers with its copy while the feed server fails within the stale period (stale-if-error)', async () => {
    assert.equal((await ask(`${upstream.origin}/flaky`, clocked)).status, 200);
    failing = true;
    time += PERIOD_MS;
    const stale = await ask(`${upstream.origin}/flaky`, clocked);
    assert.equal(stale.status, 200);
    assert.deepEqual(Buffer.from(await stale.arrayBuffer()), NEWS_UK);
    assert.equal(upstream.count('/flaky'), 2);
    // past the stale period (an hour after the cache period) the failure shows
    time += 2 * 3600e3;
    const expired = await ask(`${upstream.origin}/flaky`, clocked);
    assert.equal(expired.status, 500);
    failing = false;
  });

  it('while the feed server fails, answers its stale copy and tries the server again only once a cache period', async () => {
    for (const path of ['/down-fast', '/too-many']) {
      failing = false;
      assert.equal((await ask(`${upstream.origin}${path}`, clocked)).status, 200, path);
      failing = true;
      time += PERIOD_MS;
      const statuses = new Set();
      for (let i = 0; i < 20; i++) {
        statuses.add((await ask(`${upstream.origin}${path}`, clocked)).status);
        time += PERIOD_MS / 40;
      }
      assert.deepEqual(statuses, new Set([200]), path);
      // the first copy, and one failed attempt for the 20 polls of half a period
      assert.equal(upstream.count(path), 2, path);
      time += PERIOD_MS / 2;
      const later = await ask(`${upstream.origin}${path}`, clocked);
      assert.equal(later.status, 200, path);
      assert.deepEqual(Buffer.from(await later.arrayBuffer()), NEWS_UK, path);
      assert.equal(upstream.count(path), 3, path);
    }
    failing = false;
  });

  it('makes one request wait for a hanging feed server per cache period, not every request', async () => {
    assert.equal((await ask(`${upstream.origin}/hanging`, clocked)).status, 200);
    failing = true;
    time += PERIOD_MS;
    // the first waits for the time-out; the others never ask the server, so none of them waits for it
    for (let i = 0; i < 5; i++) assert.equal((await ask(`${upstream.origin}/hanging`, clocked)).status, 200);
    assert.equal(upstream.count('/hanging'), 2);
    time += PERIOD_MS;
    assert.equal((await ask(`${upstream.origin}/hanging`, clocked)).status, 200);
    assert.equal(upstream.count('/hanging'), 3);
    failing = false;
  });

  it('answers 502 not-a-feed for format=json of an HTML page, and relays the page as text/plain', async () => {
    const json = await ask(`${upstream.origin}/html`, env, { query: { format: 'json' } });
    assert.equal(json.status, 502);
    assert.equal(await errorOf(json), 'not-a-feed');
    const raw = await ask(`${upstream.origin}/html`, env);
    assert.equal(raw.headers.get('content-type'), 'text/plain');
  });
});
