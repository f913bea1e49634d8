import { hostName, normaliseIp, parseIp } from './connection-address.js';
import { NO_RULE, type CompiledNoise } from './connection-noise.js';

// Every distinct cell value of a connections table (a server name, an address, a
// process, a transport) becomes a small integer the first time it is seen, and what it
// means is worked out then, once: the workload it matches, the external endpoint it
// would be, the first noise rule it meets. A row then costs a Map lookup per cell and
// a few array reads. Token 0 is the blank cell everywhere.

/** A workload as matching needs it (the estate's, or one an import is about to add). */
export interface ConnectionWorkload {
  id: string;
  name: string;
  ipAddresses?: readonly string[];
}

export type TokenProblem = (row: number, column: number, role: string, value: string, message: string) => void;

const TRANSPORTS: Record<string, string> = { '': 'tcp', tcp: 'tcp', '6': 'tcp', udp: 'udp', '17': 'udp' };
const AMBIGUOUS = -2;

export class EndpointTokens {
  readonly workloadCount: number;
  private readonly byName = new Map<string, number>();
  private readonly byShort = new Map<string, number>();
  private readonly byIp = new Map<string, number>();

  // External endpoints: "name:db01" or "ip:10.0.0.5".
  private readonly extByKey = new Map<string, number>();
  readonly extKey: string[] = [];
  readonly extName: string[] = [];
  readonly extAddresses: (Set<string> | undefined)[] = [];
  private readonly extLastIp: number[] = [];

  readonly names = new Map<string, number>([['', 0]]);
  readonly nameWorkload: number[] = [-1];
  readonly nameExternal: number[] = [-1];
  readonly nameNoise: number[] = [NO_RULE];
  readonly nameText: string[] = [''];

  readonly ips = new Map<string, number>([['', 0]]);
  readonly ipWorkload: number[] = [-1];
  readonly ipExternal: number[] = [-1];
  readonly ipNoise: number[] = [NO_RULE];
  readonly ipText: string[] = [''];

  readonly processes = new Map<string, number>([['', 0]]);
  readonly processNoise: number[] = [NO_RULE];
  readonly processText: string[] = [''];

  readonly transports = new Map<string, number>();
  readonly transportText: string[] = [];

  constructor(
    readonly workloads: readonly ConnectionWorkload[],
    private readonly noise: CompiledNoise,
    private readonly problem: TokenProblem,
  ) {
    this.workloadCount = workloads.length;
    workloads.forEach((w, i) => {
      const h = hostName(w.name);
      if (h && !this.byName.has(h.full)) this.byName.set(h.full, i);
      for (const a of w.ipAddresses ?? []) {
        const ip = normaliseIp(a);
        if (ip && !this.byIp.has(ip)) this.byIp.set(ip, i);
      }
    });
    // An FQDN workload is also found by its short host name, unless two share it.
    workloads.forEach((w, i) => {
      const h = hostName(w.name);
      if (!h || h.short === h.full) return;
      const had = this.byShort.get(h.short);
      this.byShort.set(h.short, had === undefined || had === i ? i : AMBIGUOUS);
    });
    this.transport('');
  }

  /** Name (as written, then its short host name), case ignored; -1 if none. */
  workloadOfName(text: string): number {
    const h = hostName(text);
    if (!h) return -1;
    const found = this.byName.get(h.full) ?? this.byName.get(h.short) ?? this.byShort.get(h.short) ?? -1;
    return found >= 0 ? found : -1;
  }

  private external(key: string, display: string): number {
    let e = this.extByKey.get(key);
    if (e === undefined) {
      e = this.extKey.length;
      this.extByKey.set(key, e);
      this.extKey.push(key);
      this.extName.push(display);
      this.extAddresses.push(undefined);
      this.extLastIp.push(0);
    } else if (display < (this.extName[e] as string)) this.extName[e] = display;
    return e;
  }

  name(cell: string): number {
    const t = cell.trim();
    if (t === '') {
      this.names.set(cell, 0);
      return 0;
    }
    const id = this.nameWorkload.length;
    this.names.set(cell, id);
    this.nameText.push(t);
    const ip = normaliseIp(t);
    if (ip) {
      // A name column holding an address is matched as one.
      this.nameWorkload.push(this.byIp.get(ip) ?? -1);
      this.nameExternal.push(this.external(`ip:${ip}`, ip));
    } else {
      this.nameWorkload.push(this.workloadOfName(t));
      this.nameExternal.push(this.external(`name:${(hostName(t) as { short: string }).short}`, t));
    }
    this.nameNoise.push(this.noise.nameOrAddress(t));
    return id;
  }

  ip(cell: string, row: number, column: number, role: string): number {
    const t = cell.trim();
    const bytes = t ? parseIp(t) : undefined;
    if (!bytes) {
      if (t) this.problem(row, column, role, cell, 'Not an IPv4 or IPv6 address; the server name is used alone');
      this.ips.set(cell, 0);
      return 0;
    }
    const ip = normaliseIp(t) as string;
    const id = this.ipWorkload.length;
    this.ips.set(cell, id);
    this.ipText.push(ip);
    this.ipWorkload.push(this.byIp.get(ip) ?? -1);
    this.ipExternal.push(this.external(`ip:${ip}`, ip));
    this.ipNoise.push(this.noise.address(bytes));
    return id;
  }

  process(cell: string): number {
    const t = cell.trim();
    if (t === '') {
      this.processes.set(cell, 0);
      return 0;
    }
    const id = this.processText.length;
    this.processes.set(cell, id);
    this.processText.push(t);
    this.processNoise.push(this.noise.process(t));
    return id;
  }

  transport(cell: string): number {
    const t = cell.trim().toLowerCase();
    const name = TRANSPORTS[t] ?? t;
    let id = this.transportText.indexOf(name);
    if (id < 0) {
      id = this.transportText.length;
      this.transportText.push(name);
    }
    this.transports.set(cell, id);
    return id;
  }

  /**
   * The endpoint of a (name, address) pair: a workload (0 to workloadCount - 1) or an
   * external endpoint (workloadCount + its index); -1 when the row gives neither. The
   * name is tried first; an unknown name falls back to the address.
   */
  resolve(n: number, i: number): number {
    const nw = this.nameWorkload[n] as number;
    if (nw >= 0) return nw;
    const iw = this.ipWorkload[i] as number;
    if (iw >= 0) return iw;
    if (n !== 0) {
      const e = this.nameExternal[n] as number;
      if (i !== 0 && this.extLastIp[e] !== i) {
        this.extLastIp[e] = i;
        (this.extAddresses[e] ??= new Set()).add(this.ipText[i] as string);
      }
      return this.workloadCount + e;
    }
    if (i !== 0) return this.workloadCount + (this.ipExternal[i] as number);
    return -1;
  }

  /** The name matched one workload and the address another (the name is used). */
  disagree(n: number, i: number): boolean {
    const nw = this.nameWorkload[n] as number;
    const iw = this.ipWorkload[i] as number;
    return nw >= 0 && iw >= 0 && nw !== iw;
  }
}
