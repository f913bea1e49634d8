import { z } from 'zod';
import { RUNBOOK_PHASES } from './runbook-types.js';

// The shape of the architect's edits to the generated runbooks, kept in the estate and
// checked by the back end. Apart from runbook-edits.ts, which lays them over a runbook,
// so the renderer bundle carries no zod.

const StepIdSchema = z.string().min(1).max(200);
const text = z.string().trim().min(1, 'A step needs some words').max(2000);
const person = z.string().trim().max(120);
const minutes = z.number().int().min(0).max(10_080);

export const StepEditSchema = z.object({
  text: text.optional(),
  removed: z.boolean().optional(),
  owner: person.optional(),
  approver: person.optional(),
  minutes: minutes.optional(),
  /** The wave it was made in, and the generated wording then: to say what an edit was when it no longer applies. */
  wave: z.number().int().min(0),
  was: z.string().max(2000),
});
export type StepEdit = z.infer<typeof StepEditSchema>;

export const AddedStepSchema = z.object({
  id: z.string().regex(/^custom:[A-Za-z0-9-]{1,60}$/),
  wave: z.number().int().min(0),
  phase: z.enum(RUNBOOK_PHASES),
  text,
  owner: person.optional(),
  approver: person.optional(),
  minutes: minutes.optional(),
});
export type AddedStep = z.infer<typeof AddedStepSchema>;

export const RunbookEditsSchema = z.object({
  steps: z.record(StepIdSchema, StepEditSchema),
  added: z.array(AddedStepSchema).max(10_000),
  /** Per wave, the order the architect left the steps in (only waves that were reordered or added to). */
  order: z.record(z.string().regex(/^\d+$/), z.array(StepIdSchema).max(200_000)),
});
export type RunbookEdits = z.infer<typeof RunbookEditsSchema>;
