import { describe, expect, it } from 'vitest';
import { estateLines } from '../../../../shared/costs/business-case.js';
import { costWorkloads, type WaveDates } from '../../../../shared/costs/costs.js';
import { indexEstate } from '../../../../shared/domain/estate-index.js';
import { explainLine } from '../../../../shared/costs/explain-case.js';
import { spendOverTime } from '../../../../shared/costs/spend.js';
import { dependency, workload } from '../estate-builders.js';
import { card } from './round-card.js';

// The estate's own lines: landing zone, connectivity, egress and tools, and how they and
// retired workloads enter the spend and the payback.
const wave1: WaveDates = { wave: 1, start: '2027-01-04', cutover: '2027-01-17' };
const dc = "St. Brigid's data centre";
const web = workload('web', { strategy: 'rehost', vcpu: 4, memoryGb: 16, storageGb: 100, currentMonthlyCost: 1000, currentHosting: dc });
const colo = workload('colo', { strategy: 'rehost', vcpu: 1, memoryGb: 1, storageGb: 0, currentMonthlyCost: 100, currentHosting: 'Colocation' });
const ehr = workload('ehr', { strategy: 'retain', currentMonthlyCost: 5000, currentHosting: dc });
const fax = workload('fax', { strategy: 'retire', kind: 'integration', currentMonthlyCost: 200, currentHosting: dc });
const saas = workload('saas', { strategy: 'repurchase', currentMonthlyCost: 350, currentHosting: 'Colocation' });
const workloads = [web, colo, ehr, fax, saas];
const deps = [dependency('web', 'ehr'), dependency('ehr', 'saas'), dependency('web', 'colo'), dependency('fax', 'web')];
const rates = { ...card, landingZoneOneTime: 60_000, landingZoneMonth: 2_500, connectivityOneTime: 6_000, connectivityMonth: 900, egressGbMonthPerLink: 50, egressPerGb: 0.08, toolsMonth: 800 };
const inWave = (id: string) => (id === 'ehr' || id === 'fax' ? undefined : wave1);

describe('business case lines', () => {
  const costs = costWorkloads(workloads, deps, () => 'multi-tenant', inWave, rates);
  const lines = estateLines(
    workloads,
    indexEstate(
      workloads.map((w) => w.id),
      deps,
    ),
    costs,
    rates,
  );
  const line = (id: string) => lines.find((l) => l.id === id);

  it('builds the landing zone once and runs it monthly from the first wave on', () => {
    expect(line('landingZone')).toMatchObject({ oneTime: 60_000, monthlyDuring: 2_500, monthlyAfter: 2_500 });
  });

  it('connects every current site of hosted workloads, and keeps the link only where something stays', () => {
    // Two sites host moving workloads; only the data centre keeps the EHR.
    expect(line('connectivity')).toMatchObject({ count: 2, countAfter: 1, oneTime: 12_000, monthlyDuring: 1_800, monthlyAfter: 900 });
    expect(explainLine(line('connectivity')!, rates)).toContain('after the last cutover 1 site keeps one, where something stays = €900 a month');
  });

  it('charges egress on the links between what moves and what stays on premises', () => {
    // web → ehr and ehr → saas cross; web → colo moves together; fax is retired.
    expect(line('egress')).toMatchObject({ count: 2, monthlyAfter: 2 * 50 * 0.08 });
  });

  it('pays the programme’s tools while the plan runs', () => {
    expect(line('tools')).toMatchObject({ monthlyDuring: 800, monthlyAfter: 0 });
  });

  it('spends the lines and the retired workload’s savings in the months, and moves the payback with the scenario', () => {
    const likely = spendOverTime(costs, new Map([[1, wave1]]), lines);
    // Counted: web, colo and saas (moving), fax (retired); the retained EHR is in neither side.
    expect(likely.counted).toBe(4);
    const [jan, feb] = likely.months;
    expect(jan?.stayingPut).toBe(1650);
    // February: web 116, colo 61, saas 300; fax off (−200) after decommissioning 1.2 days; the lines after the plan: 2,500 + 900 + 8.
    expect(feb?.withPlan).toBeCloseTo(116 + 61 + 300 + 1200 + 2500 + 900 + 8, 2);
    const low = spendOverTime(costs, new Map([[1, wave1]]), lines, 'low');
    const high = spendOverTime(costs, new Map([[1, wave1]]), lines, 'high');
    expect((low.months[0]?.withPlan ?? 0) < (jan?.withPlan ?? 0)).toBe(true);
    expect((high.months[0]?.withPlan ?? 0) > (jan?.withPlan ?? 0)).toBe(true);
  });

  it('has no lines to build when nothing is hosted in a wave', () => {
    const none = costWorkloads(
      [ehr],
      [],
      () => 'multi-tenant',
      () => undefined,
      rates,
    );
    expect(estateLines([ehr], indexEstate(['ehr'], []), none, rates).every((l) => l.oneTime === 0 && l.monthlyAfter === 0)).toBe(true);
  });
});
