import type { Dependency } from '../../../../shared/domain/dependency.js';
import { indexEstate } from '../../../../shared/domain/estate-index.js';
import type { Workload } from '../../../../shared/domain/workload.js';
import type { Wave } from '../../../../shared/planner/plan-types.js';
import { DEFAULT_ROLLBACK_SETTINGS, type RollbackSettings } from '../../../../shared/rollback/rollback-settings.js';
import { buildRunbooks } from '../../../../shared/rollback/runbook.js';
import type { Runbook } from '../../../../shared/rollback/runbook-types.js';

// One wave's runbook from a few workloads, for the rollback tests.

/** A production wave (number 2 unless said) cutting over these workloads in this order. */
export const wave = (cutoverOrder: string[], number = 2): Wave => ({
  number,
  phase: 'production',
  start: '2027-02-01',
  end: '2027-02-14',
  cutover: '2027-02-14',
  cutoverMoved: [],
  units: [],
  cutoverOrder,
  hybridLinks: [],
  gates: [],
  risk: 0,
  confidence: 1,
});

/** One wave of the given workloads, in the given (cutover) order. */
export function runbookOf(members: Workload[], deps: Dependency[], options: { settings?: Partial<RollbackSettings>; parallelRunWeeks?: number } = {}): Runbook {
  const plan = { waves: [wave(members.map((w) => w.id))], waveOf: new Map(members.map((w) => [w.id, 2])) };
  const [r] = buildRunbooks({
    plan,
    workloads: members,
    dependencies: deps,
    index: indexEstate(
      members.map((w) => w.id),
      deps,
    ),
    settings: { ...DEFAULT_ROLLBACK_SETTINGS, ...options.settings },
    parallelRunWeeks: options.parallelRunWeeks ?? 2,
  });
  if (!r) throw new Error('no runbook');
  return r;
}
