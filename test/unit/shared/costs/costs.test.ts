import { describe, expect, it } from 'vitest';
import { costWorkloads, effortFor, spendOverTime, type WaveDates } from '../../../../shared/costs/costs.js';
import { formatMoney } from '../../../../shared/costs/money.js';
import { DEFAULT_RATE_CARD, type RateCard } from '../../../../shared/costs/rate-card.js';
import type { Tier } from '../../../../shared/domain/enums.js';
import { workload } from '../estate-builders.js';

// A card with round numbers, so each expected figure can be worked out by hand.
const card: RateCard = { ...DEFAULT_RATE_CARD, vcpuMonth: 10, memoryGbMonth: 1, storageGbMonth: 0.1, backupGbMonth: 0, platformShareMonth: 50, dedicatedDatabaseBaseMonth: 400, dedicatedEnvironmentBaseMonth: 1000, nonProductionDiscount: 0.5, effortDayRate: 1000, rehearsalShare: 0, hypercareWeeks: 0, contingency: 0, parallelRunWeeks: 0 };
const app = workload('app', { kind: 'application', strategy: 'rehost', vcpu: 4, memoryGb: 16, storageGb: 100, currentMonthlyCost: 300, system: 'ERP' });
const db = workload('db', { kind: 'database', strategy: 'replatform', vcpu: 8, memoryGb: 32, storageGb: 1000, databaseGb: 500, currentMonthlyCost: 900, system: 'ERP' });
const wave1: WaveDates = { wave: 1, start: '2027-01-04', cutover: '2027-01-17' };

describe('costs', () => {
  it('estimates effort from kind, strategy and data size, or takes the recorded figure', () => {
    expect(effortFor(db, card)).toEqual({ amount: 8.5, how: '5 days for a database × 1.5 for replatform + 1 for 500 GB of data = 8.5 days' });
    expect(effortFor({ ...app, effortDays: 12 }, card).amount).toBe(12);
  });

  it('prices the run rate after by resources and tier, sharing a dedicated base fee in its group, with the non-production discount', () => {
    const tiers: Record<string, Tier> = { app: 'multi-tenant', db: 'dedicated-database', stg: 'dedicated-database' };
    const stg = { ...db, id: 'stg', environment: 'staging' as const };
    const costs = costWorkloads([app, db, stg], (id) => tiers[id] as Tier, () => undefined, card);
    expect(costs.get('app')?.runAfter.amount).toBe(40 + 16 + 10 + 50);
    // db and stg are in different environments: each pays the whole base fee.
    expect(costs.get('db')?.runAfter.amount).toBe(80 + 32 + 100 + 400);
    expect(costs.get('stg')?.runAfter.amount).toBe((80 + 32 + 100 + 400) * 0.5);
    const shared = costWorkloads([db, { ...db, id: 'db2' }], () => 'dedicated-environment', () => undefined, card);
    expect(shared.get('db')?.runAfter.how).toBe('(212 for resources + 500 share of the dedicated environment base fee) = 712 a month');
  });

  it('adds rehearsal, hypercare and contingency to the one-time cost', () => {
    const withExtras = { ...card, rehearsalShare: 0.5, hypercareWeeks: 2, hypercareDaysPerWeek: 1, contingency: 0.1 };
    const cost = costWorkloads([app], () => 'multi-tenant', () => undefined, withExtras).get('app');
    // (4 days × 1.5 + 2 hypercare days) × 1000 × 1.1
    expect(cost?.oneTime.amount).toBe(8800);
  });

  it('prices the overlap: the new hosting from wave start to cutover, the old one through the parallel run', () => {
    const cost = costWorkloads([app], () => 'multi-tenant', () => wave1, { ...card, parallelRunWeeks: 2 }).get('app');
    expect(cost?.dualRunning.amount).toBeCloseTo((116 * 13) / 30.4 + (300 * 14) / 30.4, 2);
  });

  it('spends month by month and finds the payback month', () => {
    const cheap = { ...app, currentMonthlyCost: 1000 };
    const costs = costWorkloads([cheap], () => 'multi-tenant', () => wave1, card);
    const { months, paybackMonth } = spendOverTime([cheap], costs, () => wave1);
    expect(months[0]).toMatchObject({ month: '2027-01', stayingPut: 1000 });
    expect(months[0]?.withPlan).toBeCloseTo(1000 + 4000 + (116 * 13) / 30.4, 2);
    // 116 a month instead of 1,000 earns back the ~4,050 one-time spend in the fifth month after.
    expect(paybackMonth).toBe('2027-06');
  });

  it('formats money the way its currency is written', () => {
    expect(formatMoney(1234.5, 'EUR')).toBe('€1,235');
    expect(formatMoney(1234.5, 'GBP')).toBe('£1,235');
    expect(formatMoney(1234.5, 'ZZZ')).toMatch(/ZZZ\s?1,235/);
  });
});
