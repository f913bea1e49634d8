import { useMemo } from 'react';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import type { Finding } from '../../../shared/findings/finding';
import type { Plan } from '../../../shared/planner/plan-types';
import { rollbackFindings } from '../../../shared/rollback/rollback-findings';
import { buildRunbooks } from '../../../shared/rollback/runbook';
import { applyRunbookEdits, wavesWithEdits } from '../../../shared/rollback/runbook-edits';
import type { Runbook } from '../../../shared/rollback/runbook-types';
import { useAnalysis } from '../analysis/analysis-cache';
import { usePlan } from '../waves/use-plan';

/** The generated runbook of every wave of a plan, remade when the plan or the rollback settings change. */
function usePlanRunbooks(snapshot: EstateSnapshot, plan: Plan | null): Runbook[] {
  const { index } = useAnalysis(snapshot);
  const { workloads, dependencies, rollbackSettings } = snapshot;
  return useMemo(() => (plan ? buildRunbooks({ plan, workloads, dependencies, index, settings: rollbackSettings }) : []), [plan, workloads, dependencies, index, rollbackSettings]);
}

/** The current plan and its runbooks. */
export function useRunbooks(snapshot: EstateSnapshot): { plan: Plan | null; pending: boolean; runbooks: Runbook[] } {
  const { plan, pending } = usePlan(snapshot);
  return { plan, pending, runbooks: usePlanRunbooks(snapshot, plan) };
}

/** Rollbacks longer than their window or RTO, timed as the architect edited them (the view passes the plan it already has). */
export function useRollbackFindings(snapshot: EstateSnapshot, plan: Plan | null): Finding[] {
  const runbooks = usePlanRunbooks(snapshot, plan);
  const { runbookEdits, workloads } = snapshot;
  return useMemo(() => {
    if (!plan) return [];
    const edited = wavesWithEdits(runbookEdits, (id) => plan.waveOf.get(id));
    const timed = runbooks.map((r) => (edited.has(r.wave) ? applyRunbookEdits(r, runbookEdits) : r));
    return rollbackFindings(timed, new Map(workloads.map((w) => [w.id, w])));
  }, [plan, runbooks, runbookEdits, workloads]);
}
