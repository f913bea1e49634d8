import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OpenWaves } from '../../../../shared/planner/open-waves.js';
import { DEFAULT_PLAN_SETTINGS } from '../../../../shared/planner/settings.js';
import type { WaveLoad } from '../../../../shared/planner/wave-condition-types.js';

// The segment tree finds the same wave as walking the waves one by one would.

const naive = (loads: readonly (WaveLoad | undefined)[], max: number, from: number, production: boolean, need: number) => {
  for (let w = from; ; w++) {
    const load = loads[w];
    if (!load || load.count === 0) return w;
    if (w !== 0 && load.production !== production) continue;
    if (max - load.count >= Math.min(need, max)) return w;
  }
};

describe('open waves', () => {
  it('finds the first wave from a bound with room for a unit of its kind', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.record({ wave: fc.integer({ min: 0, max: 40 }), size: fc.integer({ min: 1, max: 14 }), production: fc.boolean() }), { maxLength: 80 }),
        fc.array(fc.record({ from: fc.integer({ min: 0, max: 45 }), need: fc.integer({ min: 1, max: 14 }), production: fc.boolean() }), { minLength: 1, maxLength: 20 }),
        (max, placements, queries) => {
          const settings = { ...DEFAULT_PLAN_SETTINGS, maxWorkloadsPerWave: max };
          const loads: (WaveLoad | undefined)[] = [];
          const open = new OpenWaves(64, loads, settings);
          for (const p of placements) {
            const load = (loads[p.wave] ??= { production: undefined, count: 0, effort: 0 });
            load.production ??= p.production;
            load.count += p.size;
            open.placed(p.wave);
          }
          for (const q of queries) expect(open.next(q.from, q.production, q.need)).toBe(naive(loads, max, q.from, q.production, q.need));
        },
      ),
    );
  });
});
