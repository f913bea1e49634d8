import { describe, expect, it } from 'vitest';
import { DependencySchema } from '../../../../shared/domain/dependency.js';
import { WorkloadSchema } from '../../../../shared/domain/workload.js';
import { analyseEstate } from '../../../../shared/findings/analyse.js';
import { generateRealisticEstate } from '../../../../shared/synthetic/realistic-estate.js';

describe('the realistic estate generator', () => {
  it('makes exactly the workloads asked for, the same each time, valid by the contract', () => {
    const a = generateRealisticEstate({ workloads: 500, seed: 3 });
    const b = generateRealisticEstate({ workloads: 500, seed: 3 });
    expect(a.workloads).toHaveLength(500);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    for (const w of a.workloads) expect(WorkloadSchema.safeParse(w).success, w.id).toBe(true);
    for (const d of a.dependencies) expect(DependencySchema.safeParse(d).success, d.id).toBe(true);
    const pairs = a.dependencies.map((d) => `${d.consumerId}>${d.providerId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('builds systems of 2 to 7 workloads per environment around shared platform services', () => {
    const { workloads } = generateRealisticEstate({ workloads: 3000, seed: 5 });
    const bySystemEnvironment = new Map<string, number>();
    for (const w of workloads) if (!w.system.startsWith('Platform')) bySystemEnvironment.set(`${w.system}|${w.environment}`, (bySystemEnvironment.get(`${w.system}|${w.environment}`) ?? 0) + 1);
    const sizes = [...bySystemEnvironment.values()].slice(0, -1); // the last one may be cut short by the count
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(7);
    for (const kind of ['identity', 'ingress', 'monitoring', 'backup'] as const)
      expect(
        workloads.some((w) => w.system.startsWith('Platform') && w.kind === kind),
        kind,
      ).toBe(true);
    expect(new Set(workloads.map((w) => w.environment))).toEqual(new Set(['production', 'staging', 'test', 'development', 'dr']));
  });

  it('is mostly acyclic: a few small loops, not one that swallows the estate (the old generator’s 9,952-workload cycle)', () => {
    const estate = generateRealisticEstate({ workloads: 10_000, seed: 7 });
    const { cycles } = analyseEstate(estate);
    expect(cycles.length).toBeGreaterThan(0);
    expect(Math.max(...cycles.map((c) => c.members.length))).toBeLessThanOrEqual(6);
  });

  it('links monitoring and logging to every workload, loosely', () => {
    const { workloads, dependencies } = generateRealisticEstate({ workloads: 400, seed: 9 });
    const monitoring = new Set(workloads.filter((w) => w.kind === 'monitoring').map((w) => w.id));
    const watched = new Set(dependencies.filter((d) => monitoring.has(d.consumerId) || monitoring.has(d.providerId)).flatMap((d) => [d.consumerId, d.providerId]));
    const systems = workloads.filter((w) => !w.system.startsWith('Platform'));
    expect(systems.every((w) => watched.has(w.id))).toBe(true);
    expect(dependencies.filter((d) => monitoring.has(d.consumerId) || monitoring.has(d.providerId)).every((d) => d.coupling === 'loose')).toBe(true);
  });
});
