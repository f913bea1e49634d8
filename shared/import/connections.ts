import type { ConnectionColumns } from './connection-columns.js';
import { CompiledNoise, DEFAULT_NOISE_RULES, NO_RULE } from './connection-noise.js';
import { column, digits, NO_PORT, pairsOfMismatch, PORT_KEYS, Problems, Tally } from './connection-tally.js';
import { summarise } from './connection-summary.js';
import { EndpointTokens, type ConnectionWorkload } from './connection-tokens.js';

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
import type { ConnectionAnalysis, ConnectionOptions, ConnectionTable } from './connection-types.js';

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

function mismatch(tally: Tally, tokens: EndpointTokens, side: 'source' | 'destination', n: number, i: number, pair: number, weight: number, row: number): void {
  const key = `${side}\u0000${n}\u0000${i}`;
  let m = tally.mismatches.get(key);
  if (!m) {
    const workloads = tokens.workloads;
    m = {
      side,
      name: tokens.nameText[n] as string,
      address: tokens.ipText[i] as string,
      nameWorkloadId: (workloads[tokens.nameWorkload[n] as number] as ConnectionWorkload).id,
      addressWorkloadId: (workloads[tokens.ipWorkload[i] as number] as ConnectionWorkload).id,
      addressWorkloadName: (workloads[tokens.ipWorkload[i] as number] as ConnectionWorkload).name,
      connections: 0,
      firstRow: row,
    };
    tally.mismatches.set(key, m);
    pairsOfMismatch.set(m, new Set());
  }
  m.connections += weight;
  if (row < m.firstRow) m.firstRow = row;
  pairsOfMismatch.get(m)?.add(pair);
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
