import { describe, expect, it } from 'vitest';
import { DependencySchema } from '../../../../shared/domain/dependency.js';
import { WorkloadSchema } from '../../../../shared/domain/workload.js';
import { generateSyntheticEstate } from '../../../../shared/synthetic/generate-estate.js';

describe('synthetic estates', () => {
  it('are deterministic for a seed and differ between seeds', () => {
    const a = generateSyntheticEstate({ workloads: 300, dependencies: 1200, seed: 7 });
    expect(generateSyntheticEstate({ workloads: 300, dependencies: 1200, seed: 7 })).toEqual(a);
    expect(generateSyntheticEstate({ workloads: 300, dependencies: 1200, seed: 8 })).not.toEqual(a);
  });

  it('reach 10,000 workloads and 50,000 valid, distinct dependencies', () => {
    const { workloads, dependencies } = generateSyntheticEstate({ workloads: 10_000, dependencies: 50_000 });
    expect(workloads).toHaveLength(10_000);
    expect(dependencies).toHaveLength(50_000);
    expect(new Set(dependencies.map((d) => `${d.consumerId}>${d.providerId}`)).size).toBe(50_000);
    for (const w of workloads.slice(0, 200)) WorkloadSchema.parse(w);
    for (const d of dependencies.slice(0, 200)) DependencySchema.parse(d);
  });
});
