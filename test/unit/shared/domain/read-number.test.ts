import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NumberStyle } from '../../../../shared/domain/number-style.js';
import { decideNumberStyle, readsTheSame } from '../../../../shared/import/number-style-guess.js';
import { formatInStyle, readNumber, styleExample } from '../../../../shared/domain/read-number.js';

const STYLES: NumberStyle[] = [
  { decimal: '.', group: ',' },
  { decimal: ',', group: '.' },
  { decimal: ',', group: ' ' },
  { decimal: '.', group: "'" },
  { decimal: '.', group: '' },
  { decimal: ',', group: '' },
  { decimal: '.', group: ' ' },
];

describe('reading one number', () => {
  it('takes off currencies before or after, percent, signs and parentheses, and odd spaces', () => {
    const value = (text: string, style?: NumberStyle) => {
      const r = readNumber(text, style);
      return r.ok ? [r.value, r.currency ?? '', r.percent] : 'not a number';
    };
    expect(value('EUR 1.950,00', { decimal: ',', group: '.' })).toEqual([1950, 'EUR', false]);
    expect(value('1 950 €', { decimal: ',', group: ' ' })).toEqual([1950, 'EUR', false]);
    expect(value('1\u202f950,5 €', { decimal: ',', group: ' ' })).toEqual([1950.5, 'EUR', false]);
    expect(value('$1,950.50')).toEqual([1950.5, 'USD', false]);
    expect(value('£12')).toEqual([12, 'GBP', false]);
    expect(value("CHF 1'950.50")).toEqual([1950.5, 'CHF', false]);
    expect(value('USD 40')).toEqual([40, 'USD', false]);
    expect(value('(1,200)')).toEqual([-1200, '', false]);
    expect(value('1.950,00-', { decimal: ',', group: '.' })).toEqual([-1950, '', false]);
    expect(value('−5')).toEqual([-5, '', false]);
    expect(value('45 %')).toEqual([45, '', true]);
    expect(value('1.5E+3')).toEqual([1500, '', false]);
    for (const bad of ['', 'abc', '1..2', '1,2,3.4.5', '€', '12 apples']) expect(value(bad), bad).toBe('not a number');
  });

  it('reads a lone value the English way, unless its marks say otherwise', () => {
    const value = (text: string) => (readNumber(text) as { value: number }).value;
    expect(value('12,500')).toBe(12500);
    expect(value('1.950')).toBe(1.95);
    expect(value('12,5')).toBe(12.5);
    expect(value('1.234.567')).toBe(1234567);
    expect(value('1.950,50')).toBe(1950.5);
  });

  it('reads back any number written in any style (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STYLES), fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (style, cents, decimals) => {
        const x = cents / 100;
        const text = formatInStyle(x, style, decimals);
        const r = readNumber(text, style);
        expect(r.ok && r.value).toBe(Number(x.toFixed(decimals)));
      }),
    );
  });
});

describe('a column’s number style, from all its values', () => {
  const decided = (values: string[], money = false) => {
    const v = decideNumberStyle(values, { money });
    return v.kind === 'decided' ? v.style : v.kind;
  };

  it('settles it from the evidence', () => {
    expect(decided(['1.950', '2.200', '250'])).toEqual({ decimal: ',', group: '.' });
    expect(decided(['0,25'])).toEqual({ decimal: ',', group: '' });
    expect(decided(['1,950.50'])).toEqual({ decimal: '.', group: ',' });
    expect(decided(['1 950,5'])).toEqual({ decimal: ',', group: ' ' });
    expect(decided(["1'950.50"])).toEqual({ decimal: '.', group: "'" });
    expect(decided(['1.234.567', '2,5'])).toEqual({ decimal: ',', group: '.' });
    expect(decided(['0,25', '1.950'])).toEqual({ decimal: ',', group: '.' });
    expect(decided(['EUR 1.950,00', '1 950 €'])).toEqual({ decimal: ',', group: '.' });
    expect(decided(['250', '300', ''])).toBe('plain');
  });

  it('lets money settle a mark before three digits, which amounts never have as decimals', () => {
    expect(decided(['1.234', '2'])).toBe('ambiguous');
    expect(decided(['1.234', '2'], true)).toEqual({ decimal: ',', group: '.' });
  });

  it('asks when the evidence disagrees or is not enough, and names a value that reads both ways', () => {
    const v = decideNumberStyle(['1.950', '1.5']);
    expect(v).toMatchObject({ kind: 'ambiguous', example: '1.950' });
    expect(decided(['1.950'])).toBe('ambiguous');
    expect(decided(['12,500', '3,000'])).toBe('ambiguous');
    if (v.kind !== 'ambiguous') throw new Error('ambiguous expected');
    expect(readsTheSame('250', v.options)).toBe(true);
    expect(readsTheSame('1.950', v.options)).toBe(false);
    expect(v.options.map(styleExample)).toEqual(['1234.5', '1.234,5']);
  });

  it('decides the style a column was written in when one value shows it (property)', () => {
    const decisive = STYLES.filter((s) => s.group !== '' || s.decimal === ',');
    fc.assert(
      fc.property(fc.constantFrom(...decisive), fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 20 }), (style, cents) => {
        // 1234567.89 shows the group and the decimal in every style.
        const values = [formatInStyle(1234567.89, style), ...cents.map((c) => formatInStyle(c / 100, style))];
        const v = decideNumberStyle(values);
        expect(v.kind).toBe('decided');
        if (v.kind === 'decided') for (const [i, text] of values.entries()) expect(readNumber(text, v.style)).toMatchObject({ ok: true, value: i === 0 ? 1234567.89 : (cents[i - 1] ?? 0) / 100 });
      }),
    );
  });
});
