import {
  COMMITMENT,
  CONTINGENCY,
  DUAL_RUNNING,
  DUAL_RUNNING_HIGH,
  DUAL_RUNNING_LOW,
  EFFORT,
  HYPERCARE,
  LICENCE,
  ONE_TIME,
  ONE_TIME_HIGH,
  ONE_TIME_LOW,
  REHEARSAL,
  RUN_AFTER,
  RUN_AFTER_HIGH,
  RUN_AFTER_LOW,
  RUN_BEFORE,
  STRIDE,
  SUBSCRIPTION,
  SUPPORT,
  tableOf,
  TOOLS,
  type CostTable,
} from './cost-table.js';
import type { OneTimeFigures, WorkloadCost } from './costs.js';

// Workloads' figures added up, the same way for a wave, a tier or the plan (TotalRows).

export interface CostTotals extends OneTimeFigures {
  workloads: number;
  /** Of which this many have a recorded current cost. */
  runBeforeKnown: number;
  runBefore: number;
  runAfter: number;
  runAfterLow: number;
  runAfterHigh: number;
  /** Parts of the run rate after, for the business case's lines. */
  licence: number;
  support: number;
  subscription: number;
  commitment: number;
}

export const emptyTotals = (): CostTotals => ({
  workloads: 0,
  runBeforeKnown: 0,
  runBefore: 0,
  runAfter: 0,
  runAfterLow: 0,
  runAfterHigh: 0,
  licence: 0,
  support: 0,
  subscription: 0,
  commitment: 0,
  effort: 0,
  rehearsal: 0,
  hypercare: 0,
  tools: 0,
  contingency: 0,
  oneTime: 0,
  oneTimeLow: 0,
  oneTimeHigh: 0,
  dualRunning: 0,
  dualRunningLow: 0,
  dualRunningHigh: 0,
});

/** A total's fields in emptyTotals' order: a row of totals holds them in this order. */
const TOTAL_FIELDS = Object.keys(emptyTotals()) as (keyof CostTotals)[];
const WIDTH = TOTAL_FIELDS.length;
/** Each field's column in a row of totals. */
const COL = Object.fromEntries(TOTAL_FIELDS.map((field, k) => [field, k])) as Record<keyof CostTotals, number>;

/**
 * Totals by group (a wave, a tier, the plan), each a row of numbers in TOTAL_FIELDS'
 * order, made into CostTotals objects, by key in the order the keys were first met, when
 * first read. A 100,000-workload plan has some 10,000 waves, and 10,000 totals objects
 * kept through each costing were much of its garbage collection. Keys are numbers: small
 * ones (waves, tier indexes) are found by index.
 */
export class TotalRows {
  /** Keys in the order first met. */
  private readonly order: number[] = [];
  /** Row of each key met, by key where it is small and not negative; in `others` otherwise. */
  private readonly rowOf: number[] = [];
  private readonly others = new Map<number, number>();
  private rows: Float64Array;
  private made: Map<number, CostTotals> | undefined;

  constructor(expected = 1) {
    this.rows = new Float64Array(Math.max(1, expected) * WIDTH);
  }

  /** Adds workload i of the table to its group's row. */
  add(key: number, t: CostTable, i: number): void {
    const f = t.figures;
    const o = i * STRIDE;
    const r = this.row(key) * WIDTH;
    const rows = this.rows;
    rows[r + COL.workloads]! += 1;
    const runBefore = f[o + RUN_BEFORE] as number;
    if (!Number.isNaN(runBefore)) {
      rows[r + COL.runBeforeKnown]! += 1;
      rows[r + COL.runBefore]! += runBefore;
    }
    // Which figure of the table each field adds: the one place that says how a workload adds to a total.
    rows[r + COL.runAfter]! += f[o + RUN_AFTER] as number;
    rows[r + COL.runAfterLow]! += f[o + RUN_AFTER_LOW] as number;
    rows[r + COL.runAfterHigh]! += f[o + RUN_AFTER_HIGH] as number;
    rows[r + COL.licence]! += f[o + LICENCE] as number;
    rows[r + COL.support]! += f[o + SUPPORT] as number;
    rows[r + COL.subscription]! += f[o + SUBSCRIPTION] as number;
    rows[r + COL.commitment]! += f[o + COMMITMENT] as number;
    rows[r + COL.effort]! += f[o + EFFORT] as number;
    rows[r + COL.rehearsal]! += f[o + REHEARSAL] as number;
    rows[r + COL.hypercare]! += f[o + HYPERCARE] as number;
    rows[r + COL.tools]! += f[o + TOOLS] as number;
    rows[r + COL.contingency]! += f[o + CONTINGENCY] as number;
    rows[r + COL.oneTime]! += f[o + ONE_TIME] as number;
    rows[r + COL.oneTimeLow]! += f[o + ONE_TIME_LOW] as number;
    rows[r + COL.oneTimeHigh]! += f[o + ONE_TIME_HIGH] as number;
    rows[r + COL.dualRunning]! += f[o + DUAL_RUNNING] as number;
    rows[r + COL.dualRunningLow]! += f[o + DUAL_RUNNING_LOW] as number;
    rows[r + COL.dualRunningHigh]! += f[o + DUAL_RUNNING_HIGH] as number;
  }

  /** Every group's totals, by key in the order first met: made when first read, then kept. */
  map(): Map<number, CostTotals> {
    if (this.made) return this.made;
    const made = new Map<number, CostTotals>();
    this.order.forEach((key, r) => {
      const total = {} as Record<keyof CostTotals, number>;
      TOTAL_FIELDS.forEach((field, k) => (total[field] = this.rows[r * WIDTH + k] as number));
      made.set(key, total);
    });
    return (this.made = made);
  }

  /** One group's totals, empty when nothing was added to it. */
  totalOf(key: number): CostTotals {
    return this.map().get(key) ?? emptyTotals();
  }

  private row(key: number): number {
    const small = key >= 0 && key < 1 << 20;
    let r = small ? this.rowOf[key] : this.others.get(key);
    if (r !== undefined) return r;
    r = this.order.length;
    this.order.push(key);
    if (small) this.rowOf[key] = r;
    else this.others.set(key, r);
    if ((r + 1) * WIDTH > this.rows.length) {
      const grown = new Float64Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    return r;
  }
}

/** Totals per group (a wave, a tier), in one pass. */
export function totalsBy<K>(costs: readonly WorkloadCost[], keyOf: (c: WorkloadCost) => K | undefined): Map<K, CostTotals> {
  const table = tableOf(costs);
  const keys: K[] = [];
  const number = new Map<K, number>();
  const rows = new TotalRows();
  costs.forEach((c, i) => {
    const key = keyOf(c);
    if (key === undefined) return;
    let n = number.get(key);
    if (n === undefined) number.set(key, (n = keys.push(key) - 1));
    rows.add(n, table, i);
  });
  return new Map([...rows.map()].map(([n, total]) => [keys[n] as K, total]));
}
