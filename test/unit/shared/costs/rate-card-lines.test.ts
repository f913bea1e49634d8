import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lineNamed } from '../../../../shared/costs/price-list-words.js';
import { DEFAULT_RATE_CARD, RateCardSchema } from '../../../../shared/costs/rate-card.js';
import { NOT_FROM_PRICE_LISTS, RATE_CARD_LINES, rateAt, withRate } from '../../../../shared/costs/rate-card-lines.js';

// The price-list table must name every number of the rate card, so a rate added to the
// card (landing zone, egress, licences...) fails here until it says how a price list
// names it, or why a price list never sets it.

/** Every path of RateCardSchema that holds a number; a list of numbers is reported as `<path>[]`. */
function numberPaths(schema: z.ZodType, path: string): string[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) return numberPaths(schema.unwrap() as z.ZodType, path);
  if (schema instanceof z.ZodNumber) return [path];
  if (schema instanceof z.ZodObject) return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) => numberPaths(field, path ? `${path}.${key}` : key));
  if (schema instanceof z.ZodRecord) {
    const keys = schema.keyType instanceof z.ZodEnum ? (schema.keyType.options as string[]) : ['*'];
    return keys.flatMap((key) => numberPaths(schema.valueType as z.ZodType, `${path}.${key}`));
  }
  // A list of numbers has no fixed paths: it needs a reason in NOT_FROM_PRICE_LISTS, or lines of its own.
  if (schema instanceof z.ZodArray) return numberPaths(schema.element as z.ZodType, `${path}[]`).length ? [`${path}[]`] : [];
  return [];
}

describe('the rate-card lines', () => {
  const paths = numberPaths(RateCardSchema, '');

  it('finds the numbers of the schema, nested records included', () => {
    expect(paths).toContain('vcpuMonth');
    expect(paths).toContain('effortDaysByKind.database');
    expect(paths).toContain('strategyFactor.refactor');
    expect(paths).not.toContain('currency');
  });

  const covered = new Set([...RATE_CARD_LINES.map((l) => l.path), ...Object.keys(NOT_FROM_PRICE_LISTS)]);
  const uncovered = (schema: z.ZodType) => numberPaths(schema, '').filter((p) => !covered.has(p));

  it('has a line (or a reason) for every number of RateCardSchema', () => {
    expect(uncovered(RateCardSchema), 'add these to RATE_CARD_LINES in shared/costs/rate-card-lines.ts, or say in NOT_FROM_PRICE_LISTS why a price list never sets them').toEqual([]);
  });

  it('would catch a number added to the card, nested or in a list', () => {
    const amount = z.number().min(0);
    const grown = RateCardSchema.extend({
      egressGbMonth: amount,
      landingZone: z.object({ hubMonth: amount, name: z.string() }),
      commitmentDiscounts: z.array(z.object({ years: amount, discount: amount })),
    });
    expect(uncovered(grown)).toEqual(['egressGbMonth', 'landingZone.hubMonth', 'commitmentDiscounts[]']);
  });

  it('names only numbers the card has, each once', () => {
    const all = RATE_CARD_LINES.map((l) => l.path);
    expect(all.filter((p) => !paths.includes(p))).toEqual([]);
    expect(new Set(all).size).toBe(all.length);
    for (const line of RATE_CARD_LINES) expect(rateAt(DEFAULT_RATE_CARD, line.path), line.path).toBeTypeOf('number');
  });

  it('gives every line a name that finds it, and no name to two lines', () => {
    for (const line of RATE_CARD_LINES) {
      for (const name of [line.label, ...line.aliases]) expect(lineNamed(name)?.path, `“${name}”`).toBe(line.path);
    }
  });

  it('sets one nested number without touching the rest of the card', () => {
    const next = withRate(DEFAULT_RATE_CARD, 'effortDaysByKind.database', 7);
    expect(next.effortDaysByKind.database).toBe(7);
    expect(next.effortDaysByKind.application).toBe(DEFAULT_RATE_CARD.effortDaysByKind.application);
    expect(DEFAULT_RATE_CARD.effortDaysByKind.database).toBe(5);
    expect(RateCardSchema.safeParse(next).success).toBe(true);
  });
});
