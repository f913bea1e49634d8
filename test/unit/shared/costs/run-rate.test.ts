import { describe, expect, it } from 'vitest';
import { costWorkloads, type WorkloadCost } from '../../../../shared/costs/costs.js';
import { explainCost } from '../../../../shared/costs/explain.js';
import { rightSized } from '../../../../shared/costs/run-rate.js';
import type { Tier } from '../../../../shared/domain/enums.js';
import type { Workload } from '../../../../shared/domain/workload.js';
import { workload } from '../estate-builders.js';
import { card } from './round-card.js';

// The run rate after, per strategy, on the round card: each test turns on its term.
const app = workload('app', { name: 'Odoo web', kind: 'application', strategy: 'rehost', vcpu: 4, memoryGb: 16, storageGb: 100, currentMonthlyCost: 300, system: 'ERP' });
const cost = (ws: Workload[], tier: Tier | ((id: string) => Tier) = 'multi-tenant', over = {}) =>
  costWorkloads(ws, [], typeof tier === 'string' ? () => tier : tier, () => undefined, { ...card, ...over });
const first = (costs: WorkloadCost[]) => costs[0] as WorkloadCost;

describe('run rate after: hosted (rehost, replatform, refactor)', () => {
  it('prices compute, storage and the platform share, with the non-production discount', () => {
    // 4 × 10 + 16 × 1 + 100 × 0.1 + 50 = 116; staging at half.
    expect(first(cost([app])).runAfter).toBe(116);
    expect(first(cost([{ ...app, environment: 'staging' }])).runAfter).toBe(58);
  });

  it('charges a dedicated tier the platform share plus its premium shared in its group, so isolation never costs less than multi-tenant', () => {
    const db = { ...app, id: 'db', kind: 'database' as const };
    const mt = cost([app, db]).map((c) => c.runAfter);
    const dedicated = cost([app, db], 'dedicated-database').map((c) => c.runAfter);
    // 400 shared by the two workloads of ERP in production: 200 each on top.
    expect(dedicated).toEqual(mt.map((x) => x + 200));
    expect(first(cost([app], 'dedicated-environment')).runAfter).toBe(116 + 1000);
    expect(explainCost(app, first(cost([app, db], 'dedicated-database')), 'runAfter', card)).toContain(
      '€200 isolation premium (the dedicated database premium shared by 2 workloads of ERP in production: what it costs over multi-tenant)',
    );
  });

  it('right-sizes vCPU and memory from the measured peak plus headroom, in whole units, up as well as down', () => {
    expect(rightSized(16, 35, 0.3)).toBe(8); // 16 × 0.35 × 1.3 = 7.28 → 8
    expect(rightSized(4, 90, 0.3)).toBe(5); // 4.68 → 5: a box at 90% is undersized
    expect(rightSized(2, 1, 0.3)).toBe(1);
    expect(rightSized(16, null, 0.3)).toBe(16);
    // 4 vCPU at 40% × 1.25 = 2; 16 GB at 50% × 1.25 = 10: 2 × 10 + 10 + 10 + 50 = 90.
    const c = first(cost([{ ...app, cpuUtilisationPct: 40, memoryUtilisationPct: 50 }]));
    expect(c.run).toMatchObject({ vcpu: 2, memoryGb: 10, sizeSource: 'measured' });
    expect(c.runAfter).toBe(90);
  });

  it('takes the commitment discount off the committed share of production compute only', () => {
    // Compute 56; 3 years at 40% off 50% of it = 11.2.
    const over = { commitmentTerm: 3, commitment3YearDiscount: 0.4, committedShare: 0.5 };
    expect(first(cost([app], 'multi-tenant', over)).run.commitment).toBe(11.2);
    expect(first(cost([app], 'multi-tenant', over)).runAfter).toBe(116 - 11.2);
    expect(first(cost([{ ...app, environment: 'test' }], 'multi-tenant', over)).run.commitment).toBe(0);
    expect(first(cost([app], 'multi-tenant', { ...over, commitmentTerm: 0 })).run.commitment).toBe(0);
  });

  it('charges a licence per vCPU when included or not recorded, nothing when brought along or open source', () => {
    const over = { licencePerVcpuMonth: 15 };
    expect(first(cost([app], 'multi-tenant', over)).run.licence).toBe(60);
    expect(first(cost([{ ...app, licensing: 'included' }], 'multi-tenant', over)).runAfter).toBe(176);
    expect(first(cost([{ ...app, licensing: 'byol' }], 'multi-tenant', over)).run.licence).toBe(0);
    expect(first(cost([{ ...app, licensing: 'open-source' }], 'multi-tenant', over)).run.licence).toBe(0);
  });

  it('adds the provider’s support as a share of hosting and licences', () => {
    expect(first(cost([app], 'multi-tenant', { supportShare: 0.1 }))).toMatchObject({ runAfter: 127.6, run: { support: 11.6 } });
  });

  it('prices a missing size at its kind’s median, with a wide range', () => {
    const other = { ...app, id: 'b', vcpu: 8, memoryGb: 32, storageGb: 300 };
    const third = { ...app, id: 'c', vcpu: 2, memoryGb: 8, storageGb: 100 };
    const blank = { ...app, id: 'x', vcpu: null, memoryGb: null, storageGb: null };
    const c = cost([app, other, third, blank])[3] as WorkloadCost;
    // Medians: 4 vCPU, 16 GB, 100 GB: priced as app, at 116, the sized part (66) × 0.5 to × 2.
    expect(c.run.sizeSource).toBe('imputed');
    expect([c.runAfterLow, c.runAfter, c.runAfterHigh]).toEqual([116 - 33, 116, 116 + 66]);
  });
});

