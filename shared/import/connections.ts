import type { DependencyKind } from '../domain/enums.js';
import { columnLabel, type ImportProblem } from '../excel/import-plan.js';
import type { ConnectionColumns } from './connection-columns.js';
import { CompiledNoise, DEFAULT_NOISE_RULES, NO_RULE } from './connection-noise.js';
import { PairCounter } from './connection-pairs.js';
import { protocolText, type NameCount, type PortCount } from './connection-text.js';
import { EndpointTokens, type ConnectionWorkload } from './connection-tokens.js';
import { couplingOfKind, kindOfPort, serviceOfPort } from './port-kinds.js';

// Issue 14: observed network connections (Azure Migrate dependency analysis, AWS
// Application Discovery Service, any source/destination table) become candidate
// dependencies: one per (consumer, provider) pair, the consumer being the side that
// opened the connection. Each end is matched to a workload by name first (case
// ignored, an FQDN also by its short host name), then by IP address. Connections a
// noise rule leaves out are counted per rule; ends that match no workload are listed
// as external endpoints with their counts; nothing is dropped without a number:
//
//   rows' connections = kept + filtered + self-loops + unmatched + invalid
//
// Speed: a million rows cost less than parsing them. Columns are indexed once; each
// distinct cell value (a server name, an address, a process) is interned in a Map the
// first time it is seen and everything about it (its workload, its noise rule) is worked
// out then (connection-tokens.ts); a row is a few Map lookups, array reads and counts in
// typed arrays (connection-pairs.ts). The words of each candidate's notes are written
// only for the candidates the user accepts (connections-to-dependencies.ts).

export type { ConnectionWorkload } from './connection-tokens.js';
export type { ConnectionColumns } from './connection-columns.js';
export type { NameCount, PortCount } from './connection-text.js';
export type { CandidateDependency, ConnectionAnalysis, ConnectionOptions, ConnectionTable, ConnectionTotals, ExternalEndpoint, FilteredCount, NameAddressMismatch } from './connection-types.js';
import type { CandidateDependency, ConnectionAnalysis, ConnectionOptions, ConnectionTable, ExternalEndpoint, FilteredCount, NameAddressMismatch } from './connection-types.js';


const MAX_PORTS = 50;
const MAX_PROCESSES = 20;
const MAX_ADDRESSES = 20;
/** The port part of a port key when the row gave none. */
const NO_PORT = 65536;
const PORT_KEYS = 65537;
const NONE: NameAddressMismatch[] = [];

