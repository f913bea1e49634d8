import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { ComparedScenario } from '../../../shared/compare/compare-scenarios';
import { DIFF_FIELD_NAMES, DIFF_FIELDS, filterRows, type DiffField, type WorkloadDiffRow, type WorkloadInScenario } from '../../../shared/compare/workload-diff';
import { formatMoney } from '../../../shared/costs/money';
import { labelOf } from '../../../shared/domain/enums';
import { showInInventory } from '../navigation/go-to';

// Workload by workload, what each scenario does with it, virtualised (10,000 rows), with
// a filter to what changed (any field, or one). A changed field is marked in words for
// screen readers and by weight and a tint on screen.

type Only = 'changed' | 'all' | DiffField;

function Cell({ cell, changed, currency }: { cell: WorkloadInScenario | null; changed: WorkloadDiffRow['changed']; currency: string }) {
  if (!cell) return <span className="muted">not in this scenario</span>;
  const mark = (field: DiffField, text: string) => (
    <span className={changed[field] ? 'diff-changed' : undefined}>
      {text}
      {changed[field] && <span className="sr-only"> (changed)</span>}
    </span>
  );
  return (
    <span className="diff-cell">
      <span className="diff-line">
        {mark('tier', labelOf(cell.tier))} · {mark('wave', cell.waveName)}
      </span>
      <span className="diff-line muted">
        {mark('cutover', cell.cutover ?? 'no cutover')} · {mark('cost', formatMoney(cell.cost, currency))}
      </span>
    </span>
  );
}

export function WorkloadDiffTable({ rows, scenarios }: { rows: readonly WorkloadDiffRow[]; scenarios: readonly ComparedScenario[] }) {
  const [only, setOnly] = useState<Only>('changed');
  const shown = useMemo(() => filterRows(rows, only), [rows, only]);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- useVirtualizer's API is not memoisable; no React Compiler here.
  const virtualizer = useVirtualizer({ count: shown.length, getScrollElement: () => scroller.current, estimateSize: () => 48, overscan: 10 });
  const columns = { gridTemplateColumns: `minmax(180px, 1.2fr) repeat(${scenarios.length}, minmax(170px, 1fr))` };
  const changedCount = useMemo(() => rows.filter((r) => r.anyChanged).length, [rows]);
  return (
    <section className="compare-diff" aria-label="Workloads by scenario">
      <div className="section-bar">
        <h3>Per workload</h3>
        <span className="muted small" role="status" data-diff-rows={shown.length}>
          {shown.length.toLocaleString('en')} shown · {changedCount.toLocaleString('en')} of {rows.length.toLocaleString('en')} change in some scenario
        </span>
        <label className="muted small">
          Show{' '}
          <select className="select small" value={only} onChange={(e) => setOnly(e.target.value as Only)} aria-label="Which workloads to show">
            <option value="changed">Only what changed</option>
            <option value="all">Every workload</option>
            {DIFF_FIELDS.map((f) => (
              <option key={f} value={f}>
                {DIFF_FIELD_NAMES[f]} changed
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="diff-row diff-head" style={columns} aria-hidden="true">
        <span>Workload</span>
        {scenarios.map((s) => (
          <span key={s.id}>{s.name}: tier · wave, cutover · move cost</span>
        ))}
      </div>
      {shown.length === 0 ? (
        <p className="diff-empty muted">{only === 'all' ? 'This estate has no workloads.' : 'No workload changes between these scenarios.'}</p>
      ) : (
        <div className="diff-grid" ref={scroller} role="list" aria-label="Workloads">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((v) => {
              const r = shown[v.index] as WorkloadDiffRow;
              return (
                <div key={r.workloadId} role="listitem" className="diff-row" style={{ ...columns, transform: `translateY(${v.start}px)` }}>
                  <span className="diff-name">
                    <button type="button" className="link name" onClick={() => showInInventory(r.workloadId)} title={`${r.name}: open in the inventory`}>
                      {r.name}
                    </button>
                    <span className="muted small">{r.system}</span>
                  </span>
                  {scenarios.map((s, i) => (
                    <span key={s.id}>
                      <span className="sr-only">{s.name}: </span>
                      <Cell cell={r.cells[i] ?? null} changed={r.changed} currency={s.report.input.rateCard.currency} />
                    </span>
                  ))}
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}
