import type { Change } from '../../../shared/changes/change-set';
import type { ReportInput } from '../../../shared/report/report-input';
import { contradictoryDateLimits } from '../../../shared/domain/workload-dates';
import { tierChoiceProblems } from '../../../shared/tiers/tier-choice';
import { reportFor } from './report-cache';

/**
 * Why an edit cannot be taken: it leaves a workload on a tier weaker than its
 * recommendation without a reason (the reason is the accepted risk).
 * Only edits that touch the choice or its reason are checked, so an estate that
 * already holds such a choice (an import) can still be edited elsewhere; the
 * Findings view lists it.
 */
export function tierChoiceRefusal(next: ReportInput, changes: readonly Change[]): string | null {
  const touched = new Set<string>();
  for (const c of changes) {
    if (c.op === 'updateWorkload' && (c.field === 'chosenTier' || c.field === 'tierOverrideReason')) touched.add(c.id);
    if (c.op === 'addWorkload' && c.workload.chosenTier) touched.add(c.workload.id);
  }
  if (touched.size === 0) return null;
  const { analysis } = reportFor(next);
  const [first] = tierChoiceProblems(next.workloads, (id) => analysis.recommendations.get(id)?.tier, touched).values();
  return first ? `${first.workload.name}: ${first.message}` : null;
}

const DATE_FIELDS = new Set(['notBefore', 'notAfter', 'doneBy']);

/** Why an edit cannot be taken: it leaves a workload's date limits contradicting each other (no day left to cut over). */
export function dateLimitsRefusal(next: ReportInput, changes: readonly Change[]): string | null {
  const touched = new Set<string>();
  for (const c of changes) {
    if (c.op === 'updateWorkload' && DATE_FIELDS.has(c.field)) touched.add(c.id);
    if (c.op === 'addWorkload') touched.add(c.workload.id);
  }
  if (touched.size === 0) return null;
  for (const w of next.workloads) {
    if (!touched.has(w.id)) continue;
    const problem = contradictoryDateLimits(w);
    if (problem) return `${w.name}: ${problem.message}.`;
  }
  return null;
}
