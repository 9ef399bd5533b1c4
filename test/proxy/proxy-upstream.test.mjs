// How the proxy deals with the feed's server: conditional requests, limits, failures.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ask, errorOf, feedRoute, NEWS_UK, startUpstream, testEnv } from './proxy-fixtures.mjs';

const LAST_MODIFIED = 'Sat, 24 May 2025 13:12:00 GMT';

describe('proxy upstream', () => {
  let upstream;
  let env;
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
    });
    env = testEnv(upstream.origin, { STRICHKA_PROXY_TIMEOUT_MS: '150' });
  });
  after(() => upstream.close());

  it('passes If-None-Match upstream when it has no copy, and answers the 304', async () => {
    const response = await ask(`${upstream.origin}/etag`, env, { headers: { 'If-None-Match': '"v1"' } });
    assert.equal(response.status, 304);
    assert.equal(response.headers.get('etag'), '"v1"');
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://partner.example');
    assert.equal(upstream.requests.at(-1).headers['if-none-match'], '"v1"');
  });

  it('passes If-Modified-Since upstream and answers the 304', async () => {
    const response = await ask(`${upstream.origin}/dated`, env, { headers: { 'If-Modified-Since': LAST_MODIFIED } });
    assert.equal(response.status, 304);
    assert.equal(upstream.requests.at(-1).headers['if-modified-since'], LAST_MODIFIED);
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
    const response = await ask(`${upstream.origin}/no-validators`, { ...env, STRICHKA_PROXY_CACHE_SECONDS: '0.01' });
    const etag = response.headers.get('etag');
    assert.match(etag, /^"strichka-[\da-f]{24}"$/);
    await new Promise((wait) => setTimeout(wait, 20));
    const again = await ask(`${upstream.origin}/no-validators`, { ...env, STRICHKA_PROXY_CACHE_SECONDS: '0.01' }, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(upstream.count('/no-validators'), 2);
    assert.equal(upstream.requests.at(-1).headers['if-none-match'], undefined);
  });

  it('gives format=json its own ETag, and maps it back for the feed server', async () => {
    const json = await ask(`${upstream.origin}/etag-json`, env, { query: { format: 'json' } });
    assert.equal(json.headers.get('etag'), '"v1-json"');
    assert.equal((await ask(`${upstream.origin}/etag-json`, env, { query: { format: 'json' }, headers: { 'If-None-Match': '"v1-json"' } })).status, 304);
    // the feed as sent does not match the JSON variant's ETag
    assert.equal((await ask(`${upstream.origin}/etag-json`, env, { headers: { 'If-None-Match': '"v1-json"' } })).status, 200);
  });

  it('answers 502 JSON for a feed over the size limit, declared or streamed', async () => {
    for (const path of ['/big-declared', '/big-streamed']) {
      const response = await ask(`${upstream.origin}${path}`, { ...env, STRICHKA_PROXY_MAX_BYTES: '1000' });
      assert.equal(response.status, 502, path);
      assert.deepEqual(await response.json(), { error: 'too-large', status: 502, message: 'Feed over 1000 bytes' });
    }
  });

  it('answers 504 JSON when the feed server is too slow, headers or body', async () => {
    for (const path of ['/slow', '/slow-body']) {
      const started = Date.now();
      const response = await ask(`${upstream.origin}${path}`, env);
      assert.equal(response.status, 504, path);
      assert.equal(await errorOf(response), 'timeout');
      assert.ok(Date.now() - started < 2000);
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
    const short = { ...env, STRICHKA_PROXY_CACHE_SECONDS: '0.01', STRICHKA_PROXY_STALE_SECONDS: '60' };
    assert.equal((await ask(`${upstream.origin}/flaky`, short)).status, 200);
    failing = true;
    await new Promise((wait) => setTimeout(wait, 20));
    const stale = await ask(`${upstream.origin}/flaky`, short);
    assert.equal(stale.status, 200);
    assert.deepEqual(Buffer.from(await stale.arrayBuffer()), NEWS_UK);
    assert.equal(upstream.count('/flaky'), 2);
    // past the stale period the failure shows
    await new Promise((wait) => setTimeout(wait, 20));
    const expired = await ask(`${upstream.origin}/flaky`, { ...short, STRICHKA_PROXY_STALE_SECONDS: '0.01' });
    assert.equal(expired.status, 500);
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
