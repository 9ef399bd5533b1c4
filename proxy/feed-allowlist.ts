import type { ProxyConfig } from './proxy-config.js';
import { isIpAddress, isLocalAddress, isLocalHostname } from './private-address.js';

/** Ports `*` covers: the web's own. A named origin may use any port. */
const STAR_PORTS = new Set(['80', '443']);

/** The port a URL connects to, its scheme's default when it names none. */
const portOf = (url: URL): string => url.port || (url.protocol == 'https:' ? '443' : '80');

/**
 * True when the allowlist lets the proxy fetch `url`, judging by the URL alone: http(s) without
 * credentials, and either its origin is named (even on loopback: local development and tests name
 * theirs) or the list says '*' and the host is no local literal or name, on port 80 or 443.
 */
export function isAllowedFeedUrl(url: URL, config: ProxyConfig): boolean {
  if (!/^https?:$/.test(url.protocol) || url.username || url.password) return false;
  if (config.allow.includes(url.origin)) return true;
  return config.allow.includes('*') && STAR_PORTS.has(portOf(url)) && !isLocalHostname(url.hostname);
}

/**
 * True when `url` came in under '*' as a name that, where the runtime resolves names for us
 * (`config.resolve`), resolves to a local address or to none. Asked just before each upstream fetch,
 * so copies in the cache answer without a lookup.
 */
export async function resolvesInside(url: URL, config: ProxyConfig): Promise<boolean> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!config.resolve || config.allow.includes(url.origin) || isIpAddress(host)) return false;
  // a name that does not resolve is refused too: the fetch would resolve it again, maybe differently
  const addresses = await config.resolve(host).catch(() => []);
  return addresses.length == 0 || addresses.some(isLocalAddress);
}
