// Load check of the feed proxy on loopback: many clients poll one feed through the Node adapter
// (dist/proxy/serve-node.js, in a child process of its own) for a bounded time; a local feed server
// counts what reaches it. The proxy should fetch once per cache period however many clients ask,
// including readers who already hold the feed when the proxy starts (as after a restart or deploy).
// Alone: `node bench/proxy-load.mjs [--seconds 30] [--clients 200] [--holding 100] [--cache-seconds 5]` after `npm run build`.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatTable } from './format-table.mjs';
import { quantile } from './stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FEED = readFileSync(new URL('../demo/feeds/news-uk.xml', import.meta.url));

/** The feed server's ETag. */
const ETAG = '"news-uk"';

/** A feed server on loopback that answers with ETag / 304 and counts the requests it gets. */
async function startFeedServer() {
  const server = createServer((request, response) => {
    server.requests++;
    if (request.headers['if-none-match'] == ETAG) return response.writeHead(304, { ETag: ETAG }).end();
    response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ETag: ETAG }).end(FEED);
  });
  server.requests = 0;
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  return server;
}

/** Starts `node dist/proxy/serve-node.js` on a free port; resolves to its URL and the child process. */
function startProxy(env) {
  const child = spawn(process.execPath, ['dist/proxy/serve-node.js'], { cwd: ROOT, env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((started, failed) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      const match = /Strichka proxy: (\S+)\/\?url=/.exec((output += chunk));
      if (match) started({ url: match[1], child });
    });
    child.once('exit', (code) => failed(new Error(`the proxy exited (${code}): ${output}`)));
  });
}

/** One client: polls until `deadline`, revalidating with the last ETag (`etag` from the start: a reader who holds the feed) as a browser would; records each latency (ms). */
async function poll(url, deadline, latencies, statuses, etag) {
  while (performance.now() < deadline) {
    const started = performance.now();
    const response = await fetch(url, { headers: etag ? { 'If-None-Match': etag } : {} });
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    etag = response.headers.get('etag') ?? etag;
  }
}

/**
 * Report lines of the load check: `clients` concurrent clients poll one feed through a freshly started
 * proxy on loopback for `seconds`, with a cache period of `cacheSeconds`; `holding` of them start with
 * the feed's ETag (default half). Prints upstream requests per cache period, requests/s held and
 * latency (p50, p95).
 */
export async function proxyLoadReport({ clients = 200, holding = Math.floor(clients / 2), seconds = 30, cacheSeconds = 5 } = {}) {
  const feedServer = await startFeedServer();
  const feedUrl = `http://127.0.0.1:${feedServer.address().port}/news-uk.xml`;
  const { url, child } = await startProxy({
    STRICHKA_PROXY_ALLOW: new URL(feedUrl).origin,
    STRICHKA_PROXY_ORIGINS: '*',
    STRICHKA_PROXY_CACHE_SECONDS: String(cacheSeconds),
  });
  try {
    const target = `${url}/?url=${encodeURIComponent(feedUrl)}`;
    const latencies = [];
    const statuses = {};
    const started = performance.now();
    await Promise.all(Array.from({ length: clients }, (_, i) => poll(target, started + seconds * 1e3, latencies, statuses, i < holding ? ETAG : undefined)));
    const elapsed = (performance.now() - started) / 1e3;
    const periods = Math.ceil(elapsed / cacheSeconds);
    const ms = (value) => value.toFixed(1);
    return [
      `Proxy load: ${clients} clients (${holding} holding the feed's ETag from the start) polling one feed through a fresh dist/proxy/serve-node.js on loopback for ${elapsed.toFixed(1)} s (cache period ${cacheSeconds} s)`,
      ...formatTable(
        ['measure', 'value', 'aim'],
        [
          ['upstream requests', feedServer.requests, ''],
          ['upstream requests per cache period', (feedServer.requests / periods).toFixed(2), `≤ 1: ${feedServer.requests <= periods ? 'met' : 'NOT met'}`],
          ['requests', latencies.length, ''],
          ['answers 200 / 304', `${statuses[200] ?? 0} / ${statuses[304] ?? 0}`, `others: ${latencies.length - (statuses[200] ?? 0) - (statuses[304] ?? 0)}`],
          ['requests/s held', Math.round(latencies.length / elapsed), ''],
          ['latency p50 (ms)', ms(quantile(latencies, 0.5)), ''],
          ['latency p95 (ms)', ms(quantile(latencies, 0.95)), ''],
        ],
        'lrl',
      ),
    ];
  } finally {
    child.kill();
    feedServer.close();
    feedServer.closeAllConnections();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '30' }, clients: { type: 'string', default: '200' }, holding: { type: 'string' }, 'cache-seconds': { type: 'string', default: '5' } } });
  const clients = Number(values.clients);
  const holding = values.holding === undefined ? undefined : Number(values.holding);
  const lines = await proxyLoadReport({ seconds: Number(values.seconds), clients, holding, cacheSeconds: Number(values['cache-seconds']) });
  console.log(lines.join('\n'));
}
