// Issue 6: runbooks and costs for every wave of the 10,000-workload plan, as a ratio to
// one pass over its workloads and dependencies (target 5x or less). The plan is made
// once outside the timing; the baseline is the analysis benchmark's linear pass.
// A runbook's times (critical path, RTO breaches, restores, longest ways back) are
// worked out for every wave; its steps' objects and words when first read (a view reads
// one wave's, the workbook all: the export benchmark times that), so the steps are
// counted after the timed rounds, and `readAllStepsBenchmark` times reading every wave's.
import type { Dependency } from '../../shared/domain/dependency.js';
import { wavePositions } from '../../shared/domain/wave-positions.js';
import type { Workload } from '../../shared/domain/workload.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../shared/estate/estate-settings.js';
import { costEstate } from '../../shared/report/cost-stage.js';
import { reportOf } from '../../shared/report/estate-report.js';
import { generateRunbooks } from '../../shared/report/runbook-stage.js';
import type { Runbook } from '../../shared/rollback/runbook-types.js';
import { linearPass } from './analysis-bench.js';
import { interleaved } from './interleaved.js';

export function rollbackCostBenchmark(estate: { workloads: Workload[]; dependencies: Dependency[] }, rounds: number): { base: number; ours: number; steps: number; waves: number } {
  // The report's own stages, as the views and the workbook run them.
  const report = reportOf({ ...estate, ...DEFAULT_ESTATE_SETTINGS });
  const { input, analysis, plan } = report;
  const times = interleaved({
    warmUp: 5,
    rounds,
    base: () => linearPass(estate.workloads, estate.dependencies),
    ours: () => {
      // As the report does: the plan's members looked up by position once, read by both stages.
      const positions = wavePositions(plan, analysis.index, input.workloads.length);
      generateRunbooks(input, analysis, plan, positions);
      costEstate(input, analysis, plan, positions);
    },
  });
  return { ...times, steps: countSteps(generateRunbooks(input, analysis, plan)), waves: plan.waves.length };
}

/** Every step of every runbook, read (objects and words made) as the workbook reads them. */
export const countSteps = (runbooks: readonly Runbook[]) => runbooks.reduce((n, r) => n + r.steps.length, 0);

/**
 * Issue 17: the runbooks alone (roles, ways back, critical paths) for every wave of an
 * estate, against one linear pass over it (target 5x or less); the plan is made once outside the timing.
 */
export function runbookBenchmark(estate: { workloads: Workload[]; dependencies: Dependency[] }, rounds: number): { base: number; ours: number; steps: number; waves: number } {
  const { input, analysis, plan } = reportOf({ ...estate, ...DEFAULT_ESTATE_SETTINGS });
  const times = interleaved({
    warmUp: 3,
    rounds,
    base: () => linearPass(estate.workloads, estate.dependencies),
    ours: () => generateRunbooks(input, analysis, plan),
  });
  return { ...times, steps: countSteps(generateRunbooks(input, analysis, plan)), waves: plan.waves.length };
}

/** For information: the runbooks with every wave's steps read (their objects and words made), as the workbook reads them. */
export function readAllStepsBenchmark(estate: { workloads: Workload[]; dependencies: Dependency[] }, rounds: number): { base: number; ours: number } {
  const { input, analysis, plan } = reportOf({ ...estate, ...DEFAULT_ESTATE_SETTINGS });
  return interleaved({
    warmUp: 2,
    rounds,
    base: () => linearPass(estate.workloads, estate.dependencies),
    ours: () => countSteps(generateRunbooks(input, analysis, plan)),
  });
}
