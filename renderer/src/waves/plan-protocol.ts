import type { Dependency } from '../../../shared/domain/dependency';
import type { Workload } from '../../../shared/domain/workload';
import type { Plan } from '../../../shared/planner/plan-types';
import type { PlanSettings } from '../../../shared/planner/settings';

export interface PlanRequest {
  id: number;
  workloads: readonly Workload[];
  dependencies: readonly Dependency[];
  settings: PlanSettings;
}

export type PlanResponse = { id: number; ok: true; plan: Plan } | { id: number; ok: false; error: string };
