// What `*` covers: public hosts on ports 80 and 443, in any spelling. Checked without touching the
// network: a runtime Cache API (Workers' caches.default, here a Map behind the same interface) holds a
// copy of each feed, so an allowed URL is answered from it and a refused one gets 403 before it is read.
// A file of its own: the proxy opens the runtime's cache once per process, on the first request.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { ask, errorOf } from './proxy-fixtures.mjs';

const FEED = '<rss version="2.0"><channel><title>public</title></channel></rss>';
const stored = new Map();
const reads = [];

/** The Cache API's match and put over a Map, as `caches.default` offers them. */
const cache = {
  match: async (url) => (reads.push(url), stored.get(url)?.clone()),
  put: async (url, response) => void stored.set(url, response),
};

/** Puts a fresh copy of a feed at `url` into the runtime cache, as an earlier fetch would have. */
function storeCopy(url) {
  const cacheUrl = `http://proxy.test/.strichka-cache?url=${encodeURIComponent(url)}`;
  stored.set(cacheUrl, new Response(FEED, { headers: { 'Content-Type': 'application/rss+xml', 'x-strichka-url': url, 'x-strichka-fetched-at': String(Date.now()) } }));
}

describe('proxy public hosts', () => {
  const env = { STRICHKA_PROXY_ALLOW: '*', STRICHKA_PROXY_TIMEOUT_MS: '1' };
  before(() => {
    globalThis.caches = { default: cache, open: async () => cache };
  });

  it('lets * cover public address literals and names on ports 80 and 443', async () => {
    for (const url of ['http://203.0.114.1/rss', 'https://203.0.114.1/rss', 'http://203.0.114.1:443/rss', 'http://[2001:4860::1]/rss', 'https://[2002:cb00:7201::]/rss', 'https://news.example/rss']) {
      storeCopy(url);
      const response = await ask(url, env);
      assert.equal(response.status, 200, url);
      assert.equal(await response.text(), FEED, url);
    }
  });

  it('does not let * cover other ports (a named origin may use any), and refuses before reading a copy', async () => {
    for (const url of ['http://203.0.114.1:8080/rss', 'https://203.0.114.1:8443/rss', 'http://[2001:4860::1]:22/rss', 'https://news.example:6379/']) {
      storeCopy(url);
      const response = await ask(url, env);
      assert.equal(response.status, 403, url);
      assert.equal(await errorOf(response), 'not-allowed', url);
      assert.equal(reads.some((read) => read.endsWith(encodeURIComponent(url))), false, url);
    }
    const named = await ask('http://203.0.114.1:8080/rss', { ...env, STRICHKA_PROXY_ALLOW: '*, http://203.0.114.1:8080' });
    assert.equal(named.status, 200);
  });
});
