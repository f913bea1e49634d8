import { describe, expect, it } from 'vitest';
import { costGroups } from '../../../../shared/costs/cost-groups.js';
import { NO_WAVE, PRICINGS, SIZE_SOURCES, STRIDE, tableOf } from '../../../../shared/costs/cost-table.js';
import { costWorkloads, type WorkloadCost } from '../../../../shared/costs/costs.js';
import { blankEffort, effortTerms } from '../../../../shared/costs/effort.js';
import { blankRunRate, runRateAfter, type RunRateContext } from '../../../../shared/costs/run-rate.js';
import { totalsBy } from '../../../../shared/costs/totals.js';
import { TIERS } from '../../../../shared/domain/enums.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import { EstateReport } from '../../../../shared/report/estate-report.js';
import { healthcareSampleEstate } from '../../../../shared/sample/healthcare-estate.js';
import { generateRealisticEstate } from '../../../../shared/synthetic/realistic-estate.js';
import { workload } from '../estate-builders.js';
import { card } from './round-card.js';

// The cost stage sums a table of figures by estate position and makes each workload's
// cost object (with its terms) only when a view reads it: the objects, the table and the
// sums must say the same, figure for figure.

const reports = [
  ['the sample', new EstateReport({ ...healthcareSampleEstate(), ...DEFAULT_ESTATE_SETTINGS })],
  ['a realistic 2,000-workload estate', new EstateReport({ ...generateRealisticEstate({ workloads: 2_000 }), ...DEFAULT_ESTATE_SETTINGS })],
] as const;

describe.each(reports)('the cost table of %s', (_, report) => {
  const stage = report.costs;

  it('holds every figure of every workload’s object, in estate order', () => {
    const costs = stage.costs;
    expect(costs.map((c) => c.workloadId)).toEqual(report.input.workloads.map((w) => w.id));
    // The table made back from the objects is the table the stage summed.
    const again = tableOf(costs);
    expect(Array.from(again.figures)).toEqual(Array.from(stage.table.figures));
    expect(Array.from(again.wave)).toEqual(Array.from(stage.table.wave));
    expect(Array.from(again.pricing)).toEqual(Array.from(stage.table.pricing));
    expect(Array.from(again.sizeSource)).toEqual(Array.from(stage.table.sizeSource));
    expect(Array.from(again.moving)).toEqual(Array.from(stage.table.moving));
    expect(Array.from(again.tier)).toEqual(Array.from(stage.table.tier));
    expect(stage.table.figures.length).toBe(costs.length * STRIDE);
  });

  it('makes the objects once: every read gets the same array, and the lookup by id the same objects', () => {
    expect(stage.costs).toBe(stage.costs);
    for (const c of stage.costs) expect(stage.byId.get(c.workloadId)).toBe(c);
  });

  it('sums each wave as adding the objects up does, waves in the order first met', () => {
    const fromObjects = totalsBy(stage.costs, (c) => c.wave ?? undefined);
    expect([...stage.byWave.keys()]).toEqual([...fromObjects.keys()]);
    expect(stage.byWave).toEqual(fromObjects);
    expect(stage.byWave).toBe(stage.byWave);
  });

  it('gives each object the terms worked out afresh for it', () => {
    const planned = stage.costs.filter((c) => c.wave !== null);
    expect(planned.length).toBeGreaterThan(0);
    // No two objects share their terms (the costing reuses one set while it sums).
    expect(new Set(stage.costs.map((c) => c.run)).size).toBe(stage.costs.length);
    expect(new Set(stage.costs.map((c) => c.effortTerms)).size).toBe(stage.costs.length);
  });
});

describe('a table made from cost objects', () => {
  it('keeps an unrecorded current cost apart from 0, and no wave apart from every wave number', () => {
    const a = workload('a', { kind: 'application', strategy: 'rehost', vcpu: 2, memoryGb: 4, storageGb: 10, currentMonthlyCost: null });
    const b = workload('b', { kind: 'application', strategy: 'retire', currentMonthlyCost: 0 });
    const costs: WorkloadCost[] = costWorkloads(
      [a, b],
      [],
      () => 'multi-tenant',
      (id) => (id === 'a' ? { wave: 0, start: '2027-01-04', cutover: '2027-01-10' } : undefined),
      card,
    );
    const t = tableOf(costs);
    expect(Number.isNaN(t.figures[0])).toBe(true);
    expect(t.figures[STRIDE]).toBe(0);
    expect([t.wave[0], t.wave[1]]).toEqual([0, NO_WAVE]);
    expect([PRICINGS[t.pricing[0] as number], PRICINGS[t.pricing[1] as number]]).toEqual(['hosted', 'retired']);
    expect(SIZE_SOURCES[t.sizeSource[0] as number]).toBe('recorded');
    expect(t.objects()).toBe(costs);
  });
});

describe('cost groups', () => {
  it('groups dedicated workloads by system, tenant, tier and environment, and counts each system and tenant’s repurchased workloads', () => {
    const ws = [
      workload('p1', { system: 'ERP', tenant: 'H', environment: 'production' }),
      workload('p2', { system: 'ERP', tenant: 'H', environment: 'production' }),
      workload('t1', { system: 'ERP', tenant: 'H', environment: 'test' }),
      workload('c1', { system: 'ERP', tenant: 'C', environment: 'production', strategy: 'repurchase' }),
      workload('c2', { system: 'ERP', tenant: 'C', environment: 'production', strategy: 'repurchase' }),
    ];
    const tiers = ['dedicated-environment', 'dedicated-environment', 'dedicated-environment', 'multi-tenant', 'dedicated-database'] as const;
    const g = costGroups(ws, (i) => tiers[i] as (typeof tiers)[number]);
    expect(Array.from(g.tier, (code) => TIERS[code])).toEqual([...tiers]);
    expect(g.groupOf[0]).toBe(g.groupOf[1]);
    expect(g.groupOf[2]).not.toBe(g.groupOf[0]);
    expect(g.groupOf[3]).toBe(-1);
    expect([g.sizes[g.groupOf[0] as number], g.sizes[g.groupOf[2] as number], g.sizes[g.groupOf[4] as number]]).toEqual([2, 1, 1]);
    expect(g.pairOf[3]).toBe(g.pairOf[4]);
    expect(g.subscriptions[g.pairOf[3] as number]).toBe(2);
    expect(g.subscriptions[g.pairOf[0] as number]).toBe(0);
  });
});

describe('terms written into a set given', () => {
  it('are the terms made new, field for field and in the same order, whatever the set held before', () => {
    const ctx: RunRateContext = { tier: 'dedicated-database', groupSize: 3, subscriptionGroupSize: 1, medians: () => ({}) as ReturnType<RunRateContext['medians']> };
    const hosted = workload('h', { kind: 'database', strategy: 'rehost', vcpu: 8, memoryGb: 32, storageGb: 500, cpuUtilisationPct: 40, memoryUtilisationPct: 50 });
    const retired = workload('r', { kind: 'application', strategy: 'retire' });
    const reused = blankRunRate();
    const effort = blankEffort();
    for (const w of [hosted, retired, hosted, { ...retired, effortDays: 3 }]) {
      const fresh = runRateAfter(w, ctx, card);
      const into = runRateAfter(w, ctx, card, reused);
      expect(into).toBe(reused);
      expect(JSON.stringify(into)).toBe(JSON.stringify(fresh));
      expect(JSON.stringify(effortTerms(w, 2, card, effort))).toBe(JSON.stringify(effortTerms(w, 2, card)));
    }
  });
});
