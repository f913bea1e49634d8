import type { DependencyKind } from '../domain/enums.js';
import type { CompiledNoise } from './connection-noise.js';
import type { PairCounter } from './connection-pairs.js';
import { MAX_ADDRESSES, MAX_PORTS, MAX_PROCESSES, NO_PORT, NONE, PORT_KEYS, pairsOfMismatch, type Problems, type Tally } from './connection-tally.js';
import { protocolText, type NameCount, type PortCount } from './connection-text.js';
import type { ConnectionWorkload, EndpointTokens } from './connection-tokens.js';
import type { CandidateDependency, ConnectionAnalysis, ExternalEndpoint, FilteredCount, NameAddressMismatch } from './connection-types.js';
import { couplingOfKind, kindOfPort, serviceOfPort } from './port-kinds.js';

// The counted connections in words and lists (connections.ts counts them): candidate
// dependencies busiest first, external endpoints, what each noise rule left out, totals.

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

export function summarise(sheet: string, tokens: EndpointTokens, noise: CompiledNoise, tally: Tally, problems: Problems): ConnectionAnalysis {
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
