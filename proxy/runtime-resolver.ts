import type { ProxyConfig } from './proxy-config.js';

type DenoDns = { resolveDns(hostname: string, type: 'A' | 'AAAA'): Promise<string[]> };
type BunDns = { dns: { lookup(hostname: string): Promise<{ address: string }[]> } };

/**
 * Where a name resolves, from the runtime the handler runs on: Deno.resolveDns (A and AAAA; it asks DNS
 * servers, not /etc/hosts) or Bun.dns.lookup. Undefined elsewhere: Workers tell a script nothing, and on
 * Node the adapter passes node:dns.
 */
export function runtimeResolver(): ProxyConfig['resolve'] {
  const runtime = globalThis as { Deno?: Partial<DenoDns>; Bun?: Partial<BunDns> };
  const deno = runtime.Deno;
  if (typeof deno?.resolveDns == 'function') {
    const resolveDns = deno.resolveDns.bind(deno);
    // a name with no AAAA record (or no A) answers NotFound for that type: it still has the other
    return async (hostname) => (await Promise.all((['A', 'AAAA'] as const).map((type) => resolveDns(hostname, type).catch(() => [])))).flat();
  }
  const bunDns = runtime.Bun?.dns;
  if (typeof bunDns?.lookup == 'function') return async (hostname) => (await bunDns.lookup(hostname)).map(({ address }) => address);
  return undefined;
}
