import { z } from 'zod';
import { BlackoutSchema } from '../domain/blackout.js';
import { CalendarDaySchema } from '../domain/calendar-day.js';

// Blackout windows live in domain/ (a workload has its own too); re-exported for the settings' readers.
export { BlackoutSchema, type Blackout } from '../domain/blackout.js';

// Plan settings per estate (docs/domain-rules.md, "Waves"); every one optional with a default.
// Dates are ISO calendar days (yyyy-mm-dd); the plan has no time of day.

const isoDay = CalendarDaySchema;

export const PlanSettingsSchema = z.object({
  startDate: isoDay,
  waveLengthDays: z.number().int().min(1).max(365),
  minWorkloadsPerWave: z.number().int().min(0).max(10_000),
  maxWorkloadsPerWave: z.number().int().min(1).max(10_000),
  maxEffortDaysPerWave: z.number().min(1).max(100_000).nullable(),
  wavesInFlight: z.number().int().min(1).max(20),
  blackouts: z.array(BlackoutSchema).max(200),
  monthEndFreezeDays: z.number().int().min(0).max(15),
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
export type PlanSettings = z.infer<typeof PlanSettingsSchema>;

export const DEFAULT_PLAN_SETTINGS: PlanSettings = {
  startDate: '2027-01-04',
  waveLengthDays: 14,
  minWorkloadsPerWave: 0,
  maxWorkloadsPerWave: 12,
  maxEffortDaysPerWave: null,
  wavesInFlight: 1,
  blackouts: [],
  monthEndFreezeDays: 3,
  order: 'providers-first',
  pilotWave: true,
  provingWaves: 2,
  // Scheduled and flagged by default, so a first plan shows every workload with its
  // open gates on its wave; holding back is the stricter choice in the settings.
  readinessGates: 'flag',
  foundationWave: false,
};
