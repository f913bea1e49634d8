import { columnLabel, type ImportProblem } from './import-plan.js';
import { PairCounter } from './connection-pairs.js';
import type { NameAddressMismatch } from './connection-types.js';

// The counters one aggregation of observed connections fills (connections.ts) and
// reads back (connection-summary.ts): problems, capped, and every count in typed arrays.

export const MAX_PORTS = 50;
export const MAX_PROCESSES = 20;
export const MAX_ADDRESSES = 20;
/** The port part of a port key when the row gave none. */
export const NO_PORT = 65536;
export const PORT_KEYS = 65537;
export const NONE: NameAddressMismatch[] = [];

/** Plain digits as a number, else -1 (no allocation). */
export function digits(s: string): number {
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

export class Problems {
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
export class Tally {
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

export const column = (c: number | undefined) => (c === undefined || c < 0 ? -1 : c);

/** Pairs a mismatch was seen on, by mismatch (kept apart from the public object). */
export const pairsOfMismatch = new WeakMap<NameAddressMismatch, Set<number>>();
