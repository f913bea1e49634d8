import type { LineUnit } from './rate-card-lines.js';
import type { SizeUnit, TimeUnit, UnitWords } from './price-list-words.js';

// A price as the sheet gives it, into the unit of the rate-card entry it sets. Hours turn
// into months at 730 (8,760 hours a year over twelve months, as cloud vendors count a
// month); sizes into GB at 1,000 (TB) or 1,024³ bytes (GiB). What cannot be turned into
// the entry's unit without a guess (an hourly consultant rate into a day rate: how long
// is a day?) is refused with the reason, never converted.

const HOURS_IN: Record<TimeUnit, number> = { hour: 1, day: 24, week: 168, month: 730, year: 8760 };
const GB_IN: Record<SizeUnit, number> = { MB: 0.001, GB: 1, TB: 1000, GiB: 1.073741824, TiB: 1099.511627776 };
const TIME_NAMES: Record<TimeUnit, string> = { hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year' };

export type Converted = { ok: true; value: number; how?: string } | { ok: false; error: string };

/** Rounds away the noise of binary fractions (0.0411 × 730 is 30.003, not 30.003000000000004). */
const tidy = (value: number) => Number(value.toPrecision(12));
const shown = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 6 });

/** An amount of money per `words` into the line's money unit. */
function convertMoney(value: number, words: UnitWords, unit: LineUnit & { kind: 'money' }, label: string): Converted {
  const steps: string[] = [];
  let result = value;
  if (unit.per === 'once') {
    // A usage price per GB (egress) sits in a sheet's "Monthly" column as the period it is
    // billed in: one GB costs the same. Any other time unit on a one-time amount is refused.
    const billedMonthly = unit.each === 'GB' && words.per === 'month';
    if (words.per && !billedMonthly) return { ok: false, error: `A price per ${TIME_NAMES[words.per]}; ${label} is a one-time amount` };
  } else if ((words.per ?? unit.per) !== unit.per) {
    const per = words.per as TimeUnit;
    if (unit.per === 'day') return { ok: false, error: `A price per ${TIME_NAMES[per]}; ${label} is per day, and how many hours a day is worked is not known: give the day rate` };
    const factor = HOURS_IN[unit.per] / HOURS_IN[per];
    result *= factor;
    steps.push(per === 'hour' ? `per hour × ${shown(factor)} h` : `per ${TIME_NAMES[per]} × ${shown(factor)}`);
  }
  if (words.each) {
    if (unit.each !== 'GB') return { ok: false, error: `A price per ${words.each}; ${label} is not priced by size` };
    if (words.each !== 'GB') {
      result /= GB_IN[words.each];
      steps.push(`per ${words.each} ÷ ${shown(GB_IN[words.each])}`);
    }
  }
  if (words.percent) return { ok: false, error: `A percentage; ${label} is an amount of money` };
  return { ok: true, value: tidy(result), ...(steps.length ? { how: steps.join(', ') } : {}) };
}

/** A value of the sheet into the line's unit; `percent` when the value itself was written with "%". */
export function convertPrice(value: number, words: UnitWords, unit: LineUnit, label: string, percent: boolean): Converted {
  if (unit.kind === 'money') return percent ? { ok: false, error: `A percentage; ${label} is an amount of money` } : convertMoney(value, words, unit, label);
  if (words.each) return { ok: false, error: `A price per ${words.each}; ${label} is not priced by size` };
  if (unit.kind === 'share') return percent || words.percent ? { ok: true, value: tidy(value / 100), how: '% ÷ 100' } : { ok: true, value };
  if (percent || words.percent) return { ok: false, error: `A percentage; ${label} is not a share` };
  const fits = (unit.kind === 'days' && words.per === 'day') || (unit.kind === 'weeks' && words.per === 'week');
  if (words.per && !fits) return { ok: false, error: `In ${TIME_NAMES[words.per]}s; ${label} is in ${unit.kind === 'factor' ? 'times' : unit.kind}` };
  return { ok: true, value };
}
