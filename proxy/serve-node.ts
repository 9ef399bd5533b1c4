// `npm run proxy`: the proxy on Node (node:http → Request → handler → Response). Here the runtime lets
// us see where a name resolves, so `*` in the allowlist also refuses names that resolve to local addresses.
import { lookup } from 'node:dns/promises';
import { realpathSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { handleProxyRequest } from './handle-request.js';
import { errorAnswer } from './proxy-answer.js';
import { readProxyConfig, type ProxyConfig, type ProxyEnv } from './proxy-config.js';
import { ProxyError } from './proxy-error.js';

/** Options of {@link startProxyServer}. */
export interface ProxyServerOptions {
  /** Port (0: any free one; default PORT, else 8787). */
  port?: number;
  /** Interface (default HOST, else 127.0.0.1). */
  host?: string;
  /** Configuration variables (default: the process environment). */
  env?: ProxyEnv;
  /** Where a host name resolves (default: node:dns lookup of every address). */
  resolve?: ProxyConfig['resolve'];
}

/** A running proxy: its base URL and close(). */
export interface ProxyServer {
  url: string;
  close(): Promise<void>;
}

/** Every address a name resolves to, as the system resolver (and so fetch) sees it. */
const resolveAll = async (hostname: string): Promise<string[]> => (await lookup(hostname, { all: true, verbatim: true })).map(({ address }) => address);

/** Headers of the connection itself, not of the request. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host', 'proxy-connection', 'te', 'trailer']);

/**
 * The web Request of a Node request (its body is never read: the proxy takes GET, HEAD and OPTIONS).
 * Throws ProxyError 400 for a request-target that is no URL, 405 for a method fetch forbids (TRACE, CONNECT).
 */
function toRequest(message: IncomingMessage, base: string): Request {
  const headers = new Headers();
  for (let i = 0; i < message.rawHeaders.length; i += 2) {
    const name = message.rawHeaders[i]!;
    if (!HOP_BY_HOP.has(name.toLowerCase())) headers.append(name, message.rawHeaders[i + 1]!);
  }
  let url: URL;
  try {
    url = new URL(message.url ?? '/', base);
  } catch {
    throw new ProxyError(400, 'bad-request', 'Unreadable request-target');
  }
  try {
    return new Request(url, { method: message.method, headers });
  } catch {
    throw new ProxyError(405, 'method', 'Only GET, HEAD and OPTIONS');
  }
}

/** The answer to a Node request: the handler's, or a JSON error when the request cannot become a web Request. */
async function answer(message: IncomingMessage, base: string, config: ProxyConfig): Promise<Response> {
  try {
    return await handleProxyRequest(toRequest(message, base), config);
  } catch (error) {
    const failure = error instanceof ProxyError ? error : new ProxyError(500, 'internal', 'The proxy failed');
    return errorAnswer(failure, {}, failure.status == 405 ? { Allow: 'GET, HEAD, OPTIONS' } : {});
  }
}

/** Starts the proxy on Node; resolves once it listens. */
export async function startProxyServer({ port = Number(process.env.PORT ?? 8787), host = process.env.HOST ?? '127.0.0.1', env = process.env, resolve = resolveAll }: ProxyServerOptions = {}): Promise<ProxyServer> {
  const config = { ...readProxyConfig(env), resolve };
  let base = '';
  const server = createServer(async (message, reply) => {
    const response = await answer(message, base, config);
    const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
    reply.writeHead(response.status, Object.fromEntries(response.headers));
    reply.end(body);
  });
  await new Promise<void>((listening, reject) => {
    server.once('error', reject);
    server.listen(port, host, listening);
  });
  const address = server.address() as AddressInfo;
  base = `http://${address.family == 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  return {
    url: base,
    close: () =>
      new Promise((closed) => {
        server.close(() => closed());
        server.closeAllConnections();
      }),
  };
}

const isMain = process.argv[1] && import.meta.url == pathToFileURL(realpathSync(process.argv[1])).href;
if (isMain) {
  try {
    const { url } = await startProxyServer();
    const { allow, origins } = readProxyConfig(process.env);
    console.log(`Strichka proxy: ${url}/?url={url}  (Ctrl+C to stop)`);
    console.log(`  feeds allowed (STRICHKA_PROXY_ALLOW): ${allow.join(', ') || 'none: every request gets 403'}`);
    console.log(`  pages allowed (STRICHKA_PROXY_ORIGINS): ${origins.join(', ') || 'none: browsers withhold every answer'}`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code != 'EADDRINUSE') throw error;
    console.error(`Port in use: run PORT=8788 npm run proxy`);
    process.exit(1);
  }
}
