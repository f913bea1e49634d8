import type { EstateAnalysis } from '../findings/analyse.js';
import type { Plan } from '../planner/plan-types.js';
import { planWaves } from '../planner/plan-waves.js';
import type { ReportInput } from './report-input.js';

/**
 * The report's plan stage: the one place the planner is called with what the analysis
 * knows (cycles, sensitivity, the integer index). The renderer's plan worker calls it
 * too, so a plan made off the UI thread is the same plan.
 */
export function planEstate(input: Pick<ReportInput, 'workloads' | 'dependencies' | 'planSettings'>, analysis: Pick<EstateAnalysis, 'cycles' | 'sensitivity' | 'index'>): Plan {
  return planWaves({
    workloads: input.workloads,
    dependencies: input.dependencies,
    settings: input.planSettings,
    cycles: analysis.cycles,
    levelOf: (id) => analysis.sensitivity.levelOf(id),
    levelAt: (i) => analysis.sensitivity.levelAt(i),
    index: analysis.index,
  });
}
