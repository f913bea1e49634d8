import { formatMoney } from '../costs/money.js';
import type { PlanSettings } from '../planner/settings.js';

// How the board pack writes money, numbers and dates: in the rate card's currency, and
// by the conventions of the country whose calendar the plan follows (its public
// holidays), in English: an Irish estate reads "14 Mar 2027" and "€1,250", a German one
// groups its thousands with a point. With no country set, British English.

export interface Conventions {
  locale: string;
  currency: string;
  money(amount: number): string;
  /** A chart axis's short form: "€1.2M". */
  compactMoney(amount: number): string;
  /** A whole number with the locale's grouping. */
  count(n: number): string;
  /** An ISO calendar day (yyyy-mm-dd) as "14 Mar 2027". */
  day(iso: string): string;
  /** An ISO month (yyyy-mm) as "Mar 2027". */
  month(iso: string): string;
  percent(share: number): string;
}

/** English with the country's conventions ("en-IE"), when the runtime knows that locale; else "en-GB". */
export function packLocale(holidays: PlanSettings['holidays']): string {
  const wanted = holidays ? `en-${holidays.country}` : 'en-GB';
  try {
    return Intl.NumberFormat.supportedLocalesOf([wanted]).length > 0 ? wanted : 'en-GB';
  } catch {
    return 'en-GB';
  }
}

export function conventions(holidays: PlanSettings['holidays'], currency: string): Conventions {
  const locale = packLocale(holidays);
  const compact = compactFormat(locale, currency);
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  // Calendar days are dates without a time: read and written in UTC so no zone moves them a day.
  const days = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const months = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return {
    locale,
    currency,
    money: (amount) => formatMoney(amount, currency, locale),
    compactMoney: (amount) => compact(amount),
    count: (n) => numbers.format(n),
    day: (iso) => days.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
    month: (iso) => months.format(new Date(`${iso.slice(0, 7)}-01T00:00:00Z`)),
    percent: (share) => percent.format(share),
  };
}

function compactFormat(locale: string, currency: string): (amount: number) => string {
  try {
    const f = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
    return (amount) => f.format(amount);
  } catch {
    // An unknown currency code still shows the figure.
    const f = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    return (amount) => `${currency} ${f.format(amount)}`;
  }
}