describe('run rate after: the other strategies', () => {
  it('prices repurchase as a subscription per system and tenant, shared by its repurchased workloads', () => {
    const saas = { ...app, strategy: 'repurchase' as const, system: 'Booking', tenant: 'Clinics', users: 9000 };
    const costs = cost([saas, { ...saas, id: 'saas-api' }, { ...saas, id: 'other', tenant: 'Hospital' }], 'dedicated-environment');
    expect(costs.map((c) => c.runAfter)).toEqual([150, 150, 300]);
    expect(first(costs).run).toMatchObject({ pricing: 'subscription', licence: 0, support: 0, isolationPremium: 0 });
    expect(explainCost(saas, first(costs), 'runAfter', card)).toBe(
      "Repurchased as a subscription: €300 a month for Booking for Clinics ÷ 2 repurchased workloads sharing it = €150 a month; no hosting, licence or support on top (the vendor's price includes them). Range €135 to €188 (subscription before the vendor’s quote).",
    );
  });

  it('prices repurchase per user when the card says so', () => {
    const saas = { ...app, strategy: 'repurchase' as const, users: 160 };
    expect(first(cost([saas], 'multi-tenant', { saasPricing: 'per-user' })).runAfter).toBe(320);
  });

  it('keeps a retained workload at its current cost and a retired one at nothing, decommissioned for the retire factor’s effort', () => {
    expect(first(cost([{ ...app, strategy: 'retain' }])).runAfter).toBe(300);
    const retired = first(cost([{ ...app, strategy: 'retire' }], 'multi-tenant', { rehearsalShare: 0.5, toolsPerWorkload: 100, hypercareWeeks: 2, hypercareDaysPerWeek: 1 }));
    // 4 days × 0.3 = 1.2 days of decommissioning; no rehearsal, hypercare or tools.
    expect(retired).toMatchObject({ moving: false, runAfter: 0, effortDays: 1.2, effort: 1200, rehearsal: 0, hypercare: 0, tools: 0, oneTime: 1200, run: { pricing: 'retired' } });
  });
});
