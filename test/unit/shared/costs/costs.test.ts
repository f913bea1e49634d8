import { describe, expect, it } from 'vitest';
import { costWorkloads, effortDaysFor, totalsBy, type WaveDates, type WorkloadCost } from '../../../../shared/costs/costs.js';
import { explainCost, explainTotal } from '../../../../shared/costs/explain.js';
import { formatMoney } from '../../../../shared/costs/money.js';
import { DEFAULT_RATE_CARD, type RateCard } from '../../../../shared/costs/rate-card.js';
import { spendOverTime } from '../../../../shared/costs/spend.js';
import type { Tier } from '../../../../shared/domain/enums.js';
import { workload } from '../estate-builders.js';

// A card with round numbers, so each expected figure can be worked out by hand.
const card: RateCard = {
  ...DEFAULT_RATE_CARD,
  vcpuMonth: 10,
  memoryGbMonth: 1,
  storageGbMonth: 0.1,
  backupGbMonth: 0,
  platformShareMonth: 50,
  dedicatedDatabaseBaseMonth: 400,
  dedicatedEnvironmentBaseMonth: 1000,
  nonProductionDiscount: 0.5,
  effortDayRate: 1000,
  rehearsalShare: 0,
  hypercareWeeks: 0,
  contingency: 0,
  parallelRunWeeks: 0,
};
const app = workload('app', { name: 'Odoo web', kind: 'application', strategy: 'rehost', vcpu: 4, memoryGb: 16, storageGb: 100, currentMonthlyCost: 300, system: 'ERP' });
const db = workload('db', { name: 'PostgreSQL', kind: 'database', strategy: 'replatform', vcpu: 8, memoryGb: 32, storageGb: 1000, databaseGb: 500, currentMonthlyCost: 900, system: 'ERP' });
const wave1: WaveDates = { wave: 1, start: '2027-01-04', cutover: '2027-01-17' };
const one = (costs: WorkloadCost[], id: string) => costs.find((c) => c.workloadId === id) as WorkloadCost;

describe('costs', () => {
  it('estimates effort from kind, strategy and data size, or takes the recorded figure', () => {
    // 5 days for a database × 1.5 for replatform + 1 day per 500 GB.
    expect(effortDaysFor(db, card)).toBe(8.5);
    expect(effortDaysFor({ ...app, effortDays: 12 }, card)).toBe(12);
    const c = one(
      costWorkloads(
        [db],
        () => 'dedicated-database',
        () => undefined,
        card,
      ),
      'db',
    );
    expect(c.effort).toBe(8500);
    expect(explainCost(db, c, 'effort', card)).toBe('5 days for a database × 1.5 for replatform + 1 per 500 GB of its 500 GB = 8.5 days × €1,000 a day = €8,500.');
  });

  it('prices the run rate after by resources and tier, sharing a dedicated base fee in its group, with the non-production discount', () => {
    const tiers: Record<string, Tier> = { app: 'multi-tenant', db: 'dedicated-database', stg: 'dedicated-database' };
    const stg = { ...db, id: 'stg', environment: 'staging' as const };
    const costs = costWorkloads(
      [app, db, stg],
      (id) => tiers[id] as Tier,
      () => undefined,
      card,
    );
    expect(one(costs, 'app').runAfter).toBe(40 + 16 + 10 + 50);
    // db and stg are in different environments: each pays the whole base fee.
    expect(one(costs, 'db').runAfter).toBe(80 + 32 + 100 + 400);
    expect(one(costs, 'stg').runAfter).toBe((80 + 32 + 100 + 400) * 0.5);
    const shared = costWorkloads(
      [db, { ...db, id: 'db2' }],
      () => 'dedicated-environment',
      () => undefined,
      card,
    );
    expect(one(shared, 'db').runAfter).toBe(212 + 500);
    expect(explainCost(db, one(shared, 'db'), 'runAfter', card)).toBe(
      '(8 vCPU × €10 + 32 GB memory × €1 + 1,000 GB storage and backup × 0.1 = €212) + €500 share of the dedicated environment base fee (shared by 2 workloads of ERP in production) = €712 a month.',
    );
  });

  it('adds rehearsal, hypercare and contingency to the one-time cost, each part on its own', () => {
    const withExtras = { ...card, rehearsalShare: 0.5, hypercareWeeks: 2, hypercareDaysPerWeek: 1, contingency: 0.1 };
    const c = one(
      costWorkloads(
        [app],
        () => 'multi-tenant',
        () => undefined,
        withExtras,
      ),
      'app',
    );
    // 4 days × 1,000 effort, half of it again for rehearsal, 2 hypercare days, 10% on top.
    expect([c.effort, c.rehearsal, c.hypercare, c.contingency, c.oneTime]).toEqual([4000, 2000, 2000, 800, 8800]);
  });

  it('prices the overlap: the new hosting from wave start to cutover, the old one through the parallel run', () => {
    const c = one(
      costWorkloads(
        [app],
        () => 'multi-tenant',
        () => wave1,
        { ...card, parallelRunWeeks: 2 },
      ),
      'app',
    );
    expect(c.overlapDays).toBe(13);
    expect(c.dualRunning).toBeCloseTo((116 * 13) / 30.4 + (300 * 14) / 30.4, 2);
    expect(
      one(
        costWorkloads(
          [{ ...app, strategy: 'retire' }],
          () => 'multi-tenant',
          () => wave1,
          card,
        ),
        'app',
      ),
    ).toMatchObject({ oneTime: 0, dualRunning: 0, runAfter: 0 });
  });

  it('sums per wave and explains a total by its largest parts', () => {
    const costs = costWorkloads(
      [app, db],
      () => 'multi-tenant',
      () => wave1,
      card,
    );
    const wave = totalsBy(costs, (c) => c.wave ?? undefined).get(1);
    expect(wave).toMatchObject({ workloads: 2, runBefore: 1200, runBeforeKnown: 2, effort: 4000 + 8500 });
    expect(explainTotal('wave 1', 'effort', costs, (id) => (id === 'db' ? 'PostgreSQL' : 'Odoo web'), card)).toBe(
      'Migration effort of wave 1: the sum over its 2 workloads = €12,500. Largest: PostgreSQL €8,500, Odoo web €4,000.',
    );
  });

  it('spends month by month and finds the payback month, counting only workloads with a current cost', () => {
    const cheap = { ...app, currentMonthlyCost: 1000 };
    const unknown = { ...db, currentMonthlyCost: null };
    const costs = costWorkloads(
      [cheap, unknown],
      () => 'multi-tenant',
      () => wave1,
      card,
    );
    const { months, paybackMonth, counted, leftOut } = spendOverTime(costs, new Map([[1, wave1]]));
    expect([counted, leftOut]).toEqual([1, 1]);
    expect(months[0]).toMatchObject({ month: '2027-01', stayingPut: 1000 });
    expect(months[0]?.withPlan).toBeCloseTo(1000 + 4000 + (116 * 13) / 30.4, 2);
    expect(months[1]?.withPlan).toBe(116);
    // 116 a month instead of 1,000 earns back the ~4,050 one-time spend in the fifth month after.
    expect(paybackMonth).toBe('2027-06');
    expect(months.at(-1)?.month).toBe('2028-01');
  });

  it('formats money the way its currency is written', () => {
    expect(formatMoney(1234.5, 'EUR')).toBe('€1,235');
    expect(formatMoney(1234.5, 'GBP')).toBe('£1,235');
    expect(formatMoney(1234.5, 'JPY')).toBe('¥1,235');
    expect(formatMoney(1234.5, 'ZZZ')).toMatch(/ZZZ\s?1,235/);
  });
});
