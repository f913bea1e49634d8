import type { Plan } from '../../../shared/planner/plan-types';
import type { PlanStageInput } from '../../../shared/report/plan-stage';
import type { ReportInput } from '../../../shared/report/report-input';

/** What the plan worker needs: the parts of the report's input the analysis and the planner read. */
export type PlanRequest = { id: number } & PlanStageInput & Pick<ReportInput, 'classification'>;

export type PlanResponse = { id: number; ok: true; plan: Plan } | { id: number; ok: false; error: string };

/** The request for a report's plan: the parts the analysis and the planner read, and of the rate card the parallel run alone. */
export function planRequestOf(id: number, input: ReportInput): PlanRequest {
  const { workloads, dependencies, planSettings, rollbackSettings, classification } = input;
  return { id, workloads, dependencies, planSettings, rollbackSettings, rateCard: { parallelRunWeeks: input.rateCard.parallelRunWeeks }, classification };
}
