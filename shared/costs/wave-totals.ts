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
  TOOLS,
  type CostTable,
} from './cost-table.js';
import { TOTAL_FIELDS, type CostTotals } from './totals.js';

// Each wave's totals as a row of numbers, in the fields' order (TOTAL_FIELDS), added up
// the way addAt adds a workload to a total (the same additions in the same order, so the
// same figures); made into CostTotals objects, by wave in the order the waves were first
// met, when a view, the workbook or the board pack first reads them. A 100,000-workload
// plan has some 10,000 waves, and 10,000 totals objects kept through each costing were
// much of its garbage collection.

const WIDTH = TOTAL_FIELDS.length;

export class WaveTotals {
  /** Waves in the order first met. */
  private readonly order: number[] = [];
  /** Row of each wave met, by wave number where it is small and not negative; in `others` otherwise. */
  private readonly rowOf: number[] = [];
  private readonly others = new Map<number, number>();
  private rows: Float64Array;
  private made: Map<number, CostTotals> | undefined;

  constructor(expected: number) {
    this.rows = new Float64Array(Math.max(1, expected) * WIDTH);
  }

  /** Adds workload i of the table to its wave's row. */
  add(wave: number, t: CostTable, i: number): void {
    const f = t.figures;
    const o = i * STRIDE;
    const r = this.row(wave) * WIDTH;
    const rows = this.rows;
    rows[r] = (rows[r] as number) + 1;
    const runBefore = f[o + RUN_BEFORE] as number;
    if (!Number.isNaN(runBefore)) {
      rows[r + 1] = (rows[r + 1] as number) + 1;
      rows[r + 2] = (rows[r + 2] as number) + runBefore;
    }
    rows[r + 3] = (rows[r + 3] as number) + (f[o + RUN_AFTER] as number);
    rows[r + 4] = (rows[r + 4] as number) + (f[o + RUN_AFTER_LOW] as number);
    rows[r + 5] = (rows[r + 5] as number) + (f[o + RUN_AFTER_HIGH] as number);
    rows[r + 6] = (rows[r + 6] as number) + (f[o + LICENCE] as number);
    rows[r + 7] = (rows[r + 7] as number) + (f[o + SUPPORT] as number);
    rows[r + 8] = (rows[r + 8] as number) + (f[o + SUBSCRIPTION] as number);
    rows[r + 9] = (rows[r + 9] as number) + (f[o + COMMITMENT] as number);
    rows[r + 10] = (rows[r + 10] as number) + (f[o + EFFORT] as number);
    rows[r + 11] = (rows[r + 11] as number) + (f[o + REHEARSAL] as number);
    rows[r + 12] = (rows[r + 12] as number) + (f[o + HYPERCARE] as number);
    rows[r + 13] = (rows[r + 13] as number) + (f[o + TOOLS] as number);
    rows[r + 14] = (rows[r + 14] as number) + (f[o + CONTINGENCY] as number);
    rows[r + 15] = (rows[r + 15] as number) + (f[o + ONE_TIME] as number);
    rows[r + 16] = (rows[r + 16] as number) + (f[o + ONE_TIME_LOW] as number);
    rows[r + 17] = (rows[r + 17] as number) + (f[o + ONE_TIME_HIGH] as number);
    rows[r + 18] = (rows[r + 18] as number) + (f[o + DUAL_RUNNING] as number);
    rows[r + 19] = (rows[r + 19] as number) + (f[o + DUAL_RUNNING_LOW] as number);
    rows[r + 20] = (rows[r + 20] as number) + (f[o + DUAL_RUNNING_HIGH] as number);
  }

  /** Every wave's totals, by wave in the order first met: made when first read, then kept. */
  map(): Map<number, CostTotals> {
    if (this.made) return this.made;
    const made = new Map<number, CostTotals>();
    this.order.forEach((wave, r) => {
      const total = {} as Record<keyof CostTotals, number>;
      TOTAL_FIELDS.forEach((field, k) => (total[field] = this.rows[r * WIDTH + k] as number));
      made.set(wave, total);
    });
    return (this.made = made);
  }

  private row(wave: number): number {
    const small = wave >= 0 && wave < 1 << 20;
    let r = small ? this.rowOf[wave] : this.others.get(wave);
    if (r !== undefined) return r;
    r = this.order.length;
    this.order.push(wave);
    if (small) this.rowOf[wave] = r;
    else this.others.set(wave, r);
    if ((r + 1) * WIDTH > this.rows.length) {
      const grown = new Float64Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    return r;
  }
}
