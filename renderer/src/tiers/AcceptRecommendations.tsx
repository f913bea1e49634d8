import { useState } from 'react';
import type { Change } from '../../../shared/changes/change-set';
import { labelOf, type Tier } from '../../../shared/domain/enums';
import type { Workload } from '../../../shared/domain/workload';
import type { EstateAnalysis } from '../../../shared/findings/analyse';
import { Modal } from '../components/Modal';
import { useAppStore } from '../store/app-store';
import { useEstateStore } from '../store/estate-store';
import { STATUS_LABELS, tierStatus } from './tier-rows';

const SHOWN_DECISIONS = 8;

/**
 * "Accept N recommendations" over the rows shown. A workload with no choice yet is
 * pinned to its recommendation; a choice the architect recorded (a stronger tier, an
 * accepted risk with its reason) is a client decision, so it is replaced only after
 * the dialog has said which decisions go and what each said. Accepting pins the
 * recommendation as the choice, so a later change to the estate that raises the
 * recommendation shows up as a finding instead of moving silently.
 */
export function AcceptRecommendations({ rows, analysis }: { rows: readonly Workload[]; analysis: EstateAnalysis }) {
  const [asking, setAsking] = useState(false);
  const recommended = (w: Workload): Tier => analysis.recommendations.get(w.id)?.tier ?? 'multi-tenant';
  const undecided = rows.filter((w) => w.chosenTier === null);
  const decided = rows.filter((w) => w.chosenTier !== null && w.chosenTier !== recommended(w));
  const total = undecided.length + decided.length;

  const accept = (targets: readonly Workload[]) => {
    const changes: Change[] = [];
    for (const w of targets) {
      changes.push({ op: 'updateWorkload', id: w.id, field: 'chosenTier', value: recommended(w) });
      if (w.tierOverrideReason) changes.push({ op: 'updateWorkload', id: w.id, field: 'tierOverrideReason', value: '' });
    }
    const label = `Accept ${targets.length} tier recommendation${targets.length === 1 ? '' : 's'}`;
    if (useEstateStore.getState().commit(changes, label)) useAppStore.getState().notify('info', `${label}. Ctrl+Z undoes it.`);
    setAsking(false);
  };

  return (
    <>
      <button
        type="button"
        className="button primary"
        disabled={total === 0}
        onClick={() => (decided.length > 0 ? setAsking(true) : accept(undecided))}
        title="Set the chosen tier of every workload shown to its recommendation (undoable); recorded decisions are asked about first"
      >
        Accept {total.toLocaleString('en')} recommendation{total === 1 ? '' : 's'}
      </button>
      {asking && (
        <Modal
          title="Replace recorded tier decisions?"
          onClose={() => setAsking(false)}
          actions={
            <>
              <button type="button" className="button" onClick={() => setAsking(false)}>
                Cancel
              </button>
              {undecided.length > 0 && (
                <button type="button" className="button" onClick={() => accept(undecided)}>
                  Only the {undecided.length.toLocaleString('en')} without a decision
                </button>
              )}
              <button type="button" className="button danger" onClick={() => accept([...undecided, ...decided])}>
                Replace {decided.length.toLocaleString('en')} decision{decided.length === 1 ? '' : 's'} too
              </button>
            </>
          }
        >
          <p>
            {decided.length === 1 ? 'One workload shown has' : `${decided.length.toLocaleString('en')} workloads shown have`} a tier the architect chose on purpose. Accepting every recommendation
            replaces {decided.length === 1 ? 'it' : 'them'} and drops the reasons recorded:
          </p>
          <ul className="decision-list">
            {decided.slice(0, SHOWN_DECISIONS).map((w) => (
              <li key={w.id}>
                <strong>{w.name}</strong>: {labelOf(w.chosenTier as Tier)} ({STATUS_LABELS[tierStatus(w, recommended(w))].toLowerCase()}) → {labelOf(recommended(w))}
                {w.tierOverrideReason && <span className="muted"> — reason given: “{w.tierOverrideReason}”</span>}
              </li>
            ))}
            {decided.length > SHOWN_DECISIONS && <li className="muted">and {(decided.length - SHOWN_DECISIONS).toLocaleString('en')} more</li>}
          </ul>
        </Modal>
      )}
    </>
  );
}
