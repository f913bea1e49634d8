import type { WavePositions } from '../domain/wave-positions.js';
import type { EstateAnalysis } from '../findings/analyse.js';
import type { Plan } from '../planner/plan-types.js';
import { buildRunbooks } from '../rollback/runbook.js';
import { applyRunbookEdits, staleEdits, wavesWithEdits, type EditedRunbook, type StaleEdit } from '../rollback/runbook-edits.js';
import type { Runbook } from '../rollback/runbook-types.js';
import type { ReportInput } from './report-input.js';

/** Every wave's runbook as generated from the plan (before the architect's edits). */
export function generateRunbooks(
  input: Pick<ReportInput, 'workloads' | 'dependencies' | 'rollbackSettings' | 'rateCard'>,
  analysis: Pick<EstateAnalysis, 'index'>,
  plan: Plan,
  /** The plan's members by estate position, when the report has them (the cost stage reads them too). */
  positions?: WavePositions,
): Runbook[] {
  // The parallel run keeps the source running after each cutover: it is what makes a traffic switch or reverse replication the way back.
  const { parallelRunWeeks } = input.rateCard;
  return buildRunbooks({ plan, workloads: input.workloads, dependencies: input.dependencies, index: analysis.index, settings: input.rollbackSettings, parallelRunWeeks, positions });
}

/** The runbooks with the architect's edits: each wave's edited runbook made when first read. */
export interface EditedRunbooks {
  /** Every wave's runbook as shown and exported, edits laid over it. */
  all(): readonly EditedRunbook[];
  of(wave: number): EditedRunbook | undefined;
  /** Rollback times as edited: an edited runbook where an edit touches the wave, the generated one elsewhere (same times, no step objects). */
  timed(): readonly Omit<Runbook, 'steps'>[];
  /** Edits whose step is no longer generated, to show rather than drop. */
  stale(): readonly StaleEdit[];
}

export function editRunbooks(generated: readonly Runbook[], input: Pick<ReportInput, 'runbookEdits'>, plan: Plan): EditedRunbooks {
  const edits = input.runbookEdits;
  const waveOfWorkload = (id: string) => plan.waveOf.get(id);
  const byWave = new Map(generated.map((r) => [r.wave, r]));
  const edited = new Map<number, EditedRunbook>();
  const of = (wave: number) => {
    const runbook = byWave.get(wave);
    if (!runbook) return undefined;
    let e = edited.get(wave);
    if (!e) edited.set(wave, (e = applyRunbookEdits(runbook, edits)));
    return e;
  };
  let timed: Omit<Runbook, 'steps'>[] | undefined;
  let stale: StaleEdit[] | undefined;
  return {
    all: () => generated.map((r) => of(r.wave) as EditedRunbook),
    of,
    timed: () => {
      if (timed) return timed;
      const touched = wavesWithEdits(edits, waveOfWorkload);
      return (timed = generated.map((r) => (touched.has(r.wave) ? (of(r.wave) as EditedRunbook) : r)));
    },
    stale: () => {
      if (stale) return stale;
      const ids = new Map<number, Set<string> | undefined>();
      const stepIdsOf = (wave: number) => {
        if (!ids.has(wave)) {
          const r = byWave.get(wave);
          ids.set(wave, r && new Set(r.steps.map((s) => s.id)));
        }
        return ids.get(wave);
      };
      return (stale = staleEdits(edits, waveOfWorkload, stepIdsOf));
    },
  };
}
