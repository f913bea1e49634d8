import type { AddedStep, RunbookEdits, StepEdit } from './runbook-edit-schema.js';
import { rtoBreaches } from './rollback-fit.js';
import { rollbackPath, type StepPath } from './rollback-path.js';
import { RUNBOOK_PHASES, type Runbook, type RunbookPhase, type RunbookStep } from './runbook-types.js';

export type { AddedStep, RunbookEdits, StepEdit } from './runbook-edit-schema.js';

// The architect's edits laid over the generated runbooks. Generated steps are named by
// their stable id, so an edit survives regeneration wherever that step is still
// generated; an edit whose step is no longer generated is reported, not dropped.

export const NO_RUNBOOK_EDITS: RunbookEdits = { steps: {}, added: [], order: {} };

/** A step as the Rollback view shows it: generated or added, with the edits on it. */
export interface EditedStep {
  readonly id: string;
  readonly phase: RunbookPhase;
  readonly text: string;
  /** The generated wording (null for an added step). */
  readonly generated: string | null;
  readonly minutes: number;
  readonly owner: string;
  readonly approver: string;
  readonly workloadIds: readonly string[];
  readonly added: boolean;
  readonly reworded: boolean;
  readonly removed: boolean;
  /** Reworded, and the generated wording has changed since (the plan or the estate moved on). */
  readonly generatedChanged: boolean;
  /** A generated rollback step's place on the way back; an added step has none and runs after the rest. */
  readonly path?: StepPath | undefined;
}

export interface EditedRunbook extends Omit<Runbook, 'steps'> {
  steps: EditedStep[];
}

/** A generated step with its edit; the wording is made only when shown (a wave can have tens of thousands of steps). */
class EditedGeneratedStep implements EditedStep {
  readonly added = false;
  constructor(
    private readonly step: RunbookStep,
    private readonly edit: StepEdit | undefined,
  ) {}
  get id() {
    return this.step.id;
  }
  get phase() {
    return this.step.phase;
  }
  get text() {
    return this.edit?.text ?? this.step.text;
  }
  get generated() {
    return this.step.text;
  }
  get minutes() {
    return this.edit?.minutes ?? this.step.minutes;
  }
  get owner() {
    return this.edit?.owner ?? '';
  }
  get approver() {
    return this.edit?.approver ?? '';
  }
  get workloadIds() {
    return this.step.workloadIds;
  }
  get path() {
    return this.step.path;
  }
  get reworded() {
    return this.edit?.text !== undefined;
  }
  get removed() {
    return this.edit?.removed === true;
  }
  get generatedChanged() {
    return this.edit?.text !== undefined && this.edit.was !== this.step.text;
  }
}

function fromAdded(a: AddedStep): EditedStep {
  return {
    id: a.id,
    phase: a.phase,
    text: a.text,
    generated: null,
    minutes: a.minutes ?? 0,
    owner: a.owner ?? '',
    approver: a.approver ?? '',
    workloadIds: [],
    added: true,
    reworded: false,
    removed: false,
    generatedChanged: false,
  };
}

/**
 * The stored order where there is one, each step not in it placed after the step it
 * follows in the generated order (or first in its phase); phases stay in runbook order.
 */
function ordered(steps: EditedStep[], stored: readonly string[] | undefined): EditedStep[] {
  if (!stored) return steps;
  const byId = new Map(steps.map((s) => [s.id, s]));
  const result = stored.filter((id) => byId.has(id)).map((id) => byId.get(id) as EditedStep);
  const placed = new Set(result.map((s) => s.id));
  steps.forEach((s, i) => {
    if (placed.has(s.id)) return;
    let previous = i - 1;
    while (previous >= 0 && !placed.has((steps[previous] as EditedStep).id)) previous--;
    const at = previous < 0 ? 0 : result.indexOf(steps[previous] as EditedStep) + 1;
    result.splice(at, 0, s);
    placed.add(s.id);
  });
  const phase = (s: EditedStep) => RUNBOOK_PHASES.indexOf(s.phase);
  return result
    .map((s, i) => ({ s, i }))
    .sort((a, b) => phase(a.s) - phase(b.s) || a.i - b.i)
    .map(({ s }) => s);
}

/** One wave's runbook with the edits applied; the rollback time is the critical path of the steps as edited. */
export function applyRunbookEdits(runbook: Runbook, edits: RunbookEdits): EditedRunbook {
  const steps: EditedStep[] = runbook.steps.map((s) => new EditedGeneratedStep(s, edits.steps[s.id]));
  for (const a of edits.added) {
    if (a.wave !== runbook.wave) continue;
    // Without a stored order an added step goes last in its phase.
    const last = steps.findLastIndex((s) => RUNBOOK_PHASES.indexOf(s.phase) <= RUNBOOK_PHASES.indexOf(a.phase));
    steps.splice(last + 1, 0, fromAdded(a));
  }
  const result = ordered(steps, edits.order[String(runbook.wave)]);
  const timed = rollbackPath(result, runbook.parallelRestores);
  // Wave and steps first, then the rest, as a spread of a plain runbook would give: a generated one keeps its steps in a getter, which a spread leaves out.
  return Object.assign({ wave: runbook.wave, steps: result }, runbook, { steps: result, rollbackMinutes: timed.minutes, rtoBreaches: rtoBreaches(runbook.rtos, timed.finish) });
}

/** The wave a generated step id belongs to: its own for a wave's step, its workload's for a workload's. */
function waveOfStep(id: string, waveOfWorkload: (id: string) => number | undefined): number | undefined {
  return id.startsWith('wave-') ? Number(id.slice(5, id.indexOf(':'))) : waveOfWorkload(id.slice(id.indexOf(':') + 1));
}

/** Waves whose runbooks any edit touches (the rest can be read as generated). */
export function wavesWithEdits(edits: RunbookEdits, waveOfWorkload: (id: string) => number | undefined): Set<number> {
  const waves = new Set<number>();
  for (const id of Object.keys(edits.steps)) {
    const wave = waveOfStep(id, waveOfWorkload);
    if (wave !== undefined) waves.add(wave);
  }
  for (const a of edits.added) waves.add(a.wave);
  for (const wave of Object.keys(edits.order)) waves.add(Number(wave));
  return waves;
}

export interface StaleEdit {
  id: string;
  wave: number;
  /** What the step said (the generated wording, or the added step's words). */
  was: string;
  edit: StepEdit | AddedStep;
}

/**
 * Edits whose step is no longer generated (the workload left the plan, the link no
 * longer crosses, the wave is gone). `stepIdsOf(wave)` gives a wave's generated ids; a
 * workload's steps are looked up in the wave it moves in now.
 */
export function staleEdits(edits: RunbookEdits, waveOfWorkload: (id: string) => number | undefined, stepIdsOf: (wave: number) => ReadonlySet<string> | undefined): StaleEdit[] {
  const stale: StaleEdit[] = [];
  for (const [id, edit] of Object.entries(edits.steps)) {
    const wave = waveOfStep(id, waveOfWorkload);
    if (wave === undefined || !stepIdsOf(wave)?.has(id)) stale.push({ id, wave: edit.wave, was: edit.was, edit });
  }
  for (const a of edits.added) if (!stepIdsOf(a.wave)) stale.push({ id: a.id, wave: a.wave, was: a.text, edit: a });
  return stale;
}
