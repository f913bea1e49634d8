import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { labelOf } from '../../../shared/domain/enums';
import type { Workload } from '../../../shared/domain/workload';
import type { EstateAnalysis } from '../../../shared/findings/analyse';
import type { TierRecommendation } from '../../../shared/tiers/recommend';
import { SensitivityChip } from '../components/Chips';
import { showInInventory } from '../navigation/go-to';
import { STATUS_LABELS, tierStatus } from './tier-rows';
import { ReasonInput } from './ReasonInput';
import { TierChoice } from './TierChoice';

const ROW_HEIGHT = 64;

function TierRow({ workload: w, analysis, top }: { workload: Workload; analysis: EstateAnalysis; top: number }) {
  const rec = analysis.recommendations.get(w.id) as TierRecommendation;
  const sensitivity = analysis.sensitivity.get(w.id);
  const status = tierStatus(w, rec.tier);
  const reasons = rec.reasons;
  return (
    <div className={`tiers-row status-${status}`} role="row" style={{ transform: `translateY(${top}px)` }} data-id={w.id}>
      <div className="tcell workload" role="cell">
        <button type="button" className="link name" title="Show in the inventory" onClick={() => showInInventory(w.id)}>
          {w.name}
        </button>
        <span className="muted small">{[w.system, w.tenant].filter(Boolean).join(' · ') || 'No system'}</span>
      </div>
      <div className="tcell env" role="cell">
        <span className={`env-badge env-${w.environment}`}>{labelOf(w.environment)}</span>
      </div>
      <div className="tcell sens" role="cell">
        {sensitivity && <SensitivityChip level={sensitivity.level} reason={sensitivity.reason} />}
      </div>
      <div className="tcell rec" role="cell">
        <span className={`tier-pill tier-${rec.tier}`}>{labelOf(rec.tier)}</span>
      </div>
      <div className="tcell why" role="cell" title={reasons.join('\n') || 'No rule asks for isolation.'}>
        {reasons.length ? <span className="clamp">{reasons.join(' ')}</span> : <span className="muted">No rule asks for isolation.</span>}
        {rec.fired.length > 1 && <span className="rule-count">{rec.fired.length} rules</span>}
      </div>
      <div className="tcell choice" role="cell">
        <TierChoice workload={w} recommendation={rec} />
      </div>
      <div className="tcell reason" role="cell">
        {status === 'accepted-risk' || status === 'no-reason' ? <ReasonInput workload={w} recommendation={rec} /> : <span className={`status-text status-${status}`}>{STATUS_LABELS[status]}</span>}
        {status === 'accepted-risk' && <span className="status-chip accepted">Accepted risk</span>}
        {status === 'no-reason' && <span className="status-chip no-reason">No reason</span>}
      </div>
    </div>
  );
}

export function TiersTable({ rows, analysis }: { rows: readonly Workload[]; analysis: EstateAnalysis }) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- useVirtualizer's API is not memoisable; no React Compiler here.
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  return (
    <div className="tiers-table" role="table" aria-label="Tenancy tiers" ref={scroller}>
      <div className="tiers-head" role="row">
        <div className="tcell workload" role="columnheader">
          Workload
        </div>
        <div className="tcell env" role="columnheader">
          Environment
        </div>
        <div className="tcell sens" role="columnheader">
          Sensitivity
        </div>
        <div className="tcell rec" role="columnheader">
          Recommended
        </div>
        <div className="tcell why" role="columnheader">
          Why
        </div>
        <div className="tcell choice" role="columnheader">
          Chosen tier
        </div>
        <div className="tcell reason" role="columnheader">
          Reason or status
        </div>
      </div>
      <div className="tiers-body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const w = rows[item.index] as Workload;
          return <TierRow key={w.id} workload={w} analysis={analysis} top={item.start} />;
        })}
      </div>
      {rows.length === 0 && <p className="empty-note">No workload matches these filters.</p>}
    </div>
  );
}
