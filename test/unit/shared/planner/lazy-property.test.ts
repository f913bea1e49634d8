import { describe, expect, it } from 'vitest';
import { analyseEstate } from '../../../../shared/findings/analyse.js';
import { defineLazy } from '../../../../shared/planner/lazy-property.js';
import { planWaves } from '../../../../shared/planner/plan-waves.js';
import { DEFAULT_PLAN_SETTINGS } from '../../../../shared/planner/settings.js';
import { generateRealisticEstate } from '../../../../shared/synthetic/realistic-estate.js';

// The plan's hybrid links and its map of waves are made when first read: every way a
// reader has of taking the plan (reading, a spread, JSON, a structured clone as
// postMessage makes) must see them as values, in their place among the keys.

describe('a lazy property', () => {
  it('is made once, when first read, keeps its place among the keys, and can be written', () => {
    let made = 0;
    const target = { a: 1, b: [] as number[], c: 3 };
    defineLazy(target, 'b', () => {
      made++;
      return [7];
    });
    expect(made).toBe(0);
    expect(Object.keys(target)).toEqual(['a', 'b', 'c']);
    expect(target.b).toEqual([7]);
    expect(target.b).toBe(target.b);
    expect(made).toBe(1);
    expect(JSON.stringify(target)).toBe('{"a":1,"b":[7],"c":3}');
    const other = { a: 1, b: [] as number[] };
    defineLazy(other, 'b', () => [1]);
    other.b = [2];
    expect(other.b).toEqual([2]);
  });

  it('is read like a value by a spread, JSON and a structured clone', () => {
    const fresh = () => {
      const target = { list: [] as string[] };
      defineLazy(target, 'list', () => ['x']);
      return target;
    };
    expect({ ...fresh() }).toEqual({ list: ['x'] });
    expect(JSON.parse(JSON.stringify(fresh()))).toEqual({ list: ['x'] });
    expect(structuredClone(fresh())).toEqual({ list: ['x'] });
  });
});

describe('a plan read after a structured clone', () => {
  it('has the same hybrid links (one object per link, in both its waves) and the same map of waves', () => {
    const estate = generateRealisticEstate({ workloads: 300, seed: 5 });
    const analysis = analyseEstate(estate);
    const plan = () => planWaves({ ...estate, settings: DEFAULT_PLAN_SETTINGS, cycles: analysis.cycles, levelOf: (id) => analysis.sensitivity.levelOf(id), index: analysis.index });
    const cloned = structuredClone(plan());
    const read = plan();
    expect(cloned.waveOf).toEqual(read.waveOf);
    expect([...cloned.waveOf.keys()]).toEqual([...read.waveOf.keys()]);
    expect(cloned.waves).toEqual(read.waves);
    const links = read.waves.flatMap((w) => w.hybridLinks);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(read.waves.find((w) => w.number === link.opensInWave)?.hybridLinks).toContain(link);
      if (link.closesInWave !== null) {
        const closing = read.waves.find((w) => w.number === link.closesInWave);
        expect(closing?.hybridLinks).toContain(link);
      }
    }
    for (const w of read.waves) for (const id of w.cutoverOrder) expect(read.waveOf.get(id)).toBe(w.number);
  });
});
