import { isIP } from 'node:net';

/**
 * Which IP addresses a URL may reach. Anything that is not a public unicast address is refused
 * unless private addresses are allowed: loopback, private, link-local, unique-local, unspecified,
 * carrier-grade NAT, multicast, reserved, documentation, and IPv4 hidden inside IPv6
 * (IPv4-mapped, IPv4-compatible, NAT64, 6to4).
 */

/** [network, prefix length] pairs of IPv4 space that is not the public internet. */
const IPV4_BLOCKED: ReadonlyArray<readonly [string, number]> = [
  ['0.0.0.0', 8], // "this network", includes the unspecified address
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata endpoints
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
];

function ipv4ToInt(ip: string): number | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null;
    const v = Number(p);
    if (v > 255) return null;
    n = n * 256 + v;
  }
  return n;
}

const IPV4_RANGES = IPV4_BLOCKED.map(([net, bits]) => {
  const size = 2 ** (32 - bits);
  const start = ipv4ToInt(net)!;
  return { start, end: start + size - 1 };
});

function blockedV4(n: number): boolean {
  return IPV4_RANGES.some((r) => n >= r.start && n <= r.end);
}

/** Eight 16-bit groups, or null when the text is not an IPv6 address. */
function parseIpv6(ip: string): number[] | null {
  let s = ip.replace(/%.*$/, '').toLowerCase(); // zone index
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(s);
  if (dotted) {
    // A trailing dotted quad is the last two groups written another way.
    const v4 = ipv4ToInt(dotted[1]);
    if (v4 === null) return null;
    s = `${s.slice(0, -dotted[1].length)}${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const parse = (h: string) => (h ? h.split(':') : []).map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN));
  const head = parse(halves[0]);
  const rest = halves.length === 2 ? parse(halves[1]) : [];
  const total = head.length + rest.length;
  if (halves.length === 1 ? total !== 8 : total > 7) return null;
  const groups = [...head, ...new Array<number>(8 - total).fill(0), ...rest];
  return groups.some((g) => Number.isNaN(g)) ? null : groups;
}

function blockedV6(g: number[]): boolean {
  const v4 = (hi: number, lo: number) => blockedV4(hi * 65536 + lo);
  const zeroUntil = (k: number) => g.slice(0, k).every((x) => x === 0);
  if (zeroUntil(8)) return true; // :: unspecified
  if (zeroUntil(7) && g[7] === 1) return true; // ::1 loopback
  if (zeroUntil(5) && g[5] === 0xffff) return v4(g[6], g[7]); // ::ffff:a.b.c.d mapped
  if (zeroUntil(6)) return true; // ::a.b.c.d, deprecated IPv4-compatible: never public
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return v4(g[6], g[7]); // NAT64
  if (g[0] === 0x2002) return v4(g[1], g[2]); // 6to4
  if ((g[0] & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
  if ((g[0] & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
  if ((g[0] & 0xffc0) === 0xfec0) return true; // fec0::/10 old site-local
  if ((g[0] & 0xff00) === 0xff00) return true; // multicast
  if (g[0] === 0x2001 && g[1] === 0x0db8) return true; // documentation
  if (g[0] === 0x0100 && g.slice(1, 4).every((x) => x === 0)) return true; // discard-only
  return false;
}

/** True when the address is not a public unicast address (or is not an IP address at all). */
export function isPrivateAddress(address: string): boolean {
  const host = address.replace(/^\[|\]$/g, '');
  const family = isIP(host);
  if (family === 4) return blockedV4(ipv4ToInt(host)!);
  if (family === 6) {
    const groups = parseIpv6(host);
    return groups === null ? true : blockedV6(groups);
  }
  return true;
}
