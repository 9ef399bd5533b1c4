// The proxy's answers to well-formed and bad requests: CORS, methods, caching headers, errors as JSON.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ask, errorOf, feedRoute, NEWS_UK, startUpstream, testEnv } from './proxy-fixtures.mjs';

describe('proxy requests', () => {
  let upstream;
  let env;
  before(async () => {
    upstream = await startUpstream({
      '/rss': feedRoute(),
      '/head': feedRoute(),
      '/page': feedRoute('<html>hi</html>', { type: 'text/html; charset=windows-1251' }),
      // two Content-Type headers: fetch joins them with a comma
      '/two-types': (request, response) => {
        response.setHeader('Content-Type', ['application/rss+xml', 'text/html']);
        response.writeHead(200).end('<html><script>alert(1)</script></html>');
      },
      '/typed': (request, response) => {
        const type = new URL(request.url, 'http://x').searchParams.get('type');
        response.writeHead(200, type ? { 'Content-Type': type } : {}).end('<rss version="2.0"><channel><title>t</title></channel></rss>');
      },
    });
    env = testEnv(upstream.origin);
  });
  after(() => upstream.close());

  it('answers 200 with the feed as sent and CORS headers for a listed page origin', async () => {
    const response = await ask(`${upstream.origin}/rss`, env);
    assert.equal(response.status, 200);
    assert.deepEqual(Buffer.from(await response.arrayBuffer()), NEWS_UK);
    assert.equal(response.headers.get('content-type'), 'application/rss+xml; charset=utf-8');
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://partner.example');
    assert.equal(response.headers.get('access-control-expose-headers'), 'ETag, Last-Modified, Retry-After');
    assert.equal(response.headers.get('vary'), 'Origin');
    assert.equal(response.headers.get('etag'), '"v1"');
    assert.equal(response.headers.get('last-modified'), 'Sat, 24 May 2025 13:12:00 GMT');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  });

  it('sends Cache-Control with s-maxage and stale-if-error from the configuration', async () => {
    const response = await ask(`${upstream.origin}/rss`, { ...env, STRICHKA_PROXY_CACHE_SECONDS: '45', STRICHKA_PROXY_STALE_SECONDS: '600' });
    assert.equal(response.headers.get('cache-control'), 'public, max-age=0, s-maxage=45, stale-if-error=600');
  });

  it('gives an unlisted page origin no Access-Control-Allow-Origin, and any origin one with *', async () => {
    const other = await ask(`${upstream.origin}/rss`, env, { headers: { Origin: 'https://other.example' } });
    assert.equal(other.status, 200);
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const unset = await ask(`${upstream.origin}/rss`, { STRICHKA_PROXY_ALLOW: upstream.origin, STRICHKA_PROXY_ORIGINS: '' });
    assert.equal(unset.headers.get('access-control-allow-origin'), null);
    const any = await ask(`${upstream.origin}/rss`, { ...env, STRICHKA_PROXY_ORIGINS: '*' }, { headers: { Origin: 'https://other.example' } });
    assert.equal(any.headers.get('access-control-allow-origin'), '*');
  });

  it('answers an OPTIONS preflight with 204, the methods and the conditional headers', async () => {
    const response = await ask(`${upstream.origin}/rss`, env, { method: 'OPTIONS', headers: { 'Access-Control-Request-Method': 'GET' } });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://partner.example');
    assert.equal(response.headers.get('access-control-allow-methods'), 'GET, HEAD, OPTIONS');
    assert.match(response.headers.get('access-control-allow-headers'), /If-None-Match/);
    assert.equal(upstream.count('/rss') <= 1, true);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const response = await ask(`${upstream.origin}/head`, env, { method: 'HEAD' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-length'), String(NEWS_UK.length));
    assert.equal(response.headers.get('etag'), '"v1"');
    assert.equal((await response.arrayBuffer()).byteLength, 0);
  });

  it('refuses POST with 405 and Allow', async () => {
    const response = await ask(`${upstream.origin}/rss`, env, { method: 'POST', body: 'x' });
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'GET, HEAD, OPTIONS');
    assert.equal(await errorOf(response), 'method');
  });

  it('answers 400 JSON for a missing, relative or unparseable url and for a scheme other than http(s)', async () => {
    for (const url of [undefined, '', '/rss', 'http://[bad', 'file:///etc/passwd', 'ftp://example.com/rss', 'javascript:alert(1)', 'data:text/xml,<rss/>']) {
      const response = await ask(url, env);
      assert.equal(response.status, 400, String(url));
      assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.deepEqual(await response.json(), { error: 'bad-url', status: 400, message: 'url= must be an absolute http(s) URL' });
    }
  });

  it('answers 400 for a format other than json', async () => {
    const response = await ask(`${upstream.origin}/rss`, env, { query: { format: 'xml' } });
    assert.equal(response.status, 400);
    assert.equal(await errorOf(response), 'bad-format');
  });

  it('answers 403 for a feed origin not in STRICHKA_PROXY_ALLOW, and for every origin without one', async () => {
    const before = upstream.requests.length;
    const other = await ask('https://news.example/rss', env);
    assert.equal(other.status, 403);
    assert.equal(await errorOf(other), 'not-allowed');
    // another port of the same host is another origin
    const port = await ask(`${upstream.origin.replace(/\d+$/, (port) => String(+port + 1))}/rss`, env);
    assert.equal(port.status, 403);
    const none = await ask(`${upstream.origin}/rss`, { STRICHKA_PROXY_ORIGINS: '*' });
    assert.equal(none.status, 403);
    assert.equal(none.headers.get('access-control-allow-origin'), '*');
    assert.equal(upstream.requests.length, before);
  });

  it('serves an HTML answer as text/plain, keeping its charset', async () => {
    const response = await ask(`${upstream.origin}/page`, env);
    assert.equal(response.headers.get('content-type'), 'text/plain; charset=windows-1251');
    assert.match(response.headers.get('content-security-policy'), /sandbox/);
  });

  it('relays only XML, JSON and plain-text types; anything else, or any mix, as text/plain', async () => {
    const two = await ask(`${upstream.origin}/two-types`, env);
    assert.equal(two.headers.get('content-type'), 'text/plain');
    const typed = async (type) => (await ask(`${upstream.origin}/typed?type=${encodeURIComponent(type)}`, env)).headers.get('content-type');
    for (const type of ['application/rss+xml; charset=utf-8', 'application/atom+xml', 'text/xml; charset=windows-1251', 'application/xml', 'application/feed+json', 'application/json', 'text/plain; charset=utf-8']) {
      assert.equal(await typed(type), type);
    }
    assert.equal(await typed('application/xhtml+xml; charset=utf-8'), 'text/plain; charset=utf-8');
    assert.equal(await typed('image/svg+xml'), 'text/plain');
    assert.equal(await typed('TEXT/HTML;Charset="koi8-r"'), 'text/plain; charset=koi8-r');
    assert.equal(await typed('application/rss+xml, text/html; charset=utf-8'), 'text/plain; charset=utf-8');
    assert.equal(await typed('application/octet-stream'), 'text/plain');
    assert.equal(await typed(''), 'text/plain');
  });
});
