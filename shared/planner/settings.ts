import { z } from 'zod';
import { BlackoutSchema } from '../domain/blackout.js';
import { CalendarDaySchema } from '../domain/calendar-day.js';
import { blackoutProblem } from './blackout-span.js';
import { holidayPlaceProblem } from './holidays.js';

// Blackout windows live in domain/ (a workload has its own too); re-exported for the settings' readers.
export { BlackoutSchema, type Blackout } from '../domain/blackout.js';

// Plan settings per estate (docs/domain-rules.md, "Waves"); every one optional with a default.
// Dates are ISO calendar days (yyyy-mm-dd); the plan counts whole days, and every cutover
// starts at the one cutover time.

const isoDay = CalendarDaySchema;

/** An estate-wide blackout: the domain's window, which must not end before it starts. */
const EstateBlackoutSchema = BlackoutSchema.refine((b) => b.to >= b.from, { message: 'A blackout ends on or after the day it starts', path: ['to'] });

/** ISO weekdays: 1 Monday … 7 Sunday. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export const HolidayPlaceSchema = z.object({ country: z.string().regex(/^[A-Z]{2}$/, 'A country is its two-letter code, e.g. IE'), region: z.string().max(10) }).superRefine((place, ctx) => {
  const problem = holidayPlaceProblem(place);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Business days around month end with no cutover: the last `before` of a month and the first `after` of the next. */
export const FinanceCloseSchema = z
  .object({ before: z.number().int().min(0).max(10), after: z.number().int().min(0).max(10) })
  .refine((c) => c.before + c.after <= 15, { message: 'Finance close: at most 15 business days in all (before and after month end), or a month has no day left to cut over' });

const PlanSettingsShape = z.object({
  startDate: isoDay,
  waveLengthDays: z.number().int().min(1).max(365),
  minWorkloadsPerWave: z.number().int().min(0).max(10_000),
  maxWorkloadsPerWave: z.number().int().min(1).max(10_000),
  maxEffortDaysPerWave: z.number().min(1).max(100_000).nullable(),
  wavesInFlight: z.number().int().min(1).max(20),
  blackouts: z.array(EstateBlackoutSchema).max(200),
  /** The ISO weekdays a cutover may fall on (1 Monday … 7 Sunday). */
  cutoverWeekdays: z
    .array(z.number().int().min(1).max(7))
    .min(1, 'Tick at least one cutover weekday: with none, no wave could cut over')
    .refine((days) => new Set(days).size === days.length, 'Each cutover weekday once'),
  /** When the cutover starts on its day (local time of the estate), hh:mm. */
  cutoverTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A cutover time as hh:mm, e.g. 20:00'),
  /** Whose public holidays close a day to cutovers (and do not count as business days); null for none. */
  holidays: HolidayPlaceSchema.nullable(),
  financeClose: FinanceCloseSchema,
  /** Providers first: a consumer moves in the same wave as its providers or later. */
  order: z.enum(['providers-first', 'consumers-first']),
  /** Wave 1 is a pilot: only non-production or criticality 3-4, nothing restricted. */
  pilotWave: z.boolean(),
  /** How many first waves (pilot included) critical, heavily customized or restricted workloads stay out of. */
  provingWaves: z.number().int().min(0).max(20),
  /** Workloads failing a readiness gate are held back, or scheduled and flagged. */
  readinessGates: z.enum(['hold-back', 'flag']),
  /** Wave 0: landing zone, identity, segmentation, logging, backups, infrastructure as code. No workloads. */
  foundationWave: z.boolean(),
});

// Blackouts that together close over a year leave no day to cut over on: refused here, so the calendar never has to search further.
export const PlanSettingsSchema = PlanSettingsShape.superRefine((settings, ctx) => {
  const problem = blackoutProblem(settings.blackouts);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['blackouts'] });
});
export type PlanSettings = z.infer<typeof PlanSettingsSchema>;

export const DEFAULT_PLAN_SETTINGS: PlanSettings = {
  startDate: '2027-01-04',
  waveLengthDays: 14,
  minWorkloadsPerWave: 0,
  maxWorkloadsPerWave: 12,
  maxEffortDaysPerWave: null,
  wavesInFlight: 1,
  blackouts: [],
  cutoverWeekdays: [6, 7],
  cutoverTime: '20:00',
  holidays: null,
  // BD-3..BD+3: finance closes the books over the last three business days of a month and the first three of the next.
  financeClose: { before: 3, after: 3 },
  order: 'providers-first',
  pilotWave: true,
  provingWaves: 2,
  // Scheduled and flagged by default, so a first plan shows every workload with its
  // open gates on its wave; holding back is the stricter choice in the settings.
  readinessGates: 'flag',
  foundationWave: false,
};

/**
 * Plan settings stored before the calendar settings: `monthEndFreezeDays` (no cutover in
 * the last N calendar days of a month, "finance close") becomes the finance close in
 * business days. N business days cover at least the N calendar days, so every day the
 * freeze closed stays closed; the days after month end, which the freeze left open
 * although the books are still closing there, take the default. 0 (no freeze) stays off.
 */
export function upgradeStoredPlanSettings(stored: Record<string, unknown>): Record<string, unknown> {
  if (!('monthEndFreezeDays' in stored)) return stored;
  const { monthEndFreezeDays: freeze, ...rest } = stored;
  if ('financeClose' in rest || typeof freeze !== 'number' || !Number.isFinite(freeze)) return rest;
  const before = Math.min(10, Math.max(0, Math.round(freeze)));
  return { ...rest, financeClose: before === 0 ? { before: 0, after: 0 } : { before, after: DEFAULT_PLAN_SETTINGS.financeClose.after } };
}
