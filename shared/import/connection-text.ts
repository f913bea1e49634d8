import type { DependencyKind } from '../domain/enums.js';

// The words a candidate dependency carries into the estate: its protocol text ("tcp/5432
// (postgres), tcp/443 (https)", within the 200 characters the field allows) and its
// notes (the evidence: how many connections, which rows, which ports and processes,
// and any name that disagreed with its address), within the 10,000 the field allows.

export const PROTOCOL_LIMIT = 200;
export const NOTES_LIMIT = 10_000;

export interface PortCount {
  /** "tcp", "udp", or what the protocol column said. */
  transport: string;
  /** null when the row gave no port. */
  port: number | null;
  /** "postgres"; '' for a port the table does not name. */
  service: string;
  kind: DependencyKind;
  connections: number;
}

export interface NameCount {
  name: string;
  connections: number;
}

/** 1,204: as toLocaleString('en') writes whole numbers, without its cost (ICU) per call. */
export function thousands(x: number): string {
  const t = String(Math.round(x));
  const neg = t.startsWith('-') ? 1 : 0;
  let out = '';
  for (let i = t.length; i > neg; i -= 3) out = i - 3 > neg ? `,${t.slice(i - 3, i)}${out}` : `${t.slice(neg, i)}${out}`;
  return neg ? `-${out}` : out;
}
const n = thousands;

/** "tcp/5432 (postgres)", "udp/514", "tcp (no port given)". */
export function portLabel(p: Pick<PortCount, 'transport' | 'port' | 'service'>): string {
  if (p.port === null) return `${p.transport} (no port given)`;
  return p.service ? `${p.transport}/${p.port} (${p.service})` : `${p.transport}/${p.port}`;
}

/** The labels joined, busiest first, cut to fit with "+N more". */
export function boundedList(items: readonly string[], limit: number, more = 0): string {
  let text = '';
  for (let i = 0; i < items.length; i++) {
    const next = text ? `${text}, ${items[i]}` : (items[i] as string);
    const left = items.length - i - 1 + more;
    const tail = left > 0 ? `, +${n(left)} more` : '';
    if (next.length + tail.length > limit) {
      const rest = items.length - i + more;
      const cut = text ? `${text}, +${n(rest)} more` : `+${n(rest)} more`;
      return cut.length <= limit ? cut : cut.slice(0, limit);
    }
    text = next;
  }
  if (more > 0) {
    const tail = `${text ? `${text}, ` : ''}+${n(more)} more`;
    return tail.length <= limit ? tail : text;
  }
  return text;
}

export function protocolText(ports: readonly PortCount[], morePorts: number): string {
  return boundedList(
    ports.map((p) => portLabel(p)),
    PROTOCOL_LIMIT,
    morePorts,
  );
}

const counted = (items: readonly NameCount[]) => items.map((i) => `${i.name} (${n(i.connections)})`);

export function notesText(evidence: {
  sheet: string;
  connections: number;
  first: number;
  last: number;
  ports: readonly PortCount[];
  morePorts: number;
  sourceProcesses: readonly NameCount[];
  destinationProcesses: readonly NameCount[];
  mismatches: readonly string[];
}): string {
  const lines = [
    `Observed ${n(evidence.connections)} connection${evidence.connections === 1 ? '' : 's'} in ${evidence.sheet}, ${evidence.first === evidence.last ? `row ${n(evidence.first)}` : `rows ${n(evidence.first)} to ${n(evidence.last)}`}.`,
    `Ports: ${boundedList(
      evidence.ports.map((p) => `${portLabel(p)} × ${n(p.connections)}`),
      2000,
      evidence.morePorts,
    )}.`,
  ];
  if (evidence.sourceProcesses.length) lines.push(`Consumer processes: ${boundedList(counted(evidence.sourceProcesses), 2000)}.`);
  if (evidence.destinationProcesses.length) lines.push(`Provider processes: ${boundedList(counted(evidence.destinationProcesses), 2000)}.`);
  for (const m of evidence.mismatches) lines.push(m);
  const text = lines.join('\n');
  return text.length <= NOTES_LIMIT ? text : `${text.slice(0, NOTES_LIMIT - 1)}…`;
}
