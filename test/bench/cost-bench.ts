// Issue 17: costs for every wave (with the business case lines, the ranges and the three
// payback scenarios) of the realistic 100,000-workload plan, as a ratio to one pass over
// its workloads and dependencies (target 5x or less). The plan is made once outside the
// timing; the baseline is the analysis benchmark's linear pass.
import { DEFAULT_ESTATE_SETTINGS } from '../../shared/estate/estate-settings.js';
import { costEstate } from '../../shared/report/cost-stage.js';
import { reportOf } from '../../shared/report/estate-report.js';
import { generateRealisticEstate } from '../../shared/synthetic/realistic-estate.js';
import { linearPass } from './analysis-bench.js';
import { interleaved } from './interleaved.js';

export function costBenchmark(workloads: number, rounds: number): { base: number; ours: number; waves: number } {
  const estate = generateRealisticEstate({ workloads });
  const { input, analysis, plan } = reportOf({ ...estate, ...DEFAULT_ESTATE_SETTINGS });
  const times = interleaved({
    warmUp: 3,
    rounds,
    base: () => linearPass(estate.workloads, estate.dependencies),
    ours: () => void costEstate(input, analysis, plan),
  });
  return { ...times, waves: plan.waves.length };
}
