// Shared by the proxy tests: real feed servers on 127.0.0.1 (node:http) that count what they were
// asked, and requests to the built handler (dist/proxy/proxy.js: run `npm run build` first).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import proxy from '../../dist/proxy/proxy.js';

/** The demo's Ukrainian news feed (RSS 2.0, 10 items). */
export const NEWS_UK = readFileSync(new URL('../../demo/feeds/news-uk.xml', import.meta.url));

/**
 * Starts a feed server on 127.0.0.1. `routes` maps a path to `(request, response) => void`; a path
 * without a route answers 404. Every request is logged in `requests` ({ path, headers }).
 */
export async function startUpstream(routes) {
  const requests = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    requests.push({ path, headers: request.headers });
    const route = routes[path];
    if (route) route(request, response);
    else response.writeHead(404).end('not found');
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests,
    /** Requests that reached `path`. */
    count: (path) => requests.filter((entry) => entry.path == path).length,
    close: () =>
      new Promise((closed) => {
        server.close(closed);
        server.closeAllConnections();
      }),
  };
}

/** A route that answers with `body` as RSS, with an ETag and Last-Modified, and 304 to a matching If-None-Match. */
export function feedRoute(body = NEWS_UK, { etag = '"v1"', lastModified = 'Sat, 24 May 2025 13:12:00 GMT', type = 'application/rss+xml; charset=utf-8' } = {}) {
  return (request, response) => {
    const headers = { 'Content-Type': type, 'Last-Modified': lastModified };
    if (etag) headers.ETag = etag;
    if (etag && request.headers['if-none-match'] == etag) return response.writeHead(304, headers).end();
    response.writeHead(200, headers).end(body);
  };
}

/** The proxy's configuration for tests: the upstream's origin allowed, a page origin, and any overrides. */
export const testEnv = (origin, overrides = {}) => ({
  STRICHKA_PROXY_ALLOW: origin,
  STRICHKA_PROXY_ORIGINS: 'https://partner.example',
  ...overrides,
});

/** Asks the handler for `feedUrl` (undefined: no url parameter) with the request's `init` and `env`; `query` adds parameters. */
export function ask(feedUrl, env, { query = {}, headers = {}, ...init } = {}) {
  const params = new URLSearchParams(query);
  if (feedUrl !== undefined) params.set('url', feedUrl);
  return proxy.fetch(new Request(`http://proxy.test/?${params}`, { headers: { Origin: 'https://partner.example', ...headers }, ...init }), env);
}

/** The JSON error body of an answer. */
export const errorOf = async (response) => (await response.json()).error;
