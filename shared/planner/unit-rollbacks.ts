import { unitRollback, type RollbackLimits, type RollbackLoad } from './rollback-budget.js';
import type { UnitTable } from './unit-table.js';

/**
 * Every move unit's way back (rollback-budget.ts), its members' figures asked by their
 * position in the estate where the rollback rules can answer so: a lookup by id for each
 * of a hundred thousand workloads cost more than working out their figures.
 */
export function unitRollbacks(units: UnitTable, limits: RollbackLimits, estateAt: Int32Array): RollbackLoad[] {
  const ofUnit: RollbackLoad[] = new Array<RollbackLoad>(units.count);
  const { figuresAt } = limits;
  for (let u = 0; u < units.count; u++) {
    const members = units.members(u);
    ofUnit[u] = figuresAt
      ? unitRollback(units.memberWorkloads(u), (w, k) => figuresAt.call(limits, estateAt[members[k] as number] as number, w))
      : unitRollback(units.memberWorkloads(u), (w) => limits.figuresOf(w));
  }
  return ofUnit;
}
