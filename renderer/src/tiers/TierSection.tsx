import { labelOf } from '../../../shared/domain/enums';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import type { Workload } from '../../../shared/domain/workload';
import { useAnalysis } from '../report/use-report';
import { useEstateStore } from '../store/estate-store';
import { ReasonInput } from './ReasonInput';
import { STATUS_LABELS, tierStatus } from './tier-rows';
import { TierChoice } from './TierChoice';

/** The detail panel's tier block: recommendation and why, the choice, and the workload's findings. */
export function TierSection({ workload }: { workload: Workload }) {
  const snapshot = useEstateStore((s) => s.snapshot);
  return snapshot ? <TierSectionOf workload={workload} snapshot={snapshot} /> : null;
}

function TierSectionOf({ workload, snapshot }: { workload: Workload; snapshot: EstateSnapshot }) {
  const analysis = useAnalysis(snapshot);
  const rec = analysis.recommendations.get(workload.id);
  if (!rec) return null;
  const status = tierStatus(workload, rec.tier);
  const findings = analysis.findingsOf(workload.id);
  return (
    <fieldset className="detail-group" aria-label="Tenancy tier">
      <legend>Tenancy tier</legend>
      <div className="detail-field">
        <span className="detail-label">Recommended</span>
        <span className={`tier-pill tier-${rec.tier}`}>{labelOf(rec.tier)}</span>
        <ul className="reason-list small">{rec.reasons.length ? rec.reasons.map((r) => <li key={r}>{r}</li>) : <li>No rule asks for isolation.</li>}</ul>
      </div>
      <div className="detail-field">
        <label htmlFor="detail-chosenTier">Chosen tier</label>
        <TierChoice id="detail-chosenTier" workload={workload} recommendation={rec} />
        {status === 'accepted-risk' || status === 'no-reason' ? <ReasonInput workload={workload} recommendation={rec} /> : <div className="field-help">{STATUS_LABELS[status]}</div>}
      </div>
      {findings.length > 0 && (
        <div className="detail-field">
          <span className="detail-label">Findings</span>
          <ul className="detail-findings">
            {findings.map((f) => (
              <li key={f.key}>
                <span className={`severity-badge severity-${f.severity}`}>{f.severity}</span> {f.title}
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