/** Plain digits as a number, else -1 (no allocation). */
function digits(s: string): number {
  const len = s.length;
  if (len === 0 || len > 15) return -1;
  let v = 0;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

class Problems {
  readonly list: ImportProblem[] = [];
  leftOut = 0;
  constructor(
    private readonly sheet: string,
    private readonly header: readonly string[],
    private readonly max: number,
  ) {}
  add(row: number, column: number, role: string, value: string, message: string): void {
    if (this.list.length >= this.max) this.leftOut++;
    else this.list.push({ sheet: this.sheet, row, column: column >= 0 ? columnLabel(column, this.header, role) : role, value, message });
  }
}

/** What the row loop leaves behind: counts by pair, by (pair, port), by (pair, process), by rule. */
class Tally {
  rows = 0;
  connections = 0;
  filtered = 0;
  selfLoops = 0;
  invalid = 0;
  readonly byRule: Float64Array;
  readonly pairs = new PairCounter(4096);
  readonly ports = new PairCounter(4096);
  readonly sourceProcesses = new PairCounter(4096);
  readonly destinationProcesses = new PairCounter(4096);
  readonly mismatches = new Map<string, NameAddressMismatch>();
  /** By pair, six numbers: the last port key (+1) and its entry, the last source process and its entry, the same for the destination. */
  last = new Int32Array(6 * 4096);
  constructor(rules: number) {
    this.byRule = new Float64Array(rules);
  }
  growLast(): void {
    const next = new Int32Array(this.last.length * 2);
    next.set(this.last);
    this.last = next;
  }
}

const column = (c: number | undefined) => (c === undefined || c < 0 ? -1 : c);

/** The hot loop: no closures, no allocation for a row whose values were seen before. */
function countRows(rows: readonly (readonly string[])[], columns: ConnectionColumns, tokens: EndpointTokens, noise: CompiledNoise, tally: Tally, problems: Problems): void {
  const cSN = column(columns.sourceName);
  const cSI = column(columns.sourceIp);
  const cSP = column(columns.sourceProcess);
  const cSA = column(columns.sourceApplication);
  const cDN = column(columns.destinationName);
  const cDI = column(columns.destinationIp);
  const cDP = column(columns.destinationProcess);
  const cDA = column(columns.destinationApplication);
  const cPort = column(columns.port);
  const cProto = column(columns.protocol);
  const cCount = column(columns.count);
  const mapped = [cSN, cSI, cSP, cSA, cDN, cDI, cDP, cDA, cPort, cProto, cCount].filter((c) => c >= 0);
  const { names, ips, processes, transports, nameNoise, ipNoise, processNoise } = tokens;
  const byPort = noise.byPort;
  const byRule = tally.byRule;
  const { pairs, ports, sourceProcesses, destinationProcesses } = tally;
  const TCP = 0;

  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] as readonly string[];
    const rowNo = r + 1;
    const snCell = cSN >= 0 ? (row[cSN] ?? '') : '';
    const siCell = cSI >= 0 ? (row[cSI] ?? '') : '';
    const dnCell = cDN >= 0 ? (row[cDN] ?? '') : '';
    const diCell = cDI >= 0 ? (row[cDI] ?? '') : '';
    let sn = names.get(snCell);
    if (sn === undefined) sn = tokens.name(snCell);
    let si = ips.get(siCell);
    if (si === undefined) si = tokens.ip(siCell, rowNo, cSI, 'Source IP');
    let dn = names.get(dnCell);
    if (dn === undefined) dn = tokens.name(dnCell);
    let di = ips.get(diCell);
    if (di === undefined) di = tokens.ip(diCell, rowNo, cDI, 'Destination IP');

    let weight = 1;
    if (cCount >= 0) {
      const cell = row[cCount] ?? '';
      weight = digits(cell);
      if (weight < 0) {
        const t = cell.trim();
        const v = t === '' ? 1 : Number(t);
        if (Number.isFinite(v) && v >= 0) weight = Math.round(v);
        else {
          weight = 1;
          problems.add(rowNo, cCount, 'Count', cell, 'A count is a whole number of connections; 1 was used');
        }
      }
    }

    const s = tokens.resolve(sn, si);
    const d = tokens.resolve(dn, di);
    if (s < 0 || d < 0) {
      if (mapped.every((c) => (row[c] ?? '').trim() === '')) continue;
      tally.rows++;
      tally.connections += weight;
      tally.invalid += weight;
      if (s < 0) problems.add(rowNo, cSN >= 0 ? cSN : cSI, 'Source', '', 'A connection needs its source: a server name or an IP address');
      else problems.add(rowNo, cDN >= 0 ? cDN : cDI, 'Destination', '', 'A connection needs its destination: a server name or an IP address');
      continue;
    }
    tally.rows++;
    tally.connections += weight;

    let port = -1;
    if (cPort >= 0) {
      const cell = row[cPort] ?? '';
      port = digits(cell);
      if (port < 0 || port > 65535) {
        const t = cell.trim();
        const v = Number(t);
        port = -1;
        if (t !== '' && Number.isInteger(v) && v >= 0 && v <= 65535) port = v;
        else if (t !== '') problems.add(rowNo, cPort, 'Destination port', cell, 'A port is a whole number from 0 to 65535; the connection is kept without one');
      }
    }

    // The first rule any of the row's values meets.
    let rule = port >= 0 ? (byPort[port] as number) : NO_RULE;
    rule = Math.min(rule, nameNoise[sn] as number, nameNoise[dn] as number, ipNoise[si] as number, ipNoise[di] as number);
    // The process on each end, else its application: a label for the notes, and tested by the process rules.
    let sp = 0;
    let dp = 0;
    if (cSP >= 0) {
      const cell = row[cSP];
      if (cell) {
        const t = processes.get(cell);
        sp = t === undefined ? tokens.process(cell) : t;
      }
    }
    if (sp === 0 && cSA >= 0) {
      const cell = row[cSA];
      if (cell) {
        const t = processes.get(cell);
        sp = t === undefined ? tokens.process(cell) : t;
      }
    }
    if (cDP >= 0) {
      const cell = row[cDP];
      if (cell) {
        const t = processes.get(cell);
        dp = t === undefined ? tokens.process(cell) : t;
      }
    }
    if (dp === 0 && cDA >= 0) {
      const cell = row[cDA];
      if (cell) {
        const t = processes.get(cell);
        dp = t === undefined ? tokens.process(cell) : t;
      }
    }
    rule = Math.min(rule, processNoise[sp] as number, processNoise[dp] as number);
    if (rule !== NO_RULE) {
      byRule[rule] = (byRule[rule] as number) + weight;
      tally.filtered += weight;
      continue;
    }
    if (s === d) {
      tally.selfLoops += weight;
      continue;
    }

    let transport = TCP;
    if (cProto >= 0) {
      const cell = row[cProto] ?? '';
      const t = transports.get(cell);
      transport = t === undefined ? tokens.transport(cell) : t;
    }
    const p = pairs.add(s, d, weight, rowNo);
    // A pair mostly repeats its port and processes: the last of each is counted without a lookup.
    if (6 * p >= tally.last.length) tally.growLast();
    const last = tally.last;
    const l = 6 * p;
    const portKey = transport * PORT_KEYS + (port < 0 ? NO_PORT : port) + 1;
    if (last[l] === portKey) {
      const e = last[l + 1] as number;
      ports.total[e] = (ports.total[e] as number) + weight;
    } else {
      last[l] = portKey;
      last[l + 1] = ports.add(p, portKey - 1, weight, rowNo);
    }
    if (sp !== 0) {
      if (last[l + 2] === sp) {
        const e = last[l + 3] as number;
        sourceProcesses.total[e] = (sourceProcesses.total[e] as number) + weight;
      } else {
        last[l + 2] = sp;
        last[l + 3] = sourceProcesses.add(p, sp, weight, rowNo);
      }
    }
    if (dp !== 0) {
      if (last[l + 4] === dp) {
        const e = last[l + 5] as number;
        destinationProcesses.total[e] = (destinationProcesses.total[e] as number) + weight;
      } else {
        last[l + 4] = dp;
        last[l + 5] = destinationProcesses.add(p, dp, weight, rowNo);
      }
    }
    // A name and an address that point at two workloads: the name wins, and it is noted.
    if (tokens.disagree(sn, si)) mismatch(tally, tokens, 'source', sn, si, p, weight, rowNo);
    if (tokens.disagree(dn, di)) mismatch(tally, tokens, 'destination', dn, di, p, weight, rowNo);
  }
}

