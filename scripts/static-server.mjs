// A small static file server on loopback for the demo (and anything else that needs to show
// built files to a browser). No dependencies: node:http, node:fs and node:zlib only.
// It answers as a CDN in front of a news site would, so that Lighthouse and the benches measure
// the widgets, not the server: text compressed (brotli or gzip, from Accept-Encoding), built
// scripts and images cached for a while, pages and feeds revalidated with their ETag.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
  '.xml': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const compressible = new Set(['.html', '.js', '.mjs', '.map', '.css', '.json', '.xml', '.atom', '.svg']);
const images = new Set(['.svg', '.png', '.ico']);

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const encoders = {
  // Quality 11 is what a CDN stores for static files; above 1 MB (the benches' generated feeds)
  // it takes over a second a file, where 5 takes milliseconds for a few per cent more bytes.
  br: (bytes) =>
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: bytes.length > 1 << 20 ? 5 : 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  gzip: (bytes) => gzipAsync(bytes, { level: 9 }),
};

/** The content coding to send for an Accept-Encoding header: 'br', else 'gzip', else undefined (identity). */
function chooseEncoding(acceptEncoding = '') {
  const weights = new Map();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [coding, ...params] = part.split(';').map((text) => text.trim());
    const q = params.find((param) => param.startsWith('q='));
    weights.set(coding, q ? Number(q.slice(2)) : 1);
  }
  return Object.keys(encoders).find((coding) => (weights.get(coding) ?? weights.get('*') ?? 0) > 0);
}

/**
 * Built files (dist/) and images may be reused for 10 minutes without asking: their names carry
 * no content hash, so not longer and never `immutable`. Everything else, pages and the feeds the
 * widgets poll above all, is revalidated on every use (a 304 when unchanged).
 */
const cacheControl = (pathInRoot) =>
  pathInRoot.split(sep)[0] == 'dist' || images.has(extname(pathInRoot)) ? 'max-age=600' : 'no-cache';

/** True when an If-None-Match header names `etag` (weak comparison, as for GET). */
const matches = (ifNoneMatch, etag) =>
  ifNoneMatch?.split(',').some((tag) => ['*', etag].includes(tag.trim().replace(/^W\//, ''))) ?? false;

/**
 * Serves files under root on loopback ('/' redirects to index; headers are added to every file
 * response). Resolves to the base URL and a close() that stops it.
 */
export async function startStaticServer({ root, port = 0, host = '127.0.0.1', index = '/', headers = {} }) {
  const rootDir = resolve(root);
  // The compressed bytes of the latest version of each file and coding, made once.
  const compressed = new Map();
  const compress = (file, etag, coding) => {
    const key = `${file}\n${coding}`;
    if (compressed.get(key)?.etag != etag) {
      const body = readFile(file).then(encoders[coding]);
      body.catch(() => compressed.delete(key));
      compressed.set(key, { etag, body });
    }
    return compressed.get(key).body;
  };

  const server = createServer(async (request, response) => {
    if (request.method != 'GET' && request.method != 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (path === '/' && index !== '/') {
      response.writeHead(302, { Location: index }).end();
      return;
    }
    let file = join(rootDir, path);
    if (file !== rootDir && !file.startsWith(rootDir + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const { size, mtime } = await stat(file);
      const type = extname(file);
      const coding = compressible.has(type) ? chooseEncoding(request.headers['accept-encoding']) : undefined;
      // One ETag per coding: a cache must not answer a gzip request with its brotli copy.
      const etag = `"${size.toString(36)}-${mtime.getTime().toString(36)}${coding ? `-${coding}` : ''}"`;
      const common = {
        'Cache-Control': cacheControl(relative(rootDir, file)),
        ETag: etag,
        ...(compressible.has(type) && { Vary: 'Accept-Encoding' }),
      };
      if (matches(request.headers['if-none-match'], etag)) {
        response.writeHead(304, common).end();
        return;
      }
      const body = coding && (await compress(file, etag, coding));
      response.writeHead(200, {
        'Content-Type': contentTypes[type] ?? 'application/octet-stream',
        'Content-Length': body ? body.length : size,
        ...(coding && { 'Content-Encoding': coding }),
        ...common,
        ...headers,
      });
      if (request.method == 'HEAD') response.end();
      else if (body) response.end(body);
      else createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  return listenOnLoopback(server, port, host);
}

/** Starts `server` listening (port 0: any free one); resolves to its base URL and a close() that stops it and its connections. */
export async function listenOnLoopback(server, port = 0, host = '127.0.0.1') {
  await new Promise((listening, reject) => {
    server.once('error', reject);
    server.listen(port, host, listening);
  });
  return {
    url: `http://${host}:${server.address().port}`,
    close: () =>
      new Promise((closed) => {
        server.close(closed);
        server.closeAllConnections();
      }),
  };
}
