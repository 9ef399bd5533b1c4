// A slow network in front of the static server, so a host page loads in the order a reader's
// phone sees it: the page first, the widgets' script a moment later, the feed last. Without it
// everything arrives from loopback at once and a layout shift can hide inside the first frame.
// Answers (200 or 304, headers and bytes) are the static server's, unchanged.
import { createServer, request } from 'node:http';
import { listenOnLoopback } from '../../scripts/static-server.mjs';

/** Milliseconds each answer waits: the CDN's files (scripts, built or bundled, and strichka.css) and feeds; pages and the rest none. */
export const DELAYS = { script: 300, feed: 1000 };

function delayFor(path) {
  if (/\/feeds\//.test(path)) return DELAYS.feed;
  if (/^\/(dist|bench\/\.out)\/.*\.(m?js|css)$/.test(path)) return DELAYS.script;
  return 0;
}

/** Starts the delaying front for the server at `upstreamUrl`; resolves to its url and close(). */
export async function startDelayedServer(upstreamUrl) {
  const upstream = new URL(upstreamUrl);
  const server = createServer((incoming, outgoing) => {
    const path = new URL(incoming.url ?? '/', 'http://localhost').pathname;
    setTimeout(() => {
      const forwarded = request(
        { host: upstream.hostname, port: upstream.port, path: incoming.url, method: incoming.method, headers: incoming.headers },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      forwarded.on('error', () => outgoing.writeHead(502).end());
      incoming.pipe(forwarded);
    }, delayFor(path));
  });
  return listenOnLoopback(server);
}
