// The demo's static server over real HTTP: compression negotiated from Accept-Encoding, one
// ETag per coding with 304s, cache lifetimes per kind of file, HEAD, and no way out of its root.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startStaticServer } from '../../scripts/static-server.mjs';

// Text that compresses, so a coded body is told apart from the file by its size too.
const feed = `<?xml version="1.0"?><rss version="2.0"><channel>${'<item><title>Кияни повертаються додому</title></item>'.repeat(50)}</channel></rss>`;
const files = {
  'page/index.html': '<!doctype html><title>Article</title><p>' + 'Text of the article. '.repeat(40),
  'feeds/news.xml': feed,
  'dist/cdn/strichka.js': 'export const strichka = "widgets";\n'.repeat(40),
  'images/photo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
};

/** One request with node:http (which, unlike fetch, decodes nothing); resolves to status, headers and raw body. */
function get(base, path, { method = 'GET', headers = {} } = {}) {
  return new Promise((answered, failed) => {
    const url = new URL(base);
    const sent = request({ host: url.hostname, port: url.port, path, method, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => answered({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    sent.on('error', failed);
    sent.end();
  });
}

describe('static server', () => {
  let dir;
  let server;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'strichka-static-'));
    for (const [name, content] of Object.entries(files)) {
      await mkdir(join(dir, name, '..'), { recursive: true });
      await writeFile(join(dir, name), content);
    }
    await writeFile(join(dir, 'secret.txt'), 'outside the served root');
    server = await startStaticServer({ root: dir, headers: { 'X-Extra': 'kept' } });
  });
  after(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('sends brotli when accepted, preferred to gzip, and the body decodes to the file', async () => {
    const answer = await get(server.url, '/feeds/news.xml', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['content-encoding'], 'br');
    assert.equal(answer.headers.vary, 'Accept-Encoding');
    assert.equal(Number(answer.headers['content-length']), answer.body.length);
    assert.ok(answer.body.length < Buffer.byteLength(feed) / 4);
    assert.equal(brotliDecompressSync(answer.body).toString(), feed);
  });

  it('sends gzip when brotli is not accepted (or refused with q=0), and the body decodes to the file', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip;q=0.5']) {
      const answer = await get(server.url, '/feeds/news.xml', { headers: { 'Accept-Encoding': accept } });
      assert.equal(answer.headers['content-encoding'], 'gzip', accept);
      assert.equal(Number(answer.headers['content-length']), answer.body.length);
      assert.equal(gunzipSync(answer.body).toString(), feed);
    }
  });

  it('sends the file as it is when no coding is accepted, still with Vary', async () => {
    for (const headers of [{}, { 'Accept-Encoding': 'identity' }, { 'Accept-Encoding': 'br;q=0, gzip;q=0' }]) {
      const answer = await get(server.url, '/feeds/news.xml', { headers });
      assert.equal(answer.headers['content-encoding'], undefined);
      assert.equal(answer.headers.vary, 'Accept-Encoding');
      assert.equal(answer.body.toString(), feed);
      assert.equal(Number(answer.headers['content-length']), Buffer.byteLength(feed));
    }
  });

  it('never codes an image (already compressed) and sends it no Vary', async () => {
    const answer = await get(server.url, '/images/photo.png', { headers: { 'Accept-Encoding': 'br, gzip' } });
    assert.equal(answer.headers['content-encoding'], undefined);
    assert.equal(answer.headers.vary, undefined);
    assert.deepEqual(answer.body, files['images/photo.png']);
  });

  it('answers 304 to If-None-Match with the ETag of the same coding, 200 with another coding', async () => {
    const br = await get(server.url, '/page/', { headers: { 'Accept-Encoding': 'br' } });
    const gzip = await get(server.url, '/page/', { headers: { 'Accept-Encoding': 'gzip' } });
    assert.notEqual(br.headers.etag, gzip.headers.etag);
    const again = await get(server.url, '/page/', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.etag } });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    assert.equal(again.headers.etag, br.headers.etag);
    assert.equal(again.headers['cache-control'], 'no-cache');
    const weak = await get(server.url, '/page/', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': `"other", W/${br.headers.etag}` } });
    assert.equal(weak.status, 304);
    const other = await get(server.url, '/page/', { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': br.headers.etag } });
    assert.equal(other.status, 200);
    assert.equal(other.headers['content-encoding'], 'gzip');
  });

  it('revalidates pages and feeds every time, keeps built scripts and images for 10 minutes', async () => {
    const cacheControl = async (path) => (await get(server.url, path)).headers['cache-control'];
    assert.equal(await cacheControl('/page/index.html'), 'no-cache');
    assert.equal(await cacheControl('/feeds/news.xml'), 'no-cache');
    assert.equal(await cacheControl('/dist/cdn/strichka.js'), 'max-age=600');
    assert.equal(await cacheControl('/images/photo.png'), 'max-age=600');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const headers = { 'Accept-Encoding': 'gzip' };
    const full = await get(server.url, '/dist/cdn/strichka.js', { headers });
    const head = await get(server.url, '/dist/cdn/strichka.js', { method: 'HEAD', headers });
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    for (const name of ['content-type', 'content-length', 'content-encoding', 'etag', 'cache-control', 'vary']) {
      assert.equal(head.headers[name], full.headers[name], name);
    }
  });

  it('adds the caller’s headers to file responses', async () => {
    assert.equal((await get(server.url, '/feeds/news.xml')).headers['x-extra'], 'kept');
  });

  it('refuses a path out of its root (403), answers 404 for a missing file', async () => {
    const inner = await startStaticServer({ root: join(dir, 'page') });
    try {
      assert.equal((await get(inner.url, '/..%2fsecret.txt')).status, 403);
      assert.equal((await get(inner.url, '/%2e%2e%2fsecret.txt')).status, 403);
      assert.equal((await get(inner.url, '/missing.html')).status, 404);
    } finally {
      await inner.close();
    }
  });
});
