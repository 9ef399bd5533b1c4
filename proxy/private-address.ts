// What `*` in the allowlist never covers: addresses and names that lead into the proxy's own
// network (loopback, private, link-local, cloud metadata, carrier-grade NAT, multicast, reserved).

/** IPv4 blocks that are not globally reachable (IANA special-purpose registry), as [address, prefix length]. */
const LOCAL_V4: [string, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 3],
];

/** Names that resolve inside a network: `localhost` (and `localhost.localdomain`) and its subdomains, mDNS and the usual private suffixes. */
const LOCAL_NAME = /(?:^|\.)(?:localhost|localdomain|local|internal|intranet|corp|lan|home\.arpa)$/;

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** An IPv4 address as a number, or undefined. */
function ipv4Number(address: string): number | undefined {
  const parts = IPV4.exec(address)?.slice(1).map(Number);
  return parts && parts.every((part) => part < 256) ? parts.reduce((n, part) => n * 256 + part, 0) : undefined;
}

/** The eight 16-bit groups of an IPv6 address (an embedded dotted IPv4 tail allowed), or undefined. */
function ipv6Groups(address: string): number[] | undefined {
  const [head = '', tail, extra] = address.split('::');
  if (extra !== undefined) return undefined;
  const groups = (part: string) =>
    part
      ? part.split(':').flatMap((group) => {
          const v4 = ipv4Number(group);
          return v4 === undefined ? [/^[\da-f]{1,4}$/i.test(group) ? parseInt(group, 16) : NaN] : [v4 >>> 16, v4 & 0xffff];
        })
      : [];
  const start = groups(head);
  const end = groups(tail ?? '');
  const all = tail === undefined ? start : [...start, ...Array<number>(8 - start.length - end.length).fill(0), ...end];
  return all.length == 8 && all.every((group) => group >= 0) ? all : undefined;
}

/** True for an IPv4 or IPv6 address (no brackets) that is not globally reachable, and for anything that is not an address. */
export function isLocalAddress(address: string): boolean {
  const v4 = ipv4Number(address);
  if (v4 !== undefined) return LOCAL_V4.some(([block, bits]) => Math.floor(v4 / 2 ** (32 - bits)) == Math.floor(ipv4Number(block)! / 2 ** (32 - bits)));
  const groups = ipv6Groups(address);
  if (!groups) return true;
  const [first = 0, second = 0, third = 0] = groups;
  // only global unicast (2000::/3) leaves the network; IPv4-mapped, NAT64, ULA (fc00::/7), link-local
  // (fe80::/10) and multicast all fall outside it. Within it: IETF special-purpose 2001::/23,
  // documentation 2001:db8::/32 and 3fff::/20, and 6to4 (2002::/16) carries an IPv4 address to check.
  if (first < 0x2000 || first > 0x3fff) return true;
  if ((first == 0x2001 && (second < 0x200 || second == 0xdb8)) || (first == 0x3fff && second < 0x1000)) return true;
  return first == 0x2002 && isLocalAddress(`${second >> 8}.${second & 255}.${third >> 8}.${third & 255}`);
}

/** True for a host name as the URL parser writes it (IPv6 in brackets) that `*` must not reach: a local address or name, or a single label. */
export function isLocalHostname(hostname: string): boolean {
  // any number of trailing dots: `localhost..` still reaches localhost
  const host = hostname.replace(/^\[|\]$/g, '').replace(/\.+$/, '').toLowerCase();
  if (isIpAddress(host)) return isLocalAddress(host);
  // a single label ('intranet', 'metadata') resolves through the machine's search domains
  return !host.includes('.') || LOCAL_NAME.test(host);
}

/** True for an IPv4 or IPv6 literal (no brackets). */
export const isIpAddress = (host: string): boolean => ipv4Number(host) !== undefined || host.includes(':');
