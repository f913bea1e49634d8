// Issue 6: runbooks and costs for every wave of the 10,000-workload plan, as a ratio to
// one pass over its workloads and dependencies (target 5x or less). The plan is made
// once outside the timing; the baseline is the analysis benchmark's linear pass.
import type { Dependency } from '../../shared/domain/dependency.js';
import type { Workload } from '../../shared/domain/workload.js';
import { costPlan } from '../../shared/costs/costs.js';
import { spendOverTime } from '../../shared/costs/spend.js';
import { DEFAULT_RATE_CARD } from '../../shared/costs/rate-card.js';
import { analyseEstate } from '../../shared/findings/analyse.js';
import { planWaves } from '../../shared/planner/plan-waves.js';
import { DEFAULT_PLAN_SETTINGS } from '../../shared/planner/settings.js';
import { DEFAULT_ROLLBACK_SETTINGS } from '../../shared/rollback/rollback-settings.js';
import { buildRunbooks } from '../../shared/rollback/runbook.js';
import { linearPass } from './analysis-bench.js';
import { interleaved } from './interleaved.js';

export function rollbackCostBenchmark(estate: { workloads: Workload[]; dependencies: Dependency[] }, rounds: number): { base: number; ours: number; steps: number } {
  const analysis = analyseEstate(estate);
  const plan = planWaves({ ...estate, settings: DEFAULT_PLAN_SETTINGS, cycles: analysis.cycles, levelOf: (id) => analysis.sensitivity.levelOf(id), index: analysis.index });
  let steps = 0;
  const times = interleaved({
    warmUp: 5,
    rounds,
    base: () => linearPass(estate.workloads, estate.dependencies),
    ours: () => {
      steps = buildRunbooks({ plan, workloads: estate.workloads, dependencies: estate.dependencies, index: analysis.index, settings: DEFAULT_ROLLBACK_SETTINGS }).reduce((n, r) => n + r.steps.length, 0);
      const { costs, datesOfWave } = costPlan(estate.workloads, analysis.tierOf, plan, DEFAULT_RATE_CARD);
      spendOverTime(costs, datesOfWave);
    },
  });
  return { ...times, steps };
}
