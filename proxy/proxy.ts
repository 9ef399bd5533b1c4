// The Strichka feed proxy as a standard fetch handler: the same file runs on Cloudflare Workers
// (`main`), Deno Deploy (`Deno.serve(proxy.fetch)`) and Node (serve-node.ts). Web APIs only.
import { handleProxyRequest } from './handle-request.js';
import { readProxyConfig, type ProxyEnv } from './proxy-config.js';

/** The proxy: `fetch(request, env)` answers `GET /?url=<feed URL>[&format=json]`; configuration comes from `env`, else the process environment. */
export default {
  fetch(request: Request, env?: ProxyEnv): Promise<Response> {
    return handleProxyRequest(request, readProxyConfig(env));
  },
};
