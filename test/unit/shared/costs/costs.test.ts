import { describe, expect, it } from 'vitest';
import { costWorkloads, type WaveDates, type WorkloadCost } from '../../../../shared/costs/costs.js';
import { explainCost, explainTotal } from '../../../../shared/costs/explain.js';
import { formatMoney, formatRate } from '../../../../shared/costs/money.js';
import { totalsBy } from '../../../../shared/costs/totals.js';
import { workload } from '../estate-builders.js';
import { card } from './round-card.js';

const app = workload('app', { name: 'Odoo web', kind: 'application', strategy: 'rehost', vcpu: 4, memoryGb: 16, storageGb: 100, currentMonthlyCost: 300, system: 'ERP' });
const db = workload('db', { name: 'PostgreSQL', kind: 'database', strategy: 'replatform', vcpu: 8, memoryGb: 32, storageGb: 1000, databaseGb: 500, currentMonthlyCost: 900, system: 'ERP' });
const wave1: WaveDates = { wave: 1, start: '2027-01-04', cutover: '2027-01-17' };
const one = (costs: WorkloadCost[], id: string) => costs.find((c) => c.workloadId === id) as WorkloadCost;

describe('one-time and dual-running costs', () => {
  it('adds rehearsal, hypercare, tools and contingency (not on tools) to the effort, each part on its own', () => {
    const withExtras = { ...card, rehearsalShare: 0.5, hypercareWeeks: 2, hypercareDaysPerWeek: 1, contingency: 0.1, toolsPerWorkload: 150 };
    const c = one(
      costWorkloads(
        [app],
        [],
        () => 'multi-tenant',
        () => undefined,
        withExtras,
      ),
      'app',
    );
    // 4 days × 1,000 effort, half of it again for rehearsal, 2 hypercare days, 150 tools, 10% on the first three.
    expect([c.effort, c.rehearsal, c.hypercare, c.tools, c.contingency, c.oneTime]).toEqual([4000, 2000, 2000, 150, 800, 8950]);
    // Estimated effort: effort and rehearsal × 0.8 to × 1.5, with their contingency.
    // (6,000 × 0.8 + 2,000) × 1.1 + 150 and (6,000 × 1.5 + 2,000) × 1.1 + 150.
    expect([c.oneTimeLow, c.oneTimeHigh]).toEqual([7630, 12250]);
    expect(explainCost(app, c, 'oneTime', withExtras)).toBe(
      '€4,000 effort + €2,000 rehearsal + €2,000 hypercare + €150 tools + €800 contingency = €8,950. Range €7,630 to €12,250: effort and rehearsal × 0.8 to × 1.5 (effort estimated from its drivers).',
    );
    // Recorded effort is surer: × 0.9 to × 1.2.
    const recorded = one(
      costWorkloads(
        [{ ...app, effortDays: 4 }],
        [],
        () => 'multi-tenant',
        () => undefined,
        withExtras,
      ),
      'app',
    );
    // (5,400 + 2,000) × 1.1 + 150 and (7,200 + 2,000) × 1.1 + 150.
    expect([recorded.oneTimeLow, recorded.oneTimeHigh]).toEqual([8290, 10270]);
  });

  it('prices the overlap: the new hosting from wave start to cutover, the old one through the parallel run', () => {
    const c = one(
      costWorkloads(
        [app],
        [],
        () => 'multi-tenant',
        () => wave1,
        { ...card, parallelRunWeeks: 2 },
      ),
      'app',
    );
    expect(c.overlapDays).toBe(13);
    expect(c.dualRunning).toBeCloseTo((116 * 13) / 30.4 + (300 * 14) / 30.4, 2);
    // Sizes recorded, use not measured: the new hosting's sized part (66) × 0.7 to × 1.1.
    expect(c.dualRunningLow).toBeCloseTo(((116 - 66 * 0.3) * 13) / 30.4 + (300 * 14) / 30.4, 2);
    expect(
      one(
        costWorkloads(
          [{ ...app, strategy: 'retire' }],
          [],
          () => 'multi-tenant',
          () => wave1,
          card,
        ),
        'app',
      ),
    ).toMatchObject({ dualRunning: 0, runAfter: 0 });
  });

  it('sums per wave and explains a total by its largest parts', () => {
    const costs = costWorkloads(
      [app, db],
      [],
      () => 'multi-tenant',
      () => wave1,
      card,
    );
    const wave = totalsBy(costs, (c) => c.wave ?? undefined).get(1);
    // Effort: 4 days for the application; 5 × 1.5 + 1 per 500 GB = 8.5 for the database.
    expect(wave).toMatchObject({ workloads: 2, runBefore: 1200, runBeforeKnown: 2, effort: 4000 + 8500, runAfter: 116 + 80 + 32 + 100 + 50 });
    expect(explainTotal('wave 1', 'effort', costs, (id) => (id === 'db' ? 'PostgreSQL' : 'Odoo web'), card)).toBe(
      'Migration effort of wave 1: the sum over its 2 workloads = €12,500. Largest: PostgreSQL €8,500, Odoo web €4,000.',
    );
  });

  it('prices object storage and backup workloads’ storage at the object storage rate, without backup on top', () => {
    const bucket = workload('s3', { kind: 'object-storage', strategy: 'replatform', vcpu: 0, memoryGb: 0, storageGb: 6000 });
    expect(
      one(
        costWorkloads(
          [bucket],
          [],
          () => 'multi-tenant',
          () => undefined,
          card,
        ),
        's3',
      ).run.storage,
    ).toBe(60);
  });

  it('formats money the way its currency is written, and small rates with their cents', () => {
    expect(formatMoney(1234.5, 'EUR')).toBe('€1,235');
    expect(formatMoney(1234.5, 'GBP')).toBe('£1,235');
    expect(formatMoney(1234.5, 'JPY')).toBe('¥1,235');
    expect(formatMoney(1234.5, 'ZZZ')).toMatch(/ZZZ\s?1,235/);
    expect(formatRate(0.08, 'EUR')).toBe('€0.08');
    expect(formatRate(22, 'EUR')).toBe('€22');
  });
});
