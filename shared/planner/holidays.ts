import Holidays from 'date-holidays';

// Public holidays of a country (and region) from the date-holidays package: offline,
// maintained, with the rules for moving feasts and substitute days. The planner closes:
// - `public` and `bank` holidays (offices, banks and suppliers' support lines closed);
// - `optional` ones ("most people take the day off": Christmas Eve in the US): a cutover
//   needs its team, the hospital's testers and the vendors on call;
// - the non-working days between two such holidays (Easter Saturday and Sunday between
//   Good Friday and Easter Monday, which the package lists as an observance or not at all):
//   a holiday weekend has no one on call.
// Observances (Mother's Day, Valentine's) and school holidays are working days.

const CLOSING_TYPES = new Set(['public', 'bank', 'optional']);

export interface HolidayPlace {
  country: string;
  region: string;
}

let catalogue: Holidays | undefined;
const lookup = () => (catalogue ??= new Holidays());

/** Every country the package knows, by name. */
export function holidayCountries(): { code: string; name: string }[] {
  return Object.entries(lookup().getCountries('en'))
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A country's regions (states, provinces), by name; empty when it has none. */
export function holidayRegions(country: string): { code: string; name: string }[] {
  const states = lookup().getStates(country, 'en') ?? {};
  return Object.entries(states)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A place in words for the workbook: "Ireland (IE)", "Germany, Bavaria (DE-BY)". */
export function holidayPlaceName(place: HolidayPlace): string {
  const country = lookup().getCountries('en')[place.country] ?? place.country;
  const region = place.region ? lookup().getStates(place.country, 'en')?.[place.region] : undefined;
  return `${country}${region ? `, ${region}` : ''} (${[place.country, place.region].filter(Boolean).join('-')})`;
}

/** Why a place is not one the package knows, in words; undefined when it is. */
export function holidayPlaceProblem(place: HolidayPlace): string | undefined {
  const countries = lookup().getCountries('en');
  if (!Object.hasOwn(countries, place.country)) return `Public holidays: “${place.country}” is not a country code the holiday calendar knows (for example IE, GB, DE).`;
  if (place.region && !Object.hasOwn(lookup().getStates(place.country, 'en') ?? {}, place.region))
    return `Public holidays: “${place.region}” is not a region of ${countries[place.country]} (leave it blank for the whole country).`;
  return undefined;
}

const DAY_MS = 86_400_000;
const isoOf = (dayNumber: number) => new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
const dayNumberOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const weekend = (dayNumber: number) => {
  const weekday = (((dayNumber + 3) % 7) + 7) % 7; // 0 = Monday
  return weekday >= 5;
};

interface Listed {
  /** Closed holidays of the year, with the words that say why. */
  closed: Map<string, string>;
  /** Every name the package lists for a day, observances included (Easter Sunday), for a holiday weekend's wording. */
  names: Map<string, string>;
}

/** The closed days of one place, worked out a year at a time and kept: the planner asks about every day of thousands of waves. */
export class HolidayCalendar {
  private readonly rules: Holidays;
  private readonly lists = new Map<number, Listed>();
  private readonly years = new Map<number, Map<string, string>>();
  private readonly where: string;

  constructor(place: HolidayPlace) {
    this.rules = place.region ? new Holidays(place.country, place.region) : new Holidays(place.country);
    this.where = place.region ? `${place.country}-${place.region}` : place.country;
  }

  /** Why the day is closed ("Easter Monday (public holiday, IE)"), or undefined. */
  closed(iso: string): string | undefined {
    return this.year(Number(iso.slice(0, 4))).get(iso);
  }

  private listed(year: number): Listed {
    let list = this.lists.get(year);
    if (list) return list;
    list = { closed: new Map(), names: new Map() };
    for (const h of this.rules.getHolidays(year, 'en')) {
      // A holiday that lasts several days is closed from its first day to the day its end falls in.
      const first = dayNumberOf(h.date.slice(0, 10));
      const length = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
      for (let d = first; d < first + length; d++) {
        const iso = isoOf(d);
        if (CLOSING_TYPES.has(h.type) && !list.closed.has(iso)) list.closed.set(iso, `${h.name} (${h.type === 'optional' ? 'holiday most take off' : `${h.type} holiday`}, ${this.where})`);
        if (!list.names.has(iso)) list.names.set(iso, h.name);
      }
    }
    this.lists.set(year, list);
    return list;
  }

  private isHoliday(d: number): boolean {
    const iso = isoOf(d);
    return this.listed(Number(iso.slice(0, 4))).closed.has(iso);
  }

  private year(year: number): Map<string, string> {
    let closed = this.years.get(year);
    if (closed) return closed;
    const own = this.listed(year);
    closed = new Map(own.closed);
    // A holiday weekend: weekend days between two closed holidays. The holidays at the
    // end of the year before count too, so a weekend after New Year's Eve is seen.
    const starts = [...this.listed(year - 1).closed.keys()].filter((iso) => iso.slice(5) >= '12-28').concat([...own.closed.keys()]);
    for (const iso of starts) {
      let d = dayNumberOf(iso) + 1;
      const between: number[] = [];
      while (weekend(d) && !this.isHoliday(d) && between.length < 2) between.push(d++);
      if (between.length === 0 || !this.isHoliday(d)) continue;
      const before = (this.listed(Number(iso.slice(0, 4))).closed.get(iso) ?? '').replace(/ \(.*$/, '');
      for (const b of between) {
        const bridged = isoOf(b);
        if (bridged.startsWith(`${year}-`)) closed.set(bridged, `${own.names.get(bridged) ?? `${before} weekend`} (holiday weekend, ${this.where})`);
      }
    }
    this.years.set(year, closed);
    return closed;
  }
}

// Kept per place for the session: every plan (one per edit) asks about the same years,
// and working out a year of a country's holidays takes milliseconds.
const places = new Map<string, HolidayCalendar>();
const KEPT_PLACES = 8;

/** The holiday calendar of a place, shared by every plan that asks. */
export function holidayCalendarOf(place: HolidayPlace): HolidayCalendar {
  const key = `${place.country}/${place.region}`;
  let calendar = places.get(key);
  if (!calendar) {
    if (places.size >= KEPT_PLACES) places.delete(places.keys().next().value as string);
    calendar = new HolidayCalendar(place);
    places.set(key, calendar);
  }
  return calendar;
}
