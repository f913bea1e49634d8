import { useMemo } from 'react';
import type { Change } from '../../../shared/changes/change-set';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import { analyseEstate, type EstateAnalysis } from '../../../shared/findings/analyse';
import { tierChoiceProblem } from '../../../shared/tiers/tier-choice';

// One analysis per version of the estate, shared by every view and by the tier-choice
// guard: the store keeps workloads and dependencies as new arrays on each edit, so the
// pair identifies a version. Recomputed on the UI thread: ~3 ms for 2,000 workloads
// (`npm run bench` prints it), well inside the 50 ms budget.
let last: { workloads: unknown; dependencies: unknown; analysis: EstateAnalysis } | undefined;

export function analysisOf(estate: Pick<EstateSnapshot, 'workloads' | 'dependencies'>): EstateAnalysis {
  if (last && last.workloads === estate.workloads && last.dependencies === estate.dependencies) return last.analysis;
  const analysis = analyseEstate(estate);
  last = { workloads: estate.workloads, dependencies: estate.dependencies, analysis };
  return analysis;
}

export function useAnalysis(snapshot: Pick<EstateSnapshot, 'workloads' | 'dependencies'>): EstateAnalysis {
  const { workloads, dependencies } = snapshot;
  return useMemo(() => analysisOf({ workloads, dependencies }), [workloads, dependencies]);
}

/**
 * Why an edit cannot be taken: it leaves a workload on a tier weaker than its
 * recommendation without a reason (DESIGN.md: the reason is the accepted risk).
 * Only edits that touch the choice or its reason are checked, so an estate that
 * already holds such a choice (an import) can still be edited elsewhere; the
 * Findings view lists it.
 */
export function tierChoiceRefusal(next: Pick<EstateSnapshot, 'workloads' | 'dependencies'>, changes: readonly Change[]): string | null {
  const touched = new Set<string>();
  for (const c of changes) {
    if (c.op === 'updateWorkload' && (c.field === 'chosenTier' || c.field === 'tierOverrideReason')) touched.add(c.id);
    if (c.op === 'addWorkload' && c.workload.chosenTier) touched.add(c.workload.id);
  }
  if (touched.size === 0) return null;
  const analysis = analysisOf(next);
  for (const w of next.workloads) {
    if (!touched.has(w.id)) continue;
    const recommended = analysis.recommendations.get(w.id)?.tier;
    const problem = recommended && tierChoiceProblem(w.chosenTier, w.tierOverrideReason, recommended);
    if (problem) return `${w.name}: ${problem}`;
  }
  return null;
}
