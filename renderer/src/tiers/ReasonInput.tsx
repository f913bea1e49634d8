import { useState } from 'react';
import type { Workload } from '../../../shared/domain/workload';
import type { TierRecommendation } from '../../../shared/tiers/recommend';
import { useEstateStore } from '../store/estate-store';
import { tierChanges } from './TierChoice';

/** The reason box of a weaker choice: saved on blur or Enter; emptying it is refused. */
export function ReasonInput({ workload, recommendation }: { workload: Workload; recommendation: TierRecommendation }) {
  const [text, setText] = useState(workload.tierOverrideReason);
  const [was, setWas] = useState(workload.tierOverrideReason);
  if (was !== workload.tierOverrideReason) {
    setWas(workload.tierOverrideReason);
    setText(workload.tierOverrideReason);
  }
  const save = () => {
    if (text.trim() === workload.tierOverrideReason) return;
    const ok = useEstateStore.getState().commit(tierChanges(workload, workload.chosenTier, text, recommendation.tier), `Change the reason for ${workload.name}`);
    if (!ok) setText(workload.tierOverrideReason);
  };
  return (
    <input
      className={`text-input small reason-input${text.trim() ? '' : ' invalid'}`}
      aria-label={`Reason for ${workload.name}`}
      placeholder="Why the weaker tier is acceptable"
      value={text}
      maxLength={2000}
      onChange={(e) => setText(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
    />
  );
}
