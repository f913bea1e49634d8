import { labelOf, type Tier } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';
import { isWeakerTier } from './tier-order.js';

/**
 * Why a tier choice cannot be saved as it stands, or null when it can. A tier weaker
 * than the recommendation needs a reason: it is kept as an accepted risk.
 */
export function tierChoiceProblem(chosen: Tier | null, reason: string, recommended: Tier): string | null {
  if (chosen === null || !isWeakerTier(chosen, recommended) || reason.trim() !== '') return null;
  return `${labelOf(chosen)} is weaker than the recommended ${labelOf(recommended)}. Give a reason: it is kept as an accepted risk.`;
}

/** True when the choice is weaker than the recommendation and has its reason. */
export function isAcceptedRisk(chosen: Tier | null, reason: string, recommended: Tier): boolean {
  return chosen !== null && isWeakerTier(chosen, recommended) && reason.trim() !== '';
}

/**
 * The workloads among `ids` whose choice cannot be saved against their recommendation,
 * with the reason: what the store's guard and the import preview both refuse.
 */
export function tierChoiceProblems(workloads: readonly Workload[], recommendedTier: (id: string) => Tier | undefined, ids: ReadonlySet<string>): Map<string, { workload: Workload; message: string }> {
  const problems = new Map<string, { workload: Workload; message: string }>();
  for (const w of workloads) {
    if (!ids.has(w.id)) continue;
    const recommended = recommendedTier(w.id);
    const message = recommended && tierChoiceProblem(w.chosenTier, w.tierOverrideReason, recommended);
    if (message) problems.set(w.id, { workload: w, message });
  }
  return problems;
}
