import { isMoving } from '../domain/moving.js';
import type { Workload } from '../domain/workload.js';
import type { Finding } from '../findings/finding.js';
import type { Plan } from '../planner/plan-types.js';
import type { Runbook } from '../rollback/runbook-types.js';
import type { Decision } from './board-pack-types.js';

// What the board is asked to decide: each item is something the plan cannot settle on
// its own (a risk taken without a reason, a workload nobody has decided about, a wave
// that cannot be rolled back in its window). Only the ones that apply are listed.

export interface DecisionFacts {
  workloads: readonly Workload[];
  findings: readonly Finding[];
  plan: Pick<Plan, 'heldBack' | 'issues'>;
  runbooks: readonly Omit<Runbook, 'steps'>[];
  /** Planned and retired workloads whose current cost is unknown (the payback leaves them out). */
  costUnknown: number;
  n(count: number): string;
}

const plural = (count: number, one: string, many = `${one}s`) => (count === 1 ? one : many);
/** "1 workload has", "3 workloads have". */
const has = (count: number) => (count === 1 ? 'has' : 'have');

export function decisionsNeeded({ workloads, findings, plan, runbooks, costUnknown, n }: DecisionFacts): Decision[] {
  const weakerTiers = findings.filter((f) => f.rule === 'tier-below-recommendation');
  const unexplained = weakerTiers.filter((f) => !f.acceptedRisk).length;
  const accepted = weakerTiers.length - unexplained;
  const noStrategy = workloads.filter((w) => w.strategy === null && isMoving(w)).length;
  const unclassified = findings.filter((f) => f.rule === 'unclassified-production').reduce((sum, f) => sum + f.workloadIds.length, 0);
  const longRollbacks = runbooks.filter((r) => r.rollbackMinutes > r.windowMinutes || r.rtoBreaches.length > 0).map((r) => r.wave);
  const decisions: Decision[] = [
    {
      title: 'Tiers weaker than recommended, with no reason given',
      detail: `Approve a reason for each, or fund the recommended tier: ${n(unexplained)} ${plural(unexplained, 'workload')} would otherwise be planned below what its data and criticality ask for.`,
      count: unexplained,
    },
    {
      title: 'Accepted risks to ratify',
      detail: `${n(accepted)} ${plural(accepted, 'workload')} run on a weaker tier than recommended, with the architect's reason recorded; the board owns that risk.`,
      count: accepted,
    },
    {
      title: 'Workloads with no migration strategy',
      detail: `Decide rehost, replatform, refactor, repurchase, retire or retain for ${n(noStrategy)} ${plural(noStrategy, 'workload')}; until then they are planned and costed as a rehost.`,
      count: noStrategy,
    },
    {
      title: 'Production data not yet classified',
      detail: `${n(unclassified)} production ${plural(unclassified, 'workload')} ${has(unclassified)} no data classes and ${unclassified === 1 ? 'is' : 'are'} planned as if holding patient data: classify, or accept the cost of treating ${unclassified === 1 ? 'it' : 'them'} so.`,
      count: unclassified,
    },
    {
      title: 'Workloads held back by readiness gates',
      detail: `${n(plan.heldBack.length)} ${plural(plan.heldBack.length, 'workload')} cannot be placed in a wave until their readiness checks are proven: fund the proof, or let them move flagged.`,
      count: plan.heldBack.length,
    },
    {
      title: 'Waves that cannot roll back in their window',
      detail: `${plural(longRollbacks.length, 'Wave', 'Waves')} ${longRollbacks.join(', ')}: extend the maintenance window, accept a longer outage on rollback, or split the wave.`,
      count: longRollbacks.length,
    },
    {
      title: 'Planning rules that gave way',
      detail: `${n(plan.issues.length)} ${plural(plan.issues.length, 'place')} where the plan could not keep a rule (pins, sizes, dates): confirm the exceptions, or change the settings.`,
      count: plan.issues.length,
    },
    {
      title: 'Current costs not recorded',
      detail: `${n(costUnknown)} ${plural(costUnknown, 'workload')} ${has(costUnknown)} no current monthly cost, so the payback leaves ${costUnknown === 1 ? 'it' : 'them'} out: ask finance for the figures.`,
      count: costUnknown,
    },
  ];
  return decisions.filter((d) => d.count > 0);
}
