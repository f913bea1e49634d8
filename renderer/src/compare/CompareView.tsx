import { useMemo, useState, type ReactNode } from 'react';
import { exportComparisonPack } from '../actions';
import { MAX_COMPARED, MIN_COMPARED } from '../../../shared/compare/compare-scenarios';
import type { EstateSnapshot, ScenarioSummary } from '../../../shared/estate/estate';
import { CompareCharts } from './CompareCharts';
import { FiguresTable } from './FiguresTable';
import { useComparison } from './use-comparison';
import { WorkloadDiffTable } from './WorkloadDiffTable';
import '../styles/compare.css';

// Scenarios side by side (issue 18): pick two to four, the first the reference; their
// figures, what changed workload by workload, and their charts overlaid.

/** The reference first (the baseline), then the scenario shown, then the others in order, up to four. */
export function firstPick(scenarios: readonly ScenarioSummary[], active: string): string[] {
  const [reference, ...rest] = scenarios.map((s) => s.id);
  if (reference === undefined) return [];
  const others = [...rest.filter((id) => id === active), ...rest.filter((id) => id !== active)];
  return [reference, ...others].slice(0, MIN_COMPARED);
}

function OnlyOneScenario() {
  return (
    <div className="compare-empty" data-compare="one-scenario">
      <h2>Compare scenarios</h2>
      <p>
        This estate has one scenario, the baseline, so there is nothing to compare yet. A scenario is another set of decisions over the same inventory: other tiers, strategies, pinned waves or dates,
        other plan settings or rate card.
      </p>
      <ol>
        <li>Open the scenario switcher beside the estate’s name in the top bar and choose “New scenario from this one”: it starts as a copy of the one shown.</li>
        <li>Change what you want to try in it (a tier in the Tiers view, two waves in flight in the Waves view’s plan settings, a rate in the Costs view).</li>
        <li>Come back here to see it beside the baseline: waves and end date, costs with their ranges, payback, hybrid link-days, findings and tiers, and every workload that moves differently.</li>
      </ol>
    </div>
  );
}

function Picker({ scenarios, picked, onChange, extra }: { scenarios: readonly ScenarioSummary[]; picked: readonly string[]; onChange(ids: string[]): void; extra?: ReactNode }) {
  const full = picked.length >= MAX_COMPARED;
  const toggle = (id: string) => onChange(picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id]);
  return (
    <div className="view-toolbar compare-picker">
      <fieldset>
        <legend className="muted small">Compare (two to four; the first picked is the reference)</legend>
        {scenarios.map((s) => {
          const on = picked.includes(s.id);
          return (
            <label key={s.id} className={`chip toggle${on ? ' on' : ''}`}>
              <input type="checkbox" checked={on} disabled={!on && full} onChange={() => toggle(s.id)} />
              {s.name}
              {picked[0] === s.id && <span className="muted small">{'\u00a0· reference'}</span>}
            </label>
          );
        })}
      </fieldset>
      {picked.length > 1 && (
        <label className="muted small">
          Reference{' '}
          <select className="select small" value={picked[0]} onChange={(e) => onChange([e.target.value, ...picked.filter((id) => id !== e.target.value)])}>
            {picked.map((id) => (
              <option key={id} value={id}>
                {scenarios.find((s) => s.id === id)?.name ?? id}
              </option>
            ))}
          </select>
        </label>
      )}
      {extra}
    </div>
  );
}

function Comparison({ snapshot, ids }: { snapshot: EstateSnapshot; ids: readonly string[] }) {
  const state = useComparison(snapshot, ids);
  const byId = useMemo(() => new Map(snapshot.workloads.map((w) => [w.id, w.name])), [snapshot.workloads]);
  const nameOf = (id: string) => byId.get(id) ?? id;
  if (state.kind === 'failed')
    return (
      <p role="alert" className="compare-failed">
        The scenarios could not be compared: {state.message}
      </p>
    );
  if (state.kind === 'working')
    return (
      <div className="compare-working" role="status" data-compare="working">
        <span className="spinner" aria-hidden="true" /> {state.stage}
        <progress max={state.total} value={state.done} aria-label="Comparing the scenarios" />
      </div>
    );
  return (
    <div data-compare="ready">
      <section className="compare-section">
        <div className="section-bar">
          <h3>Figures</h3>
          <span className="muted small">▲ ▼ mark a change from {state.scenarios[0]?.name}; click a figure to see how it was worked out.</span>
        </div>
        <FiguresTable figures={state.comparison.figures} scenarios={state.scenarios} nameOf={nameOf} />
      </section>
      <CompareCharts scenarios={state.scenarios} />
      <WorkloadDiffTable rows={state.comparison.rows} scenarios={state.scenarios} />
    </div>
  );
}

export function CompareView({ snapshot }: { snapshot: EstateSnapshot }) {
  const [picked, setPicked] = useState(() => firstPick(snapshot.scenarios, snapshot.activeScenarioId));
  // A scenario deleted since it was picked leaves the comparison.
  const ids = picked.filter((id) => snapshot.scenarios.some((s) => s.id === id));
  if (snapshot.scenarios.length < MIN_COMPARED) return <OnlyOneScenario />;
  return (
    <div className="compare-view">
      <Picker
        scenarios={snapshot.scenarios}
        picked={ids}
        onChange={setPicked}
        extra={
          ids.length >= MIN_COMPARED && (
            <button type="button" className="button small compare-pack" onClick={() => void exportComparisonPack(snapshot.estate.id, ids)}>
              Board pack of this comparison (PDF)…
            </button>
          )
        }
      />
      {ids.length < MIN_COMPARED ? <p className="compare-hint muted">Pick at least two scenarios to compare.</p> : <Comparison snapshot={snapshot} ids={ids} />}
    </div>
  );
}
