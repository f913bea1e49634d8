import type { Change } from '../../../shared/changes/change-set';
import type { Tier } from '../../../shared/domain/enums';
import type { Workload } from '../../../shared/domain/workload';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import { tierChoiceProblem } from '../../../shared/tiers/tier-choice';
import { reportFor } from '../report/report-cache';

/**
 * Splits a bulk "chosen tier" edit: the changes the store's tier guard will take, and
 * the workloads left out because the tier is weaker than their recommendation and
 * they have no reason yet (a reason is each workload's own accepted risk, so the bulk
 * bar cannot give one for them).
 */
export function withoutMissingReasons(snapshot: EstateSnapshot, changes: readonly Change[]): { changes: Change[]; needReason: Workload[] } {
  const { analysis } = reportFor(snapshot);
  const byId = new Map(snapshot.workloads.map((w) => [w.id, w]));
  const kept: Change[] = [];
  const needReason: Workload[] = [];
  for (const change of changes) {
    const w = change.op === 'updateWorkload' ? byId.get(change.id) : undefined;
    const recommended = w && analysis.recommendations.get(w.id)?.tier;
    if (w && recommended && change.op === 'updateWorkload' && tierChoiceProblem(change.value as Tier | null, w.tierOverrideReason, recommended)) needReason.push(w);
    else kept.push(change);
  }
  return { changes: kept, needReason };
}

/** "A, B and 3 more": names for a notice. */
export function listNames(workloads: readonly Workload[], shown = 3): string {
  const names = workloads.slice(0, shown).map((w) => w.name);
  const more = workloads.length - names.length;
  if (more > 0) return `${names.join(', ')} and ${more} more`;
  const last = names.pop();
  return names.length ? `${names.join(', ')} and ${last}` : (last ?? '');
}
