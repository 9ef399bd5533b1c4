// The Strichka feed proxy as a standard fetch handler: the same file runs on Cloudflare Workers
// (`main`), Deno Deploy (`Deno.serve(proxy.fetch)`) and Node (serve-node.ts). Web APIs only.
import { handleProxyRequest } from './handle-request.js';
import { readProxyConfig, type ProxyEnv } from './proxy-config.js';
import { runtimeResolver } from './runtime-resolver.js';

/** The proxy: `fetch(request, env)` answers `GET /?url=<feed URL>[&format=json]`; configuration comes from `env`, else the process environment. */
export default {
  fetch(request: Request, env?: ProxyEnv): Promise<Response> {
    // on Deno and Bun, `*` also refuses names that resolve to local addresses
    return handleProxyRequest(request, { ...readProxyConfig(env), resolve: runtimeResolver() });
  },
};
