import { describe, expect, it } from 'vitest';
import { solveWaves, type WaveProblem } from '../../bench/plan-optimum.js';

// The exact wave model of the plan-quality benchmark on a toy whose optimum is worked
// out by hand, so the benchmark's ratios rest on a model that is known to be right.

const unit = (size: number, production = false, spec: Partial<WaveProblem['units'][number]> = {}) => ({ size, production, critical: false, pilotEligible: true, ...spec });

describe('the exact wave model', () => {
  it('solves a five-unit toy to its known optimum', async () => {
    // 0: staging of a system, 1: its production (needs 0 rehearsed first);
    // 2: a platform service 1 depends on; 3: an app on 2; 4: a critical unit after one proving wave.
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
    expect(solution.waveOf[0]).toBe(1);
    expect(solution.waveOf[4]).toBe(2);
    expect(new Set([solution.waveOf[1], solution.waveOf[2], solution.waveOf[3]])).toEqual(new Set([3]));
    expect(solution.linkWaves).toBe(1);
    expect(solution.waves).toBe(3);
  });

  it('keeps production and non-production apart and a larger unit alone', async () => {
    const solution = await solveWaves({ units: [unit(1), unit(1, true), unit(5)], links: [], rehearsals: [], capacity: 3, pilot: false, provingWaves: 0, maxWaves: 4 });
    expect(solution.status).toBe('Optimal');
    expect(new Set(solution.waveOf).size).toBe(3);
  });
});
