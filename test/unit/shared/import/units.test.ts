import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sizeUnitOf, unitOfHeader } from '../../../../shared/import/header-units.js';
import { convert, fieldUnit, fitsField, toFieldUnit, unitsFor } from '../../../../shared/import/unit-conversion.js';
import { DURATION_UNITS, SIZE_UNITS, unitFamily, type Unit } from '../../../../shared/import/units.js';

describe('the unit a header states', () => {
  it('reads it in brackets, as the last word or the first, and says what remains', () => {
    const read = (h: string) => unitOfHeader(h);
    expect(read('Memory (MiB)')).toEqual({ unit: 'MiB', rest: 'Memory' });
    expect(read('Provisioned MB')).toEqual({ unit: 'MB', rest: 'Provisioned' });
    expect(read('Size GiB')).toEqual({ unit: 'GiB', rest: 'Size' });
    expect(read('RTO (hrs)')).toEqual({ unit: 'h', rest: 'RTO' });
    expect(read('RPO hours')).toEqual({ unit: 'h', rest: 'RPO' });
    expect(read('Recovery Time Obj (hrs)')).toEqual({ unit: 'h', rest: 'Recovery Time Obj' });
    expect(read('Downtime days')).toEqual({ unit: 'd', rest: 'Downtime' });
    expect(read('CPU %')).toEqual({ unit: '%', rest: 'CPU' });
    expect(read('Cost (EUR)')).toEqual({ unit: 'currency:EUR', rest: 'Cost' });
    expect(read('Monthly cost €')).toEqual({ unit: 'currency:EUR', rest: 'Monthly cost' });
    expect(read('Kosten (EUR)')).toEqual({ unit: 'currency:EUR', rest: 'Kosten' });
    expect(read('Memory in GB')).toEqual({ unit: 'GB', rest: 'Memory' });
    expect(read('USD monthly cost')).toEqual({ unit: 'currency:USD', rest: 'monthly cost' });
  });

  it('finds none where a header has none, and does not take a yes/no or a single letter for one', () => {
    for (const h of ['Memory', 'Days', 'Contains PHI? (Y/N)', 'Server name', 'Plan B', 'Block D']) expect(unitOfHeader(h), h).toBeUndefined();
  });

  it('says the size a header states as written (RVTools’ "MB" is MiB: the presets say so, not this)', () => {
    expect(sizeUnitOf('Provisioned MB')).toBe('MB');
    expect(sizeUnitOf('Provisioned MiB')).toBe('MiB');
    expect(sizeUnitOf('RTO (hrs)')).toBeUndefined();
  });
});

describe('converting into the field’s unit', () => {
  it('scales sizes by their prefix: MiB by 1024, MB by 1000, and GiB is the field’s GB', () => {
    expect(convert(4096, 'MiB', 'GB')).toEqual({ ok: true, value: 4 });
    expect(convert(500_000, 'MB', 'GB')).toEqual({ ok: true, value: 500 });
    expect(convert(2, 'TiB', 'GB')).toEqual({ ok: true, value: 2048 });
    expect(convert(2, 'TB', 'GB')).toEqual({ ok: true, value: 2000 });
    expect(convert(16, 'GiB', 'GB')).toEqual({ ok: true, value: 16 });
    expect(convert(4 * 1024 ** 3, 'B', 'GB')).toEqual({ ok: true, value: 4 });
  });

  it('turns hours and days into minutes, and effort hours into working days', () => {
    expect(toFieldUnit(4, 'h', 'rtoMinutes', 'EUR')).toEqual({ ok: true, value: 240 });
    expect(toFieldUnit(2, 'd', 'rpoMinutes', 'EUR')).toEqual({ ok: true, value: 2880 });
    expect(toFieldUnit(90, 's', 'rpoMinutes', 'EUR')).toEqual({ ok: true, value: 1.5 });
    expect(toFieldUnit(16, 'h', 'effortDays', 'EUR')).toEqual({ ok: true, value: 2 });
  });

  it('does not convert between currencies, nor across families', () => {
    expect(convert(10, 'currency:USD', 'currency:EUR')).toMatchObject({ ok: false, error: expect.stringMatching(/no exchange rate/) });
    expect(convert(10, 'h', 'GB')).toMatchObject({ ok: false });
    expect(fitsField('%', 'vcpu')).toBe(false);
    expect(fitsField('MiB', 'memoryGb')).toBe(true);
    expect(fitsField('h', 'memoryGb')).toBe(false);
  });

  it('names each numeric field’s own unit, first among those the mapping step offers', () => {
    expect(fieldUnit('memoryGb', 'EUR')).toBe('GB');
    expect(fieldUnit('rtoMinutes', 'EUR')).toBe('min');
    expect(fieldUnit('currentMonthlyCost', 'CHF')).toBe('currency:CHF');
    expect(fieldUnit('vcpu', 'EUR')).toBeUndefined();
    expect(unitsFor('memoryGb', 'EUR')[0]).toBe('GB');
    expect(unitsFor('currentMonthlyCost', 'EUR', 'currency:USD')).toEqual(['currency:EUR', 'currency:USD']);
  });

  const sizes = fc.constantFrom(...SIZE_UNITS);
  const durations = fc.constantFrom(...DURATION_UNITS);
  const pairs = fc.oneof(fc.tuple(sizes, sizes), fc.tuple(durations, durations)) as fc.Arbitrary<[Unit, Unit]>;
  const amount = fc.double({ min: 0, max: 1e9, noNaN: true });

  it('round-trips any amount between two units of a family', () => {
    fc.assert(
      fc.property(pairs, amount, ([a, b], x) => {
        const there = convert(x, a, b);
        const back = there.ok ? convert(there.value, b, a) : there;
        expect(unitFamily(a)).toBe(unitFamily(b));
        expect(back.ok && Math.abs(back.value - x) <= 1e-9 * Math.max(1, x)).toBe(true);
      }),
    );
  });

  it('keeps order: a larger amount never converts to a smaller one', () => {
    fc.assert(
      fc.property(pairs, amount, amount, ([a, b], x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const cl = convert(lo, a, b);
        const ch = convert(hi, a, b);
        expect(cl.ok && ch.ok && cl.value <= ch.value).toBe(true);
      }),
    );
  });
});
