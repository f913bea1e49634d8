import { z } from 'zod';
import { MAX_WORKLOAD_BLACKOUTS, WorkloadBlackoutSchema } from './blackout.js';
import { CalendarDaySchema } from './calendar-day.js';
import { QUANTITY_MAX } from './limits.js';
import { CRITICALITIES, CUSTOMIZATIONS, DATA_CLASSES, ENVIRONMENTS, LICENSINGS, READINESS_CHECKS, STRATEGIES, TIERS, WORKLOAD_KINDS } from './enums.js';

// Optional text is '' rather than null: a blank cell and an empty string mean the
// same thing to an architect, and it keeps the grid and Excel round trip simple.
// Optional numbers are null: "unknown" must stay distinct from 0 (planning confidence
// counts what is unknown).
const text = (max: number) => z.string().max(max);
/** One item of a free-text list: no comma, which separates the items wherever a list is written as one text. */
const listItem = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^,]*$/, `${what} cannot hold a comma: a comma separates one from the next`);
// Bounded, as in the field registry (workload-fields.ts).
const quantity = z.number().finite().min(0).max(QUANTITY_MAX).nullable();
const minutes = z.number().int().min(0).max(525_600).nullable();
// A day limit: yyyy-mm-dd, or '' for none (optional text is '').
const day = z.union([z.literal(''), CalendarDaySchema]);

// `__proto__` is a key no plain object can hold (positions and lookups by id are objects).
export const WorkloadIdSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((id) => id !== '__proto__', 'An id cannot be __proto__');

export const WorkloadSchema = z.object({
  id: WorkloadIdSchema,
  name: z.string().trim().min(1, 'A workload needs a name').max(200),
  system: text(200),
  kind: z.enum(WORKLOAD_KINDS),
  environment: z.enum(ENVIRONMENTS),
  tenant: text(200),
  businessUnit: text(200),
  owner: text(200),
  // Said in words: zod's own message for a union of literals is only "Invalid input".
  criticality: z
    .union(
      CRITICALITIES.map((c) => z.literal(c)),
      { error: `expected one of ${CRITICALITIES.join(', ')} (1 the most critical), or blank` },
    )
    .nullable(),
  dataClasses: z.array(z.enum(DATA_CLASSES)).max(DATA_CLASSES.length),
  masked: z.boolean(),
  // An estate file keeps a list in one column, comma-joined: a comma inside an item would come back as two.
  complianceTags: z.array(listItem(40, 'A compliance tag')).max(20),
  residencyRegion: text(100),
  customization: z.enum(CUSTOMIZATIONS).nullable(),
  users: z.number().int().min(0).max(10_000_000).nullable(),
  vcpu: quantity,
  memoryGb: quantity,
  storageGb: quantity,
  databaseGb: quantity,
  /** How much of its data changes in a day, GB: how long reverse replication takes to carry a failed cutover's writes back (docs/domain-rules.md, "Rollback"). */
  dataChangeGbPerDay: quantity,
  rpoMinutes: minutes,
  rtoMinutes: minutes,
  currentHosting: text(200),
  /** Where discovery saw it (IPv4 or IPv6, as written): observed connections are matched to workloads by these. */
  ipAddresses: z.array(listItem(45, 'An IP address')).max(32),
  currentMonthlyCost: quantity,
  strategy: z.enum(STRATEGIES).nullable(),
  chosenTier: z.enum(TIERS).nullable(),
  tierOverrideReason: text(2000),
  readiness: z.array(z.enum(READINESS_CHECKS)).max(READINESS_CHECKS.length),
  effortDays: z.number().finite().min(0).max(100_000).nullable(),
  pinnedWave: z.number().int().min(0).max(999).nullable(),
  moveGroup: text(100),
  /** Date limits from the workshops (docs/domain-rules.md, "Waves"): its wave cuts over on or after notBefore, on or before notAfter, and is finished (wave end) by doneBy. */
  notBefore: day,
  notAfter: day,
  doneBy: day,
  /** Its own blackout windows: its wave's cutover falls in none of them. */
  blackouts: z.array(WorkloadBlackoutSchema).max(MAX_WORKLOAD_BLACKOUTS),
  notes: text(10_000),
  /** Measured peak CPU and memory use, percent (migration 007): right-sizing reads them (docs/domain-rules.md, "Costs"). */
  cpuUtilisationPct: z.number().finite().min(0).max(100).nullable(),
  memoryUtilisationPct: z.number().finite().min(0).max(100).nullable(),
  /** How its software is licensed in the cloud (null: not recorded, priced as included). */
  licensing: z.enum(LICENSINGS).nullable(),
});
export type Workload = z.infer<typeof WorkloadSchema>;
export type WorkloadField = Exclude<keyof Workload, 'id'>;

export { blankWorkload } from './blank-workload.js';
export { QUANTITY_MAX } from './limits.js';
