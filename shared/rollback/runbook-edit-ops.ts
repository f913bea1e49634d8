import type { RunbookPhase } from './runbook-types.js';
import type { AddedStep, EditedStep, RunbookEdits, StepEdit } from './runbook-edits.js';

// The edits the Rollback view makes, as pure functions from the edits before to the
// edits after: the view commits the result as one setting change, so undo is exact.

type Fields = Partial<Pick<StepEdit, 'text' | 'owner' | 'approver' | 'minutes' | 'removed'>>;

/** Drops the fields that say nothing (empty names, the generated wording, not removed). */
function tidy(edit: StepEdit, step: EditedStep): StepEdit | null {
  const next: StepEdit = { wave: edit.wave, was: edit.was };
  if (edit.text !== undefined && edit.text !== step.generated) next.text = edit.text;
  if (edit.removed) next.removed = true;
  if (edit.owner) next.owner = edit.owner;
  if (edit.approver) next.approver = edit.approver;
  if (edit.minutes !== undefined) next.minutes = edit.minutes;
  return Object.keys(next).length > 2 ? next : null;
}

/** Rewords, assigns, re-times, removes or restores one step of `wave`. */
export function editStep(edits: RunbookEdits, wave: number, step: EditedStep, fields: Fields): RunbookEdits {
  if (step.added) {
    const added = edits.added.map((a): AddedStep => {
      if (a.id !== step.id) return a;
      const next: AddedStep = { ...a, ...fields } as AddedStep;
      delete (next as { removed?: boolean }).removed;
      return next;
    });
    if (fields.removed) return forget(edits, [step.id]);
    return { ...edits, added };
  }
  const current = edits.steps[step.id] ?? { wave, was: step.generated ?? step.text };
  const next = tidy({ ...current, ...fields, wave, was: step.generated ?? current.was }, step);
  const steps = { ...edits.steps };
  if (next) steps[step.id] = next;
  else delete steps[step.id];
  return { ...edits, steps };
}

/** Adds a step to `wave` after `afterId` (or first), given the order the view shows. */
export function addStep(edits: RunbookEdits, wave: number, phase: RunbookPhase, text: string, afterId: string | null, shown: readonly string[], id: string): RunbookEdits {
  const order = [...shown];
  order.splice(afterId === null ? 0 : order.indexOf(afterId) + 1, 0, id);
  return { ...edits, added: [...edits.added, { id, wave, phase, text }], order: { ...edits.order, [String(wave)]: order } };
}

/** Moves a step one place up or down within its phase, given the steps as shown. */
export function moveStep(edits: RunbookEdits, wave: number, shown: readonly EditedStep[], id: string, by: -1 | 1): RunbookEdits {
  const at = shown.findIndex((s) => s.id === id);
  const other = shown[at + by];
  if (at < 0 || !other || other.phase !== shown[at]?.phase) return edits;
  const order = shown.map((s) => s.id);
  order[at] = other.id;
  order[at + by] = id;
  return { ...edits, order: { ...edits.order, [String(wave)]: order } };
}

/** Forgets edits (those that no longer apply, or an added step being removed). */
export function forget(edits: RunbookEdits, ids: readonly string[]): RunbookEdits {
  const doomed = new Set(ids);
  const steps = Object.fromEntries(Object.entries(edits.steps).filter(([id]) => !doomed.has(id)));
  const order = Object.fromEntries(Object.entries(edits.order).map(([wave, list]) => [wave, list.filter((id) => !doomed.has(id))]));
  return { steps, added: edits.added.filter((a) => !doomed.has(a.id)), order };
}
