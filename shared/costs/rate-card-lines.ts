import { STRATEGIES, WORKLOAD_KINDS, labelOf } from '../domain/enums.js';
import type { RateCard } from './rate-card.js';

// Every number of the rate card as one table: where it sits in the card (a path such as
// "vcpuMonth" or "effortDaysByKind.database"), what it is called, the other names a price
// list gives it, and its unit. A price list is matched to the card through this table
// alone (shared/import/price-list.ts), and a test walks RateCardSchema so that a number
// added to the card without a line here fails until it has one (or a reason in
// NOT_FROM_PRICE_LISTS).

/** What a line's number is: an amount of the card's currency per `per` (and per `each`), a share (0 to 1), days, weeks or a factor. */
export type LineUnit = { kind: 'money'; per: 'month' | 'day'; each?: 'vCPU' | 'GB' } | { kind: 'share' } | { kind: 'days' } | { kind: 'weeks' } | { kind: 'factor' };

export interface RateCardLine {
  /** Dotted path into the rate card. */
  path: string;
  /** What the Costs view calls it. */
  label: string;
  /** Other names for it in price lists, compared without case, punctuation or unit words ("per month", "GB-month", "hourly"). */
  aliases: readonly string[];
  unit: LineUnit;
}

const monthly = (each?: 'vCPU' | 'GB'): LineUnit => ({ kind: 'money', per: 'month', ...(each ? { each } : {}) });

export const RATE_CARD_LINES: readonly RateCardLine[] = [
  { path: 'vcpuMonth', label: 'vCPU per month', aliases: ['vCPU', 'vCPU hour', 'virtual CPU', 'vCore', 'CPU core', 'core', 'compute vCPU', 'CPU'], unit: monthly('vCPU') },
  { path: 'memoryGbMonth', label: 'GB memory per month', aliases: ['GB RAM month', 'RAM', 'memory', 'GB RAM', 'GB memory', 'memory GB', 'RAM GB', 'compute memory'], unit: monthly('GB') },
  {
    path: 'storageGbMonth',
    label: 'GB storage per month',
    aliases: ['Storage GB-month', 'storage', 'disk', 'block storage', 'managed disk', 'SSD storage', 'storage GB', 'disk GB', 'GB storage'],
    unit: monthly('GB'),
  },
  { path: 'backupGbMonth', label: 'GB backup per month', aliases: ['Backup GB-month', 'backup', 'backup storage', 'backup GB', 'GB backup', 'backup vault storage'], unit: monthly('GB') },
  {
    path: 'platformShareMonth',
    label: 'Platform share per multi-tenant workload',
    aliases: ['platform share', 'shared platform', 'multi-tenant workload', 'shared platform workload', 'platform fee'],
    unit: monthly(),
  },
  {
    path: 'dedicatedDatabaseBaseMonth',
    label: 'Dedicated database base fee',
    aliases: ['Dedicated database', 'dedicated database base', 'dedicated DB', 'database base fee', 'single-tenant database'],
    unit: monthly(),
  },
  {
    path: 'dedicatedEnvironmentBaseMonth',
    label: 'Dedicated environment base fee',
    aliases: ['Dedicated environment', 'dedicated environment base', 'dedicated env', 'environment base fee', 'single-tenant environment'],
    unit: monthly(),
  },
  { path: 'nonProductionDiscount', label: 'Non-production discount', aliases: ['non-prod discount', 'nonproduction discount', 'dev/test discount', 'non-production'], unit: { kind: 'share' } },
  {
    path: 'effortDayRate',
    label: 'Effort day rate',
    aliases: ['Day rate', 'daily rate', 'consultant day rate', 'engineer day rate', 'person day', 'man day', 'migration day rate'],
    unit: { kind: 'money', per: 'day' },
  },
  ...WORKLOAD_KINDS.map((kind): RateCardLine => ({
    path: `effortDaysByKind.${kind}`,
    label: `Effort days: ${labelOf(kind)}`,
    aliases: [`${labelOf(kind)} effort days`, `${labelOf(kind)} migration days`, `days per ${labelOf(kind)}`, `effort ${labelOf(kind)}`],
    unit: { kind: 'days' },
  })),
  ...STRATEGIES.map((strategy): RateCardLine => ({
    path: `strategyFactor.${strategy}`,
    label: `Strategy factor: ${labelOf(strategy)}`,
    aliases: [`${labelOf(strategy)} factor`, `${labelOf(strategy)} effort factor`, `factor ${labelOf(strategy)}`],
    unit: { kind: 'factor' },
  })),
  { path: 'effortDaysPer500Gb', label: 'Extra effort days per 500 GB', aliases: ['effort days per 500 GB', 'days per 500 GB', 'data effort days'], unit: { kind: 'days' } },
  { path: 'rehearsalShare', label: 'Rehearsal, share of effort', aliases: ['rehearsal', 'rehearsal share', 'rehearsal effort'], unit: { kind: 'share' } },
  { path: 'parallelRunWeeks', label: 'Parallel run (weeks)', aliases: ['parallel run', 'parallel running', 'fallback period'], unit: { kind: 'weeks' } },
  { path: 'hypercareWeeks', label: 'Hypercare (weeks)', aliases: ['hypercare', 'hypercare period', 'hypercare duration'], unit: { kind: 'weeks' } },
  { path: 'hypercareDaysPerWeek', label: 'Hypercare days per workload per week', aliases: ['hypercare days', 'hypercare days per week', 'hypercare effort'], unit: { kind: 'days' } },
  { path: 'contingency', label: 'Contingency', aliases: ['contingency share', 'risk contingency', 'contingency reserve'], unit: { kind: 'share' } },
];

/**
 * Numbers of the rate card a price list never sets, each with the reason. Empty today; a
 * number that cannot sit in a path of the table (one in a list, say) belongs here.
 */
export const NOT_FROM_PRICE_LISTS: Readonly<Record<string, string>> = {};

/** The number at a path of the card; undefined when the path holds none. */
export function rateAt(card: RateCard, path: string): number | undefined {
  let at: unknown = card;
  for (const key of path.split('.')) at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  return typeof at === 'number' ? at : undefined;
}

/** The card with the number at `path` replaced, copying only the objects along the path. */
export function withRate(card: RateCard, path: string, value: number): RateCard {
  const set = (node: unknown, keys: readonly string[]): unknown => {
    const [key, ...rest] = keys;
    if (key === undefined) return value;
    const object = node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : {};
    return { ...object, [key]: set(object[key], rest) };
  };
  return set(card, path.split('.')) as RateCard;
}
