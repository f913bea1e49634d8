import type { Plan } from '../../../shared/planner/plan-types';
import type { ReportInput } from '../../../shared/report/report-input';

/** What the plan worker needs: the parts of the report's input the analysis and the planner read. */
export type PlanRequest = { id: number } & Pick<ReportInput, 'workloads' | 'dependencies' | 'planSettings' | 'classification'>;

export type PlanResponse = { id: number; ok: true; plan: Plan } | { id: number; ok: false; error: string };
