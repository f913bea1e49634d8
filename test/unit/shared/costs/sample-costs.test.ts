import { describe, expect, it } from 'vitest';
import { costWorkloads, linkCounts, type WorkloadCost } from '../../../../shared/costs/costs.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import { EstateReport } from '../../../../shared/report/estate-report.js';
import { healthcareSampleEstate } from '../../../../shared/sample/healthcare-estate.js';

// The sample's costs on the default card, worked out by hand from docs/domain-rules.md,
// "Costs": what an Odoo practitioner and a CFO would check first.
const estate = healthcareSampleEstate();
const report = new EstateReport({ ...estate, ...DEFAULT_ESTATE_SETTINGS });
const costs = report.costs;
const of = (id: string) => costs.byId.get(id) as WorkloadCost;

describe('the sample estate’s costs', () => {
  it('gives the heavily customized hospital Odoo web, with 1,400 users and 10 links, 24.2 days: far more than a 60 GB staging database', () => {
    const index = report.analysis.index;
    expect(linkCounts(index)[index.indexOf.get('hosp-odoo-web') as number]).toBe(10);
    // 4 days × 1.5 replatform × 2.5 heavily customized = 15, + 1,400 × 3 / 1,000 = 4.2, + 10 × 0.5 = 5.
    expect(of('hosp-odoo-web')).toMatchObject({ effortDays: 24.2, effort: 21_780, rehearsal: 5_445, hypercare: 900, tools: 150, contingency: 4_218.75, oneTime: 32_493.75 });
    // (5 × 1.5 + 1 link × 0.5 + 60 / 500) × 0.5 for staging = 4.06 days.
    expect(of('clin-pg-staging').effortDays).toBe(4.06);
  });

  it('right-sizes the hospital Odoo web from its measured peaks and charges its dedicated environment’s premium', () => {
    // 16 vCPU at 35% × 1.3 = 7.28 → 8; 64 GB at 55% × 1.3 = 45.76 → 46 GB.
    // Compute 8 × 22 + 46 × 3 = 314, less 1-year commitment 314 × 0.7 × 0.2 = 43.96; storage 200 × 0.17 = 34;
    // platform 90; premium 1,600 shared by the 5 Odoo ERP production workloads on it = 320; open source: no licence.
    // Hosting 714.04, + 10% support 71.40 = 785.44 a month, against 4,200 today.
    expect(of('hosp-odoo-web').run).toMatchObject({ vcpu: 8, memoryGb: 46, compute: 314, commitment: 43.96, storage: 34, isolationPremium: 320, licence: 0, support: 71.4 });
    expect(of('hosp-odoo-web').runAfter).toBe(785.44);
  });

  it('prices the clinics’ booking as a subscription, not as hosting', () => {
    // One subscription for Scheduling at Meridian Clinics: 450 a month against 350 today, whatever its tier.
    expect(of('clin-booking')).toMatchObject({ runBefore: 350, runAfter: 450, run: { pricing: 'subscription', isolationPremium: 0, support: 0 } });
    // 4 × 1.2 repurchase + 10 (9,000 users, capped) + 2 links × 0.5 + 18 / 500 = 15.84 days.
    expect(of('clin-booking').effortDays).toBe(15.84);
  });

  it('makes putting the clinics on dedicated databases dearer by the premiums it adds, never cheaper', () => {
    const clinics = new Set(estate.workloads.filter((w) => w.tenant === 'Meridian Clinics').map((w) => w.id));
    const tierOf = report.analysis.tierOf;
    const run = (dedicated: boolean) =>
      costWorkloads(
        estate.workloads,
        estate.dependencies,
        (id) => (dedicated && clinics.has(id) ? 'dedicated-database' : tierOf(id)),
        () => undefined,
        DEFAULT_ESTATE_SETTINGS.rateCard,
      ).reduce((s, c) => s + c.runAfter, 0);
    // Odoo ERP production already pays one premium (web and workers); its pg and redis join it at no more.
    // New premiums: Edge ingress production 450, Odoo ERP staging 450 × 0.6 = 270, development 270: 990, + 10% support.
    expect(run(true) - run(false)).toBeCloseTo(1_089, 1);
  });

  it('adds the business case lines: landing zone, three sites connected and one kept, egress on three links', () => {
    const line = (id: string) => costs.lines.find((l) => l.id === id);
    expect(line('landingZone')).toMatchObject({ oneTime: 60_000, monthlyAfter: 2_500 });
    // St. Brigid's data centre, the secondary site and the clinics' cluster; the EHR stays at St. Brigid's.
    expect(line('connectivity')).toMatchObject({ count: 3, oneTime: 18_000, monthlyDuring: 2_700, countAfter: 1, monthlyAfter: 900 });
    // HL7 engine → EHR, payroll connector → payroll bureau, payment connector → PSP: 3 × 50 GB × 0.08.
    expect(line('egress')).toMatchObject({ count: 3, monthlyAfter: 12 });
  });

  it('states every headline as a range, the one-time as the sum of its parts, and the data it rests on', () => {
    const { headlines: h, planned, retired } = costs;
    expect(h.oneTime.likely).toBeCloseTo(planned.oneTime + retired.oneTime + 60_000 + 18_000, 2);
    expect(h.runAfter.likely).toBeCloseTo(planned.runAfter + 2_500 + 900 + 12, 2);
    for (const r of [h.oneTime, h.runAfter, h.dualRunning]) expect(r.low <= r.likely && r.likely <= r.high).toBe(true);
    // The fax gateway is retired: 4 × 0.3 + 1 link × 0.5 = 1.7 days of decommissioning × 900, + 15% contingency; it saves 180 a month.
    expect(retired).toMatchObject({ workloads: 1, runBefore: 180, oneTime: 1_759.5 });
    expect(h.runBefore).toBe(planned.runBefore + 180);
    expect(costs.completeness).toMatchObject({ currentCost: { known: 42, of: 42 }, sizes: { known: 37, of: 39 }, utilisation: { known: 7, of: 39 }, effort: { known: 0, of: 42 } });
    // Earliest payback comes no later than the likely one, the likely no later than the latest.
    const order = (m: string | null) => m ?? '9999-99';
    expect(order(h.payback.low) <= order(h.payback.likely) && order(h.payback.likely) <= order(h.payback.high)).toBe(true);
  });
});
