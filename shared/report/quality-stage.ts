import { planQuality, type PlanQuality } from '../planner/plan-quality.js';
import type { Plan } from '../planner/plan-types.js';
import type { CostStage } from './cost-stage.js';
import type { ReportInput } from './report-input.js';

/**
 * The plan's quality figures (shared/planner/plan-quality.ts), with the dual running
 * taken from the cost stage: its days are the costs' overlap before each cutover plus
 * the rate card's parallel run after it, and its money is the costs' own dual-running
 * figure, so the Waves view, the Costs view and the workbook agree.
 */
export function measurePlan(input: Pick<ReportInput, 'workloads' | 'dependencies' | 'rateCard'>, plan: Plan, costs: Pick<CostStage, 'costs'>): PlanQuality {
  return planQuality(plan, input.dependencies, input.workloads, { workloads: costs.costs, parallelRunDays: input.rateCard.parallelRunWeeks * 7 });
}
