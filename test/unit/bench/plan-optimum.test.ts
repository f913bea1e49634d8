import { DEFAULT_ROLLBACK_SETTINGS } from '../../../shared/rollback/rollback-settings.js';
import { DEFAULT_RATE_CARD } from '../../../shared/costs/rate-card.js';
import { describe, expect, it } from 'vitest';
import { analyseEstate } from '../../../shared/findings/analyse.js';
import { DEFAULT_PLAN_SETTINGS } from '../../../shared/planner/settings.js';
import { planEstate } from '../../../shared/report/plan-stage.js';
import { generateRealisticEstate } from '../../../shared/synthetic/realistic-estate.js';
import { solveWaves, violations, type WaveProblem } from '../../bench/plan-optimum.js';
import { greedyBreaks, problemOf } from '../../bench/plan-quality-bench.js';

// The exact wave model of the plan-quality benchmark on toys whose optimum is worked
// out by hand, so the benchmark's ratios rest on a model that is known to be right; and
// the greedy plan of a realistic estate is one of the model's solutions (the same problem).

const unit = (size: number, production = false, spec: Partial<WaveProblem['units'][number]> = {}) => ({ size, production, critical: false, pilotEligible: true, ...spec });

describe('the exact wave model', () => {
  it('solves a five-unit toy to its known optimum', async () => {
    // 0: staging of a system, 1: its production (needs 0 rehearsed first);
    // 2: a production unit 1 depends on; 3: an app on 2; 4: a critical unit after one proving wave.
    const problem: WaveProblem = {
      units: [unit(3), unit(3, true), unit(2, true), unit(4, true), unit(2, false, { critical: true })],
      links: [
        { first: 2, second: 1, kept: true, weight: 2 },
        { first: 2, second: 3, kept: true, weight: 1 },
        { first: 0, second: 4, kept: true, weight: 1 },
        // A loop broken by the plan: it only costs link-waves.
        { first: 1, second: 2, kept: false, weight: 1 },
      ],
      rehearsals: [[0, 1]],
      capacity: 9,
      pilot: false,
      provingWaves: 1,
      maxWaves: 5,
    };
    const solution = await solveWaves(problem);
    expect(solution.status).toBe('Optimal');
    // Wave 1: staging (non-production); wave 2: the critical unit after it (one link-wave);
    // wave 3: production 1, 2 and 3 together (9 workloads, the cap): no other link opens.
    expect(solution.waveOf).toEqual([1, 3, 3, 3, 2]);
    expect(solution.linkWaves).toBe(1);
    expect(solution.waves).toBe(3);
  });

  it('keeps production and non-production apart and a larger unit alone', async () => {
    const solution = await solveWaves({ units: [unit(1), unit(1, true), unit(5)], links: [], rehearsals: [], capacity: 3, pilot: false, provingWaves: 0, maxWaves: 4 });
    expect(solution.status).toBe('Optimal');
    expect(new Set(solution.waveOf).size).toBe(3);
  });

  // 0: the non-production platform, 1: the production platform; 2: a system's staging, 3: its
  // production (not pilot-eligible). Links: the non-production platform serves staging three
  // times, the production platform production once; production also logs into the production
  // platform (a link into the platform: no order, only link-waves).
  const platformToy = (foundationWave: boolean): WaveProblem => ({
    units: [unit(2, false, { platform: true }), unit(2, true, { platform: true, critical: true, pilotEligible: false }), unit(3), unit(3, true, { pilotEligible: false })],
    links: [
      { first: 0, second: 2, kept: true, weight: 3 },
      { first: 1, second: 3, kept: true, weight: 1 },
      { first: 3, second: 1, kept: false, weight: 1 },
    ],
    rehearsals: [[2, 3]],
    capacity: 12,
    pilot: true,
    provingWaves: 2,
    foundationWave,
    maxWaves: 6,
  });

  it('moves the platform first, each kind in its own wave, and the tier with the heavier links last', async () => {
    const solution = await solveWaves(platformToy(false));
    expect(solution.status).toBe('Optimal');
    // Production platform in wave 1, non-production in 2 (next to the staging it serves three
    // times); the pilot is wave 3 (staging), production in 4. Link-waves: 3 × 1 + 2 × 3 = 9.
    // The production platform is critical, but the platform is exempt from proving (and from the pilot).
    expect(solution.waveOf).toEqual([2, 1, 3, 4]);
    expect(solution.linkWaves).toBe(9);
    expect(solution.waves).toBe(4);
  });

  it('puts the platform in wave 0, both kinds together, with the foundation wave', async () => {
    const solution = await solveWaves(platformToy(true));
    expect(solution.status).toBe('Optimal');
    expect(solution.waveOf).toEqual([0, 0, 1, 2]);
    expect(solution.linkWaves).toBe(3 * 1 + 2 * 2);
  });

  it('says which constraint an assignment breaks, and HiGHS refuses it too', async () => {
    const problem = platformToy(false);
    // Staging shares wave 1 with the platform; production in the pilot.
    const bad = [1, 2, 1, 3];
    const words = violations(problem, bad).join('\n');
    expect(words).toMatch(/unit 2 \(a workload\) is in wave 1, not after the platform's last wave 2/);
    expect(words).toMatch(/unit 3 is in the pilot wave 3/);
    expect((await solveWaves(problem, 20, bad)).status).toBe('Infeasible');
    expect(violations(problem, [2, 1, 3, 4])).toEqual([]);
    expect((await solveWaves(problem, 20, [2, 1, 3, 4])).status).toBe('Optimal');
  });
});

describe('the greedy plan as a solution of the model', () => {
  it.each([
    { workloads: 24, seed: 101, foundationWave: false },
    { workloads: 40, seed: 501, foundationWave: false },
    { workloads: 40, seed: 501, foundationWave: true },
  ])('is feasible on the realistic estate of $workloads workloads (seed $seed, foundation wave $foundationWave)', async ({ workloads, seed, foundationWave }) => {
    const settings = { ...DEFAULT_PLAN_SETTINGS, foundationWave };
    const estate = generateRealisticEstate({ workloads, seed });
    const plan = planEstate({ ...estate, planSettings: settings, rollbackSettings: DEFAULT_ROLLBACK_SETTINGS, rateCard: DEFAULT_RATE_CARD }, analyseEstate(estate));
    const { problem, greedy } = problemOf(estate, settings, plan);
    expect(problem.units.some((u) => u.platform)).toBe(true);
    expect(await greedyBreaks(problem, greedy)).toEqual([]);
    const optimum = await solveWaves(problem);
    expect(optimum.status).toBe('Optimal');
  });
});
