import { costPlan, type WorkloadCost } from '../costs/costs.js';
import { spendOverTime, type SpendOverTime } from '../costs/spend.js';
import type { EstateContent } from '../estate/estate.js';
import { mostSevereFirst, type Finding } from '../findings/finding.js';
import { analyseEstate, type EstateAnalysis } from '../findings/analyse.js';
import { planFindings } from '../planner/plan-findings.js';
import type { Plan } from '../planner/plan-types.js';
import { planWaves } from '../planner/plan-waves.js';
import { rollbackFindings } from '../rollback/rollback-findings.js';
import { buildRunbooks } from '../rollback/runbook.js';
import { applyRunbookEdits, type EditedRunbook } from '../rollback/runbook-edits.js';

// Everything the plan says about an estate, worked out once from its content: what the
// Excel export writes, and what the app's views show one piece at a time.

export interface PlanReport {
  analysis: EstateAnalysis;
  plan: Plan;
  /** Each wave's runbook with the architect's edits laid over it. */
  runbooks: EditedRunbook[];
  costs: WorkloadCost[];
  spend: SpendOverTime;
  /** The estate's, the planner's and the runbooks' findings, most severe first. */
  findings: Finding[];
}

export function planReport(estate: EstateContent): PlanReport {
  const { workloads, dependencies } = estate;
  const analysis = analyseEstate(estate);
  const plan = planWaves({ workloads, dependencies, settings: estate.planSettings, cycles: analysis.cycles, levelOf: (id) => analysis.sensitivity.levelOf(id), index: analysis.index });
  const runbooks = buildRunbooks({ plan, workloads, dependencies, index: analysis.index, settings: estate.rollbackSettings }).map((r) => applyRunbookEdits(r, estate.runbookEdits));
  const { costs, datesOfWave } = costPlan(workloads, analysis.tierOf, plan, estate.rateCard);
  const byId = new Map(workloads.map((w) => [w.id, w]));
  const findings = mostSevereFirst([...analysis.findings, ...planFindings(plan), ...rollbackFindings(runbooks, byId)]);
  return { analysis, plan, runbooks, costs, spend: spendOverTime(costs, datesOfWave), findings };
}
