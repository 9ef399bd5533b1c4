// A feed whose publisher has just posted: each URL (path and query) answers its first request
// with the first version, later requests with the next, the last one repeating. The ticker bench
// gives every run its own query string, so `reload()` on that URL fetches the newer version.
import { createServer } from 'node:http';
import { listenOnLoopback } from '../scripts/static-server.mjs';

/** Serves `versions` (feed texts of `contentType`) on loopback; resolves to its base URL and close(). */
export async function startFeedVersionsServer(versions, contentType = 'application/rss+xml; charset=utf-8') {
  const requests = new Map();
  const server = createServer((request, response) => {
    const count = requests.get(request.url) ?? 0;
    requests.set(request.url, count + 1);
    response
      .writeHead(200, {
        'Content-Type': contentType,
        'Cache-Control': 'no-store',
        // The bench page is another origin (another port), cross-origin isolated: CORS lets it read.
        'Access-Control-Allow-Origin': '*',
      })
      .end(versions[Math.min(count, versions.length - 1)]);
  });
  return listenOnLoopback(server);
}
