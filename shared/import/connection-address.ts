// Server names and IP addresses as discovery tools write them, reduced to one spelling
// each so that "DB01.corp.local", "db01" and " DB01 " are one server, and "10.0.0.5" and
// "::ffff:10.0.0.5" (or "2001:DB8:0:0::1" and "2001:db8::1") are one address. Pure; used
// once per distinct cell value, never per row.

/** An address as bytes: 4 for IPv4, 16 for IPv6 (an IPv4-mapped IPv6 address is IPv4). */
export type IpBytes = Uint8Array;

function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    out.push(n);
  }
  return out;
}

function parseIpv6(text: string): number[] | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const out: number[] = [];
    const pieces = part.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i] as string;
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIpv4(piece);
        if (!v4) return undefined;
        out.push(((v4[0] as number) << 8) | (v4[1] as number), ((v4[2] as number) << 8) | (v4[3] as number));
      } else {
        if (!/^[0-9a-f]{1,4}$/i.test(piece)) return undefined;
        out.push(parseInt(piece, 16));
      }
    }
    return out;
  };
  const head = groups(halves[0] as string);
  const tail = halves.length === 2 ? groups(halves[1] as string) : [];
  if (!head || !tail) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return undefined;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

/** The bytes of an IPv4 or IPv6 address ("[::1]", a zone "%eth0" and spaces allowed), or undefined. */
export function parseIp(text: string): IpBytes | undefined {
  let t = text.trim();
  if (t.startsWith('[') && t.endsWith(']')) t = t.slice(1, -1);
  const zone = t.indexOf('%');
  if (zone > 0) t = t.slice(0, zone);
  if (t === '') return undefined;
  if (!t.includes(':')) {
    const v4 = parseIpv4(t);
    return v4 ? Uint8Array.from(v4) : undefined;
  }
  const g = parseIpv6(t);
  if (!g) return undefined;
  // ::ffff:a.b.c.d is the IPv4 address a.b.c.d.
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return Uint8Array.from([(g[6] as number) >> 8, (g[6] as number) & 255, (g[7] as number) >> 8, (g[7] as number) & 255]);
  const bytes = new Uint8Array(16);
  g.forEach((x, i) => {
    bytes[2 * i] = x >> 8;
    bytes[2 * i + 1] = x & 255;
  });
  return bytes;
}

/** Dotted decimal, or RFC 5952 text for IPv6 (lower case, no leading zeros, the longest run of zeros as "::"). */
export function formatIp(bytes: IpBytes): string {
  if (bytes.length === 4) return Array.from(bytes).join('.');
  const g: number[] = [];
  for (let i = 0; i < 16; i += 2) g.push(((bytes[i] as number) << 8) | (bytes[i + 1] as number));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = (xs: number[]) => xs.map((x) => x.toString(16)).join(':');
  if (bestStart < 0) return hex(g);
  return `${hex(g.slice(0, bestStart))}::${hex(g.slice(bestStart + bestLength))}`;
}

/** One spelling of an address, or undefined when the text is not one. */
export function normaliseIp(text: string): string | undefined {
  const bytes = parseIp(text);
  return bytes ? formatIp(bytes) : undefined;
}

export interface AddressRange {
  bytes: IpBytes;
  prefix: number;
}

/** "10.0.0.0/8", "fe80::/10", or a single address (a /32 or /128). */
export function parseRange(text: string): AddressRange | undefined {
  const slash = text.indexOf('/');
  const bytes = parseIp(slash < 0 ? text : text.slice(0, slash));
  if (!bytes) return undefined;
  const max = bytes.length * 8;
  if (slash < 0) return { bytes, prefix: max };
  const p = text.slice(slash + 1).trim();
  if (!/^\d{1,3}$/.test(p) || Number(p) > max) return undefined;
  return { bytes, prefix: Number(p) };
}

export function inRange(address: IpBytes, range: AddressRange): boolean {
  if (address.length !== range.bytes.length) return false;
  let bits = range.prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((address[i] as number) & mask) !== ((range.bytes[i] as number) & mask)) return false;
  }
  return true;
}

export interface HostName {
  /** Trimmed, lower case, without a trailing dot or a "DOMAIN\" prefix. */
  full: string;
  /** The first label of a dotted host name ("db01" of "db01.corp.local"); the same as full otherwise. */
  short: string;
}

/**
 * The spellings a server name is matched by. A name with spaces is a workload's display
 * name, not a host name, and is not cut at its first dot.
 */
export function hostName(text: string): HostName | undefined {
  let full = text.trim().toLowerCase();
  const slash = full.lastIndexOf('\\');
  if (slash >= 0 && !/\s/.test(full)) full = full.slice(slash + 1);
  while (full.endsWith('.')) full = full.slice(0, -1);
  if (full === '') return undefined;
  const dot = full.indexOf('.');
  const short = dot > 0 && !/\s/.test(full) && !parseIp(full) ? full.slice(0, dot) : full;
  return { full, short };
}
