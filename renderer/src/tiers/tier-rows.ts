import type { Tier } from '../../../shared/domain/enums';
import type { Sensitivity } from '../../../shared/domain/sensitivity';
import type { Workload } from '../../../shared/domain/workload';
import type { EstateAnalysis } from '../../../shared/findings/analyse';
import { isAcceptedRisk } from '../../../shared/tiers/tier-choice';
import { isWeakerTier } from '../../../shared/tiers/tier-order';

export type TierStatus = 'follows' | 'matches' | 'stronger' | 'accepted-risk' | 'no-reason';
export const STATUS_LABELS: Record<TierStatus, string> = {
  follows: 'Follows the recommendation',
  matches: 'Chosen as recommended',
  stronger: 'Stronger than recommended',
  'accepted-risk': 'Accepted risk',
  'no-reason': 'Weaker, no reason',
};

export function tierStatus(w: Workload, recommended: Tier): TierStatus {
  if (!w.chosenTier) return 'follows';
  if (w.chosenTier === recommended) return 'matches';
  if (!isWeakerTier(w.chosenTier, recommended)) return 'stronger';
  return isAcceptedRisk(w.chosenTier, w.tierOverrideReason, recommended) ? 'accepted-risk' : 'no-reason';
}

export interface TierFilters {
  search: string;
  environment: string;
  tenant: string;
  sensitivity: Sensitivity | '';
  /** '' all; 'differs' any choice other than the recommendation; or one status. */
  show: '' | 'differs' | TierStatus;
}

/** The rows the Tiers view shows, in estate order. */
export function tierRows(workloads: readonly Workload[], analysis: EstateAnalysis, f: TierFilters): Workload[] {
  const needle = f.search.trim().toLowerCase();
  return workloads.filter((w) => {
    if (f.environment && w.environment !== f.environment) return false;
    if (f.tenant && (w.tenant || '(no tenant)') !== f.tenant) return false;
    if (f.sensitivity && analysis.sensitivity.get(w.id)?.level !== f.sensitivity) return false;
    if (needle && !`${w.name} ${w.system}`.toLowerCase().includes(needle)) return false;
    if (f.show) {
      const status = tierStatus(w, analysis.recommendations.get(w.id)?.tier ?? 'multi-tenant');
      if (f.show === 'differs' ? status === 'follows' || status === 'matches' : status !== f.show) return false;
    }
    return true;
  });
}
