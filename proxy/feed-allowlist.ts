import type { ProxyConfig } from './proxy-config.js';
import { isIpAddress, isLocalAddress, isLocalHostname } from './private-address.js';

/**
 * True when the proxy may fetch `url`: http(s) without credentials, and either its origin is named in
 * the allowlist (even on loopback: local development and tests name theirs) or the list says '*' and
 * the host is public: no local literal or name, and, where the runtime resolves names for us
 * (`config.resolve`), no local address among the ones it resolves to.
 */
export async function isAllowedFeedUrl(url: URL, config: ProxyConfig): Promise<boolean> {
  if (!/^https?:$/.test(url.protocol) || url.username || url.password) return false;
  if (config.allow.includes(url.origin)) return true;
  if (!config.allow.includes('*') || isLocalHostname(url.hostname)) return false;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!config.resolve || isIpAddress(host)) return true;
  // a name that does not resolve is refused too: the fetch would resolve it again, maybe differently
  const addresses = await config.resolve(host).catch(() => []);
  return addresses.length > 0 && !addresses.some(isLocalAddress);
}