/** Pairs a mismatch was seen on, by mismatch (kept apart from the public object). */
const pairsOfMismatch = new WeakMap<NameAddressMismatch, Set<number>>();

function mismatch(tally: Tally, tokens: EndpointTokens, side: 'source' | 'destination', n: number, i: number, pair: number, weight: number, row: number): void {
  const key = `${side}\u0000${n}\u0000${i}`;
  let m = tally.mismatches.get(key);
  if (!m) {
    const workloads = tokens.workloads;
    m = { side, name: tokens.nameText[n] as string, address: tokens.ipText[i] as string, nameWorkloadId: (workloads[tokens.nameWorkload[n] as number] as ConnectionWorkload).id, addressWorkloadId: (workloads[tokens.ipWorkload[i] as number] as ConnectionWorkload).id, addressWorkloadName: (workloads[tokens.ipWorkload[i] as number] as ConnectionWorkload).name, connections: 0, firstRow: row };
    tally.mismatches.set(key, m);
    pairsOfMismatch.set(m, new Set());
  }
  m.connections += weight;
  if (row < m.firstRow) m.firstRow = row;
  pairsOfMismatch.get(m)?.add(pair);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Busiest first; then by port (no port last), then transport: the same order whatever the rows' order. */
function byBusiest(a: PortCount, b: PortCount): number {
  return b.connections - a.connections || (a.port ?? NO_PORT) - (b.port ?? NO_PORT) || cmp(a.transport, b.transport);
}

const byName = (a: NameCount, b: NameCount) => b.connections - a.connections || cmp(a.name, b.name);

/** The port counts of one pair, busiest first. */
function portCountsOf(tally: Tally, tokens: EndpointTokens, groups: { start: Int32Array; order: Int32Array }, p: number): PortCount[] {
  const out: PortCount[] = [];
  const { ports } = tally;
  for (let k = groups.start[p] as number; k < (groups.start[p + 1] as number); k++) {
    const e = groups.order[k] as number;
    const key = ports.b[e] as number;
    const raw = key % PORT_KEYS;
    const port = raw === NO_PORT ? null : raw;
    out.push({ transport: tokens.transportText[Math.floor(key / PORT_KEYS)] as string, port, service: serviceOfPort(port), kind: kindOfPort(port), connections: ports.total[e] as number });
  }
  return out.length > 1 ? out.sort(byBusiest) : out;
}

function processCountsOf(counter: PairCounter, tokens: EndpointTokens, groups: { start: Int32Array; order: Int32Array }, p: number): NameCount[] {
  const out: NameCount[] = [];
  for (let k = groups.start[p] as number; k < (groups.start[p + 1] as number); k++) {
    const e = groups.order[k] as number;
    out.push({ name: tokens.processText[counter.b[e] as number] as string, connections: counter.total[e] as number });
  }
  return out.length > 1 ? out.sort(byName).slice(0, MAX_PROCESSES) : out;
}

export function aggregateConnections(table: ConnectionTable, columns: ConnectionColumns, options: ConnectionOptions): ConnectionAnalysis {
  const problems = new Problems(table.sheet, table.rows[0] ?? [], options.maxProblems ?? 1000);
  const noise = new CompiledNoise(options.noise ?? DEFAULT_NOISE_RULES);
  for (const p of noise.problems) problems.add(0, -1, `Noise rule ${p.ruleId}`, p.value, p.message);
  const workloads = [...options.workloads, ...(options.adding ?? [])];
  const tokens = new EndpointTokens(workloads, noise, (row, col, role, value, message) => problems.add(row, col, role, value, message));
  const tally = new Tally(noise.rules.length);
  countRows(table.rows, columns, tokens, noise, tally, problems);
  return summarise(table.sheet, tokens, noise, tally, problems);
}

function summarise(sheet: string, tokens: EndpointTokens, noise: CompiledNoise, tally: Tally, problems: Problems): ConnectionAnalysis {
  const { pairs } = tally;
  const workloads = tokens.workloads;
  const W = tokens.workloadCount;
  const portGroups = tally.ports.groupByFirst(pairs.size);
  const sourceGroups = tally.sourceProcesses.groupByFirst(pairs.size);
  const destinationGroups = tally.destinationProcesses.groupByFirst(pairs.size);
  const mismatches = [...tally.mismatches.values()].sort((a, b) => b.connections - a.connections || cmp(a.side, b.side) || cmp(a.name, b.name) || cmp(a.address, b.address));
  const mismatchesOfPair = new Map<number, NameAddressMismatch[]>();
  for (const m of mismatches)
    for (const p of pairsOfMismatch.get(m) ?? []) {
      const list = mismatchesOfPair.get(p);
      if (list) list.push(m);
      else mismatchesOfPair.set(p, [m]);
    }

  const X = tokens.extKey.length;
  const ext = {
    connections: new Float64Array(X),
    asSource: new Float64Array(X),
    asDestination: new Float64Array(X),
    first: new Int32Array(X).fill(0x3fffffff),
    last: new Int32Array(X),
    calledBy: new Array<Set<number> | undefined>(X),
    calls: new Array<Set<number> | undefined>(X),
    ports: new Array<Map<number, PortCount> | undefined>(X),
  };
  const touch = (e: number, count: number, first: number, last: number) => {
    ext.connections[e] = (ext.connections[e] as number) + count;
    if (first < (ext.first[e] as number)) ext.first[e] = first;
    if (last > (ext.last[e] as number)) ext.last[e] = last;
  };

  const dependencies: CandidateDependency[] = [];
  let kept = 0;
  let unmatched = 0;
  for (let p = 0; p < pairs.size; p++) {
    const s = pairs.a[p] as number;
    const d = pairs.b[p] as number;
    const count = pairs.total[p] as number;
    const first = pairs.first[p] as number;
    const last = pairs.last[p] as number;
    const allPorts = portCountsOf(tally, tokens, portGroups, p);
    if (s < W && d < W) {
      kept += count;
      const ports = allPorts.length > MAX_PORTS ? allPorts.slice(0, MAX_PORTS) : allPorts;
      const morePorts = allPorts.length - ports.length;
      let kind: DependencyKind = 'other';
      for (const x of allPorts)
        if (x.kind !== 'other') {
          kind = x.kind;
          break;
        }
      const consumer = workloads[s] as ConnectionWorkload;
      const provider = workloads[d] as ConnectionWorkload;
      dependencies.push({
        consumerId: consumer.id,
        providerId: provider.id,
        consumerName: consumer.name,
        providerName: provider.name,
        kind,
        coupling: couplingOfKind(kind),
        protocol: protocolText(ports, morePorts),
        connections: count,
        ports,
        morePorts,
        sourceProcesses: processCountsOf(tally.sourceProcesses, tokens, sourceGroups, p),
        destinationProcesses: processCountsOf(tally.destinationProcesses, tokens, destinationGroups, p),
        sheet,
        rows: { first, last },
        mismatches: mismatchesOfPair.get(p) ?? NONE,
      });
      continue;
    }
    unmatched += count;
    if (s >= W) {
      const e = s - W;
      touch(e, count, first, last);
      ext.asSource[e] = (ext.asSource[e] as number) + count;
      if (d < W) (ext.calls[e] ??= new Set()).add(d);
    }
    if (d >= W) {
      const e = d - W;
      touch(e, count, first, last);
      ext.asDestination[e] = (ext.asDestination[e] as number) + count;
      if (s < W) (ext.calledBy[e] ??= new Set()).add(s);
      const byKey = (ext.ports[e] ??= new Map());
      for (const x of allPorts) {
        const key = (x.port ?? NO_PORT) * 64 + tokens.transportText.indexOf(x.transport);
        const had = byKey.get(key);
        if (had) had.connections += x.connections;
        else byKey.set(key, { ...x });
      }
    }
  }
  dependencies.sort((a, b) => cmp(a.consumerId, b.consumerId) || cmp(a.providerId, b.providerId));

  const ids = (set: Set<number> | undefined) => (set ? [...set].sort((a, b) => a - b).map((i) => (workloads[i] as ConnectionWorkload).id) : []);
  const external: ExternalEndpoint[] = [];
  for (let e = 0; e < X; e++) {
    if ((ext.connections[e] as number) === 0) continue;
    external.push({
      key: tokens.extKey[e] as string,
      name: tokens.extName[e] as string,
      addresses: [...(tokens.extAddresses[e] ?? [])].sort(cmp).slice(0, MAX_ADDRESSES),
      connections: ext.connections[e] as number,
      asSource: ext.asSource[e] as number,
      asDestination: ext.asDestination[e] as number,
      ports: [...(ext.ports[e]?.values() ?? [])].sort(byBusiest).slice(0, MAX_PORTS),
      calledBy: ids(ext.calledBy[e]),
      calls: ids(ext.calls[e]),
      rows: { first: ext.first[e] as number, last: ext.last[e] as number },
    });
  }
  external.sort((a, b) => b.connections - a.connections || cmp(a.key, b.key));

  const filtered: FilteredCount[] = [];
  noise.rules.forEach((r, i) => {
    if (r.enabled) filtered.push({ ruleId: r.id, label: r.label, count: tally.byRule[i] as number });
  });

  return {
    dependencies,
    external,
    filtered,
    selfLoops: tally.selfLoops,
    problems: problems.list,
    problemsLeftOut: problems.leftOut,
    mismatches,
    totals: { rows: tally.rows, connections: tally.connections, kept, filtered: tally.filtered, selfLoops: tally.selfLoops, unmatched, invalid: tally.invalid },
  };
}
