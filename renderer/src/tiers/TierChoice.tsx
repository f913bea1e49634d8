import { useState } from 'react';
import type { Change } from '../../../shared/changes/change-set';
import { TIERS, labelOf, type Tier } from '../../../shared/domain/enums';
import type { Workload } from '../../../shared/domain/workload';
import type { TierRecommendation } from '../../../shared/tiers/recommend';
import { tierChoiceProblem } from '../../../shared/tiers/tier-choice';
import { isWeakerTier } from '../../../shared/tiers/tier-order';
import { Modal, ModalActions } from '../components/Modal';
import { useEstateStore } from '../store/estate-store';

/** The changes that set a workload's chosen tier, with the reason a weaker tier needs. */
export function tierChanges(w: Workload, chosen: Tier | null, reason: string, recommended: Tier): Change[] {
  const weaker = chosen !== null && isWeakerTier(chosen, recommended);
  // A reason only means something for a weaker tier; dropping back clears it.
  const nextReason = weaker ? reason.trim() : '';
  const changes: Change[] = [];
  if (chosen !== w.chosenTier) changes.push({ op: 'updateWorkload', id: w.id, field: 'chosenTier', value: chosen });
  if (nextReason !== w.tierOverrideReason) changes.push({ op: 'updateWorkload', id: w.id, field: 'tierOverrideReason', value: nextReason });
  return changes;
}

type Props = { workload: Workload; recommendation: TierRecommendation; id?: string };

/**
 * The chosen-tier dropdown. Blank follows the recommendation. A tier weaker than the
 * recommendation is taken only with a reason, asked for here; without one nothing
 * changes.
 */
export function TierChoice({ workload, recommendation, id }: Props) {
  const [asking, setAsking] = useState<Tier | null>(null);
  const choose = (value: string) => {
    const chosen = (value || null) as Tier | null;
    // The one rule of shared/tiers/tier-choice.ts: a weaker tier needs a reason, asked for here.
    if (chosen && tierChoiceProblem(chosen, workload.tierOverrideReason, recommendation.tier)) return setAsking(chosen);
    useEstateStore.getState().commit(tierChanges(workload, chosen, workload.tierOverrideReason, recommendation.tier), `Choose tier for ${workload.name}`);
  };
  return (
    <>
      <select id={id} className="select small tier-select" aria-label={`Chosen tier for ${workload.name}`} value={workload.chosenTier ?? ''} onChange={(e) => choose(e.target.value)}>
        <option value="" title={`Follows the recommendation: ${labelOf(recommendation.tier)}`}>
          Follow recommendation
        </option>
        {TIERS.map((t) => (
          <option key={t} value={t}>
            {labelOf(t)}
            {isWeakerTier(t, recommendation.tier) ? ' (weaker)' : ''}
          </option>
        ))}
      </select>
      {asking && <ReasonModal workload={workload} chosen={asking} recommendation={recommendation} onClose={() => setAsking(null)} />}
    </>
  );
}

function ReasonModal({ workload, chosen, recommendation, onClose }: { workload: Workload; chosen: Tier; recommendation: TierRecommendation; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const save = () => {
    setTried(true);
    if (!reason.trim()) return;
    if (useEstateStore.getState().commit(tierChanges(workload, chosen, reason, recommendation.tier), `Accept ${labelOf(chosen).toLowerCase()} for ${workload.name}`)) onClose();
  };
  return (
    <Modal title={`${labelOf(chosen)} for ${workload.name}?`} onClose={onClose} actions={<ModalActions confirm="Accept the risk" onConfirm={save} onClose={onClose} />}>
      <p>
        {labelOf(chosen)} is weaker than the recommended <strong>{labelOf(recommendation.tier)}</strong>:
      </p>
      <ul className="reason-list">
        {recommendation.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <label className="field-label">
        Why is {labelOf(chosen).toLowerCase()} acceptable? It is kept as an accepted risk.
        <textarea className="text-input" rows={3} maxLength={2000} autoFocus value={reason} onChange={(e) => setReason(e.target.value)} aria-label="Reason for the weaker tier" />
      </label>
      {tried && !reason.trim() && <p className="field-error">A weaker tier needs a reason. Without one the tier stays as it was.</p>}
    </Modal>
  );
}
