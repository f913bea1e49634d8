import { z } from 'zod';
import { CalendarDaySchema } from './calendar-day.js';

// A blackout window: calendar days (inclusive) on which no cutover may fall, with a
// label that says why. The estate's plan settings hold the whole estate's windows; a
// workload holds its own ("the EHR interface cannot move in December"). It lives on
// the bottom floor so the workload schema can use it without reaching into the planner.

export const BlackoutSchema = z.object({ from: CalendarDaySchema, to: CalendarDaySchema, label: z.string().max(120) });
export type Blackout = z.infer<typeof BlackoutSchema>;

/** How many windows one workload may carry: a few per year is what workshops say; more is a data mistake. */
export const MAX_WORKLOAD_BLACKOUTS = 20;

// A workload's own windows go through one spreadsheet cell ("from..to label; …"), so a
// label may not hold the separator or a line break, and a window must not end before it starts.
export const WorkloadBlackoutSchema = BlackoutSchema.extend({
  label: z
    .string()
    .trim()
    .max(120)
    .refine((label) => !/[;\r\n]/.test(label), 'A blackout label cannot hold “;” or a line break'),
}).refine((b) => b.from <= b.to, { message: 'A blackout window cannot end before it starts', path: ['to'] });
