import { z } from 'zod';
import { WorkloadIdSchema, WorkloadSchema } from '../domain/workload.js';
import { ESTATE_SETTINGS } from '../estate/estate-settings.js';
import { ScenarioIdSchema } from '../estate/estate-fields.js';
import { BASELINE_SCENARIO_ID, SCENARIO_NAME_MAX } from '../estate/scenarios.js';

// The op that edits a scenario other than through the active view (a merge brings in
// every scenario, whichever one is open): `setScenario` holds the scenario as it was and
// as it becomes, so its inverse is the same op with the two swapped, and it can be
// inverted without knowing scenarios the window does not show.
//
// Storage rule (electron/backend/services/estate-scenarios.ts): a scenario without a row
// for a workload follows the baseline, and before the baseline changes a decision every
// scenario still following it is given the old value. So states are absolute:
// - another scenario's `decisions` are full rows, and the scenario holds exactly these
//   rows afterwards (a workload left out follows the baseline); `settings` are its own,
//   exactly (one left out follows the baseline's);
// - the baseline's `decisions` and `settings` are only those the op writes (its rows are
//   the workload table, shared with every fact), each written as the baseline writes an
//   edit: scenarios still following it keep the old value.
// Whoever builds the op lists a row for every workload whose value in the scenario is
// not the same before and after and in the baseline before and after (merge-change-set.ts),
// so the op lands the same whether the baseline's change runs before or after it.

const ScenarioDecisionsSchema = WorkloadSchema.pick({ strategy: true, chosenTier: true, tierOverrideReason: true, pinnedWave: true, notBefore: true, notAfter: true, doneBy: true, blackouts: true });

export const ScenarioStateSchema = z.object({
  name: z.string().trim().min(1).max(SCENARIO_NAME_MAX),
  /** Its place in the list of scenarios, the baseline being 0. */
  index: z.number().int().min(0).max(10_000),
  /** Whether it is the scenario the estate has open (a scenario removed while open hands over to the baseline). */
  active: z.boolean(),
  // Keyed by workload id, which is never __proto__ (a key no plain object can hold).
  decisions: z.record(WorkloadIdSchema, ScenarioDecisionsSchema),
  settings: z
    .object({
      planSettings: ESTATE_SETTINGS.planSettings.schema.optional(),
      rollbackSettings: ESTATE_SETTINGS.rollbackSettings.schema.optional(),
      rateCard: ESTATE_SETTINGS.rateCard.schema.optional(),
      runbookEdits: ESTATE_SETTINGS.runbookEdits.schema.optional(),
    })
    .strict(),
});
export type ScenarioState = z.infer<typeof ScenarioStateSchema>;

export const SetScenarioSchema = z
  .object({ op: z.literal('setScenario'), id: ScenarioIdSchema, before: ScenarioStateSchema.nullable(), after: ScenarioStateSchema.nullable() })
  .superRefine((change, ctx) => {
    if (!change.before && !change.after) ctx.addIssue({ code: 'custom', path: ['after'], message: 'A scenario must be there before or after the change' });
    if (change.id === BASELINE_SCENARIO_ID && (!change.before || !change.after)) {
      ctx.addIssue({ code: 'custom', path: ['after'], message: 'The baseline can be changed but neither made nor removed' });
    }
  });
