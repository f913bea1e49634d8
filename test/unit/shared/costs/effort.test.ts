import { describe, expect, it } from 'vitest';
import { costWorkloads } from '../../../../shared/costs/costs.js';
import { effortTerms } from '../../../../shared/costs/effort.js';
import { explainCost } from '../../../../shared/costs/explain.js';
import { DEFAULT_RATE_CARD } from '../../../../shared/costs/rate-card.js';
import { dependency, workload } from '../estate-builders.js';
import { card } from './round-card.js';

// Effort from what drives it, on the default card (the practitioner's figures).
const odooWeb = workload('web', { name: 'Odoo web', kind: 'application', strategy: 'replatform', customization: 'heavily-customized', users: 1400 });
const stagingDb = workload('stg', { name: 'PostgreSQL staging', kind: 'database', environment: 'staging', strategy: 'replatform', customization: 'standard', databaseGb: 60 });

describe('effort days', () => {
  it('scales the kind’s days by strategy and customization, adds users, links and data, then scales by environment', () => {
    // 4 × 1.5 × 2.5 = 15, + 1,400 × 3 / 1,000 = 4.2 for users, + 10 × 0.5 = 5 for links: 24.2 days.
    expect(effortTerms(odooWeb, 10, DEFAULT_RATE_CARD)).toMatchObject({
      kindDays: 4,
      strategyFactor: 1.5,
      customizationFactor: 2.5,
      userDays: 4.2,
      linkDays: 5,
      dataDays: 0,
      environmentFactor: 1,
      days: 24.2,
    });
    // (5 × 1.5 × 1 + 1 × 0.5 + 60 / 500 × 1) × 0.5 for staging = 4.06 days: a copy is far less work than production.
    expect(effortTerms(stagingDb, 1, DEFAULT_RATE_CARD).days).toBe(4.06);
  });

  it('caps the user days: past the cap more users is communication, not migration work', () => {
    const portal = { ...odooWeb, customization: 'standard' as const, users: 48_000 };
    expect(effortTerms(portal, 0, DEFAULT_RATE_CARD)).toMatchObject({ userDays: 10, days: 4 * 1.5 + 10 });
  });

  it('takes a recorded figure as it is, and gives a retained workload no work', () => {
    expect(effortTerms({ ...odooWeb, effortDays: 12 }, 10, DEFAULT_RATE_CARD)).toMatchObject({ recorded: true, days: 12 });
    expect(effortTerms({ ...odooWeb, strategy: 'retain' }, 10, DEFAULT_RATE_CARD).days).toBe(0);
  });

  it('counts links either way from the dependencies and shows every term in the explanation', () => {
    const deps = [dependency('web', 'db'), dependency('proxy', 'web'), dependency('web', 'idp')];
    const [c] = costWorkloads(
      [odooWeb],
      deps,
      () => 'multi-tenant',
      () => undefined,
      { ...card, customizationFactor: DEFAULT_RATE_CARD.customizationFactor, effortDaysPer1000Users: 3, effortDaysPerLink: 0.5 },
    );
    expect(c?.effortDays).toBe(15 + 4.2 + 1.5);
    expect(explainCost(odooWeb, c!, 'effort', card)).toBe(
      '(4 days for an application × 1.5 for replatform × 2.5 for heavily customized + 4.2 for 1,400 users + 1.5 for 3 dependency links) = 20.7 days × €1,000 a day = €20,700.',
    );
  });
});
