import { describe, expect, it } from 'vitest';
import { convertPrice } from '../../../../shared/costs/price-list-units.js';
import { lineNamed, readWords } from '../../../../shared/costs/price-list-words.js';
import type { LineUnit } from '../../../../shared/costs/rate-card-lines.js';

const VCPU: LineUnit = { kind: 'money', per: 'month', each: 'vCPU' };
const GB: LineUnit = { kind: 'money', per: 'month', each: 'GB' };
const DAY: LineUnit = { kind: 'money', per: 'day' };

describe('the words of a price list', () => {
  it('takes the unit out of the item and keeps the name', () => {
    expect(readWords('vCPU hour')).toEqual({ name: 'vcpu', per: 'hour' });
    expect(readWords('Storage GB-month')).toEqual({ name: 'storage', per: 'month', each: 'GB' });
    expect(readWords('Backup per TB per month')).toEqual({ name: 'backup', per: 'month', each: 'TB' });
    expect(readWords('GB RAM / h')).toEqual({ name: 'ram', per: 'hour', each: 'GB' });
  });

  it('reads "day" as a unit only after "per" or in a unit column, since "day rate" names a thing', () => {
    expect(readWords('Day rate')).toEqual({ name: 'day rate' });
    expect(readWords('vCPU per day')).toEqual({ name: 'vcpu', per: 'day' });
    expect(readWords('days', true)).toEqual({ name: '', per: 'day' });
  });

  it('matches items to entries whatever their unit words, and nothing generic', () => {
    expect(lineNamed('vCPU per hour')?.path).toBe('vcpuMonth');
    expect(lineNamed('GB RAM month')?.path).toBe('memoryGbMonth');
    expect(lineNamed('Storage per TB per month')?.path).toBe('storageGbMonth');
    expect(lineNamed('Backup GB-month')?.path).toBe('backupGbMonth');
    expect(lineNamed('DAY RATE')?.path).toBe('effortDayRate');
    expect(lineNamed('Dedicated database')?.path).toBe('dedicatedDatabaseBaseMonth');
    expect(lineNamed('Database effort days')?.path).toBe('effortDaysByKind.database');
    expect(lineNamed('Refactor factor')?.path).toBe('strategyFactor.refactor');
    expect(lineNamed('Rate per hour')).toBeUndefined();
    expect(lineNamed('Windows Server licence')).toBeUndefined();
    expect(lineNamed('GB-month')).toBeUndefined();
  });
});

describe('converting a price into the entry’s unit', () => {
  it('turns hours into months at 730 and TB into GB at 1,000', () => {
    expect(convertPrice(0.0411, { per: 'hour' }, VCPU, 'vCPU per month', false)).toEqual({ ok: true, value: 30.003, how: 'per hour × 730 h' });
    expect(convertPrice(50, { per: 'month', each: 'TB' }, GB, 'GB storage per month', false)).toEqual({ ok: true, value: 0.05, how: 'per TB ÷ 1,000' });
    expect(convertPrice(120, { per: 'year' }, VCPU, 'vCPU per month', false)).toEqual({ ok: true, value: 10, how: 'per year × 0.083333' });
    expect(convertPrice(22, {}, VCPU, 'vCPU per month', false)).toEqual({ ok: true, value: 22 });
  });

  it('refuses what it would have to guess, saying why', () => {
    const hourly = convertPrice(110, { per: 'hour' }, DAY, 'Effort day rate', false);
    expect(hourly).toEqual({ ok: false, error: expect.stringContaining('give the day rate') });
    expect(convertPrice(5, { each: 'TB' }, VCPU, 'vCPU per month', false)).toEqual({ ok: false, error: 'A price per TB; vCPU per month is not priced by size' });
    expect(convertPrice(15, {}, VCPU, 'vCPU per month', true).ok).toBe(false);
  });

  it('reads shares written as percentages, and days and weeks only in their own unit', () => {
    expect(convertPrice(15, {}, { kind: 'share' }, 'Contingency', true)).toEqual({ ok: true, value: 0.15, how: '% ÷ 100' });
    expect(convertPrice(0.15, {}, { kind: 'share' }, 'Contingency', false)).toEqual({ ok: true, value: 0.15 });
    expect(convertPrice(3, { per: 'week' }, { kind: 'weeks' }, 'Hypercare (weeks)', false)).toEqual({ ok: true, value: 3 });
    expect(convertPrice(3, { per: 'month' }, { kind: 'weeks' }, 'Hypercare (weeks)', false)).toEqual({ ok: false, error: 'In months; Hypercare (weeks) is in weeks' });
  });
});

describe('one-time amounts from a price list (landing zone, connectivity set-up, egress)', () => {
  const ONCE: LineUnit = { kind: 'money', per: 'once' };
  const PER_GB_ONCE: LineUnit = { kind: 'money', per: 'once', each: 'GB' };

  it('takes an amount with no time unit as it is, and egress per TB as per GB', () => {
    expect(convertPrice(60_000, {}, ONCE, 'Landing zone and platform, one-time', false)).toEqual({ ok: true, value: 60_000 });
    expect(convertPrice(90, { each: 'TB' }, PER_GB_ONCE, 'Egress, per GB', false)).toEqual({ ok: true, value: 0.09, how: 'per TB ÷ 1,000' });
  });

  it('refuses a monthly price for a one-time amount rather than guessing how many months', () => {
    expect(convertPrice(500, { per: 'month' }, ONCE, 'Connectivity set-up, per site', false)).toEqual({ ok: false, error: 'A price per month; Connectivity set-up, per site is a one-time amount' });
  });

  it('finds the business-case lines by the names vendors give them', () => {
    expect(lineNamed('Data transfer out')?.path).toBe('egressPerGb');
    expect(lineNamed('ExpressRoute')?.path).toBe('connectivityMonth');
    expect(lineNamed('3-year reserved')?.path).toBe('commitment3YearDiscount');
  });
});

describe('a usage price in a monthly column', () => {
  it('reads egress per GB from a "Monthly" column as the price of one GB', () => {
    expect(convertPrice(0.08, { per: 'month' }, { kind: 'money', per: 'once', each: 'GB' }, 'Egress, per GB', false)).toEqual({ ok: true, value: 0.08 });
  });
});
