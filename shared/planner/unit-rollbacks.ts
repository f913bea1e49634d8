import type { Workload } from '../domain/workload.js';
import { unitRollbackOf, type RollbackLimits, type RollbackLoad, type WayBackFigures } from './rollback-budget.js';
import type { UnitTable } from './unit-table.js';

/**
 * Every move unit's way back (rollback-budget.ts), its members' figures asked by their
 * position in the estate where the rollback rules can answer so: a lookup by id for each
 * of a hundred thousand workloads cost more than working out their figures.
 */
export function unitRollbacks(units: UnitTable, limits: RollbackLimits, estateAt: Int32Array): RollbackLoad[] {
  const ofUnit: RollbackLoad[] = new Array<RollbackLoad>(units.count);
  const workloadOf = (i: number): Workload => units.workload(i);
  const { figuresAt } = limits;
  const figuresOf: (i: number) => WayBackFigures = figuresAt ? (i) => figuresAt.call(limits, estateAt[i] as number, units.workload(i)) : (i) => limits.figuresOf(units.workload(i));
  for (let u = 0; u < units.count; u++) ofUnit[u] = unitRollbackOf(units.members(u), workloadOf, figuresOf);
  return ofUnit;
}
