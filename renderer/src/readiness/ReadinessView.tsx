import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { ENVIRONMENTS, READINESS_CHECKS, inCanonicalOrder, labelOf, type Environment, type ReadinessCheck } from '../../../shared/domain/enums';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import { GATING_CHECKS, needsReadinessProof } from '../../../shared/domain/readiness-proof';
import type { Workload } from '../../../shared/domain/workload';
import { useAnalysis } from '../report/use-report';
import { SensitivityChip } from '../components/Chips';
import { FilterSelect } from '../components/FilterSelect';
import { showInInventory } from '../navigation/go-to';
import { useEstateStore } from '../store/estate-store';

const ROW_HEIGHT = 40;
type Scope = 'gated' | 'production' | 'all';
const SCOPES: Record<Scope, string> = {
  gated: 'Restricted or mission-critical production (must be proven)',
  production: 'All production',
  all: 'Every workload',
};

function toggle(w: Workload, check: ReadinessCheck): void {
  const has = w.readiness.includes(check);
  const next = has ? w.readiness.filter((c) => c !== check) : inCanonicalOrder(READINESS_CHECKS, [...w.readiness, check]);
  useEstateStore.getState().commit([{ op: 'updateWorkload', id: w.id, field: 'readiness', value: next }], `${has ? 'Untick' : 'Tick'} ${labelOf(check).toLowerCase()} for ${w.name}`);
}

/** Workloads by readiness checks; a click toggles a check (undoable, saved like any edit). */
export function ReadinessView({ snapshot }: { snapshot: EstateSnapshot }) {
  const analysis = useAnalysis(snapshot);
  const [scope, setScope] = useState<Scope>('gated');
  const [environment, setEnvironment] = useState<(typeof ENVIRONMENTS)[number] | ''>('');
  const [search, setSearch] = useState('');
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return snapshot.workloads.filter((w) => {
      if (scope !== 'all' && w.environment !== 'production') return false;
      if (scope === 'gated' && !needsReadinessProof(w, analysis.sensitivity.levelOf(w.id))) return false;
      if (environment && w.environment !== environment) return false;
      return !needle || `${w.name} ${w.system}`.toLowerCase().includes(needle);
    });
  }, [snapshot.workloads, analysis, scope, environment, search]);
  const done = (check: ReadinessCheck) => rows.reduce((n, w) => n + (w.readiness.includes(check) ? 1 : 0), 0);
  const ready = rows.filter((w) => w.readiness.length === READINESS_CHECKS.length).length;

  // eslint-disable-next-line react-hooks/incompatible-library -- useVirtualizer's API is not memoisable; no React Compiler here.
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });

  return (
    <div className="readiness-view">
      <div className="view-toolbar">
        <select className="select" aria-label="Which workloads" value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
          {(Object.keys(SCOPES) as Scope[]).map((s) => (
            <option key={s} value={s}>
              {SCOPES[s]}
            </option>
          ))}
        </select>
        <FilterSelect<Environment> label="Environment" all="All environments" options={ENVIRONMENTS} value={environment} onChange={setEnvironment} />
        <input className="text-input search" type="search" placeholder="Search workloads or systems" aria-label="Search readiness" value={search} onChange={(e) => setSearch(e.target.value)} />
        <span className="spacer" />
        <span className="muted">
          {ready.toLocaleString('en')} of {rows.length.toLocaleString('en')} shown have every check. ★ checks gate a wave.
        </span>
      </div>
      <div className="matrix" role="grid" aria-label="Readiness matrix" ref={scroller}>
        <div className="matrix-head" role="row">
          <div className="mcell workload" role="columnheader">
            Workload
          </div>
          <div className="mcell sens" role="columnheader">
            Sensitivity
          </div>
          {READINESS_CHECKS.map((c) => (
            <div
              key={c}
              className="mcell check"
              role="columnheader"
              title={GATING_CHECKS.includes(c) ? 'Gates a wave: restricted or mission-critical production moves only once it is proven' : 'Expected, but does not gate a wave'}
            >
              <span>
                {GATING_CHECKS.includes(c) ? '★ ' : ''}
                {labelOf(c)}
              </span>
              <span className="muted small">
                {done(c)}/{rows.length}
              </span>
            </div>
          ))}
          <div className="mcell count" role="columnheader">
            Done
          </div>
        </div>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const w = rows[item.index] as Workload;
            const sensitivity = analysis.sensitivity.get(w.id);
            return (
              <div key={w.id} className="matrix-row" role="row" style={{ transform: `translateY(${item.start}px)` }}>
                <div className="mcell workload" role="rowheader">
                  <button type="button" className="link name" title="Show in the inventory" onClick={() => showInInventory(w.id)}>
                    {w.name}
                  </button>
                  <span className="muted small">
                    {labelOf(w.environment)}
                    {w.criticality ? ` · criticality ${w.criticality}` : ''}
                  </span>
                </div>
                <div className="mcell sens">{sensitivity && <SensitivityChip level={sensitivity.level} reason={sensitivity.reason} />}</div>
                {READINESS_CHECKS.map((c) => {
                  const on = w.readiness.includes(c);
                  return (
                    <div key={c} className="mcell check" role="gridcell">
                      <button type="button" className={`check-toggle${on ? ' on' : ''}`} aria-pressed={on} aria-label={`${labelOf(c)}: ${w.name}`} onClick={() => toggle(w, c)}>
                        {on ? '✓' : ''}
                      </button>
                    </div>
                  );
                })}
                <div className="mcell count">
                  {w.readiness.length}/{READINESS_CHECKS.length}
                </div>
              </div>
            );
          })}
        </div>
        {rows.length === 0 && <p className="empty-note">No workload in this selection.</p>}
      </div>
    </div>
  );
}
