import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { WorkloadCost } from '../../../shared/costs/costs';
import type { CostTotals } from '../../../shared/costs/totals';
import { explainCost, explainTotal, type ExplainedPart } from '../../../shared/costs/explain';
import { formatMoney } from '../../../shared/costs/money';
import type { RateCard } from '../../../shared/costs/rate-card';
import { labelOf } from '../../../shared/domain/enums';
import type { Workload } from '../../../shared/domain/workload';
import { showInInventory } from '../navigation/go-to';
import { Figure } from './Figure';
import type { CostStage } from '../../../shared/report/cost-stage';

const COLUMNS: { part: ExplainedPart; label: string }[] = [
  { part: 'runBefore', label: 'Run before' },
  { part: 'runAfter', label: 'Run after' },
  { part: 'oneTime', label: 'One-time' },
  { part: 'dualRunning', label: 'Dual running' },
];

/** Per wave: its totals, each opening to what it sums. */
export function WaveCostTable({ costs, card, nameOf }: { costs: CostStage; card: RateCard; nameOf(id: string): string }) {
  const money = (x: number) => formatMoney(x, card.currency);
  const members = useMemo(() => {
    const byWave = new Map<number, WorkloadCost[]>();
    for (const c of costs.costs) {
      if (c.wave === null) continue;
      const list = byWave.get(c.wave);
      if (list) list.push(c);
      else byWave.set(c.wave, [c]);
    }
    return byWave;
  }, [costs.costs]);
  const rows = [...costs.byWave].sort(([a], [b]) => a - b);
  const cell = (scope: string, t: CostTotals, list: readonly WorkloadCost[], part: ExplainedPart) => (
    <td key={part}>
      <Figure
        label={`${COLUMNS.find((c) => c.part === part)?.label ?? part}, ${scope}`}
        text={part === 'runBefore' && t.runBeforeKnown === 0 ? 'not recorded' : money(t[part])}
        explain={() => explainTotal(scope, part, list, nameOf, card)}
      />
    </td>
  );
  return (
    <table className="cost-table" aria-label="Costs per wave">
      <thead>
        <tr>
          <th scope="col">Wave</th>
          <th scope="col">Workloads</th>
          {COLUMNS.map((c) => (
            <th key={c.part} scope="col">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([wave, t]) => (
          <tr key={wave}>
            <th scope="row">Wave {wave}</th>
            <td>{t.workloads.toLocaleString('en')}</td>
            {COLUMNS.map((c) => cell(`wave ${wave}`, t, members.get(wave) ?? [], c.part))}
          </tr>
        ))}
        <tr className="total-row">
          <th scope="row">Planned in waves</th>
          <td>{costs.planned.workloads.toLocaleString('en')}</td>
          {COLUMNS.map((c) => cell('the plan', costs.planned, [...members.values()].flat(), c.part))}
        </tr>
      </tbody>
    </table>
  );
}

type SortKey = 'list' | 'oneTime' | 'runAfter' | 'dualRunning';

/** Every workload's figures, virtualized; each figure opens to its formula. */
export function WorkloadCostTable({ costs, workloads, card }: { costs: CostStage; workloads: readonly Workload[]; card: RateCard }) {
  const money = (x: number) => formatMoney(x, card.currency);
  const scroller = useRef<HTMLDivElement>(null);
  const [sort, setSort] = useState<SortKey>('oneTime');
  const rows = useMemo(() => {
    const list = workloads.map((w) => ({ w, c: costs.byId.get(w.id) as WorkloadCost })).filter((r) => r.c);
    return sort === 'list' ? list : list.sort((a, b) => b.c[sort] - a.c[sort]);
  }, [workloads, costs.byId, sort]);
  // eslint-disable-next-line react-hooks/incompatible-library -- useVirtualizer's API is not memoisable; no React Compiler here.
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => 36, overscan: 10 });
  return (
    <section className="workload-costs" aria-label="Costs per workload">
      <div className="section-bar">
        <h3>Per workload</h3>
        <label className="muted small">
          Sort by{' '}
          <select className="select small" value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            <option value="oneTime">One-time, largest first</option>
            <option value="runAfter">Run after, largest first</option>
            <option value="dualRunning">Dual running, largest first</option>
            <option value="list">Inventory order</option>
          </select>
        </label>
      </div>
      <div className="cost-grid-head cost-grid-row">
        <span>Workload</span>
        <span>Tier</span>
        <span>Wave</span>
        {COLUMNS.map((c) => (
          <span key={c.part}>{c.label}</span>
        ))}
      </div>
      <div className="cost-grid" ref={scroller}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const { w, c } = rows[v.index] as { w: Workload; c: WorkloadCost };
            return (
              <div key={w.id} className="cost-grid-row" style={{ transform: `translateY(${v.start}px)` }}>
                <button type="button" className="link name" onClick={() => showInInventory(w.id)} title={`${w.name}: open in the inventory`}>
                  {w.name}
                </button>
                <span className={`tier-pill tier-${c.tier}`}>{labelOf(c.tier)}</span>
                <span className="muted">{c.wave === null ? (c.moving ? 'not planned' : labelOf(w.strategy ?? 'retire')) : `Wave ${c.wave}`}</span>
                {COLUMNS.map((col) => (
                  <span key={col.part} className="num">
                    <Figure
                      label={`${col.label}, ${w.name}`}
                      text={col.part === 'runBefore' && c.runBefore === null ? '—' : money(col.part === 'runBefore' ? (c.runBefore ?? 0) : c[col.part])}
                      explain={() => explainCost(w, c, col.part, card)}
                    />
                  </span>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
