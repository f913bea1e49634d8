import type { EstateAnalysis } from '../findings/analyse.js';
import type { Plan } from '../planner/plan-types.js';
import { planWaves } from '../planner/plan-waves.js';
import { rollbackLimits } from '../rollback/rollback-estimate.js';
import type { ReportInput } from './report-input.js';

/** What the plan reads: the estate, its plan and rollback settings, and of the rate card the parallel run alone. */
export type PlanStageInput = Pick<ReportInput, 'workloads' | 'dependencies' | 'planSettings' | 'rollbackSettings'> & { rateCard: Pick<ReportInput['rateCard'], 'parallelRunWeeks'> };

/**
 * The report's plan stage: the one place the planner is called with what the analysis
 * knows (cycles, sensitivity, the integer index). The renderer's plan worker calls it
 * too, so a plan made off the UI thread is the same plan. The rollback settings and the
 * parallel run decide each workload's way back, which the planner keeps each wave's
 * rollback within the window by (the "Each wave's rollback fits its window" condition).
 */
export function planEstate(input: PlanStageInput, analysis: Pick<EstateAnalysis, 'cycles' | 'sensitivity' | 'index'>): Plan {
  return planWaves({
    workloads: input.workloads,
    dependencies: input.dependencies,
    settings: input.planSettings,
    cycles: analysis.cycles,
    levelOf: (id) => analysis.sensitivity.levelOf(id),
    levelAt: (i) => analysis.sensitivity.levelAt(i),
    index: analysis.index,
    rollback: rollbackLimits({
      workloads: input.workloads,
      dependencies: input.dependencies,
      index: analysis.index,
      settings: input.rollbackSettings,
      parallelRunWeeks: input.rateCard.parallelRunWeeks,
    }),
  });
}
