import { useMemo, useState } from 'react';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import type { Excluded } from '../../../shared/planner/plan-types';
import { PLAN_ISSUES } from '../../../shared/planner/wave-conditions';
import { showInInventory } from '../navigation/go-to';
import { CriticalPath, criticalMarks } from './CriticalPath';
import { PlanQualityStrip } from './PlanQualityStrip';
import { PlanSettingsPanel } from './PlanSettingsPanel';
import { PlanIntro, WAVES_PANEL, showPlanSettings } from './PlanIntro';
import { SidePanel } from '../components/SidePanel';
import { pinTo, pinnedWorkloads } from './pins';
import { Timeline } from './Timeline';
import { usePlannedReport } from '../report/use-report';
import { usePlanMoves } from './plan-moves';
import { WaveCard } from './WaveCard';

const LISTED = 60;

/** Workloads the plan leaves out, each with its reason and a link to it in the inventory. */
function ExcludedList({ title, items, name }: { title: string; items: readonly Excluded[]; name(id: string): string }) {
  if (items.length === 0) return null;
  return (
    <section className="side-section" aria-label={title}>
      <h2 className="side-title">
        {title} ({items.length.toLocaleString('en')})
      </h2>
      <ul className="held-list">
        {items.slice(0, LISTED).map((h) => (
          <li key={h.workloadId}>
            <button type="button" className="link" onClick={() => showInInventory(h.workloadId)}>
              {name(h.workloadId)}
            </button>
            <span className="muted small"> {h.reason}</span>
          </li>
        ))}
      </ul>
      {items.length > LISTED && <p className="muted small">and {(items.length - LISTED).toLocaleString('en')} more</p>}
    </section>
  );
}

/** The plan: timeline, wave cards with their reasoning, what changed, pins, held back and the plan's issues. */
export function WavesView({ snapshot }: { snapshot: EstateSnapshot }) {
  const { report, pending } = usePlannedReport(snapshot);
  const plan = report?.plan ?? null;
  const moves = usePlanMoves(plan);
  const [picked, setPicked] = useState<number | null>(null);
  const byId = useMemo(() => new Map(snapshot.workloads.map((w) => [w.id, w])), [snapshot.workloads]);
  const depById = useMemo(() => new Map(snapshot.dependencies.map((d) => [d.id, d])), [snapshot.dependencies]);
  const name = (id: string) => byId.get(id)?.name ?? id;
  const moved = useMemo(() => new Set(moves.map((m) => m.workloadId)), [moves]);
  const pins = pinnedWorkloads(snapshot.workloads);
  const critical = useMemo(() => criticalMarks(plan?.criticalPath ?? []), [plan]);
  const pick = (wave: number) => {
    setPicked(wave);
    document.getElementById(`wave-${wave}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  if (!plan) return <div className="loading">Planning the waves…</div>;
  const planned = plan.waveOf.size;
  const waveNumbers = plan.waves.map((w) => w.number);
  return (
    <div className="waves-view">
      <div className="waves-main">
        <div className="view-toolbar">
          <strong>{plan.waves.filter((w) => w.number > 0).length} waves</strong>
          <span className="muted">
            {planned.toLocaleString('en')} workloads planned · {plan.heldBack.length.toLocaleString('en')} held back · {plan.notMigrating.length.toLocaleString('en')} not migrating
          </span>
          {pending && (
            <span className="replanning" role="status">
              <span className="spinner" aria-hidden="true" /> Replanning…
            </span>
          )}
          <span className="spacer" />
          <button type="button" className="button small" onClick={showPlanSettings}>
            ⚙ Plan settings
          </button>
          {pins.length > 0 && (
            <button
              type="button"
              className="button small"
              onClick={() =>
                pinTo(
                  pins.map((w) => w.id),
                  null,
                  `Clear ${pins.length} pins`,
                )
              }
            >
              Clear all {pins.length} pins
            </button>
          )}
        </div>
        <PlanIntro waves={plan.waves.filter((w) => w.number > 0).length} workloads={planned} />
        {moves.length > 0 && (
          <div className="plan-diff" role="status">
            <strong>The last change moved {moves.length === 1 ? 'one workload' : `${moves.length} workloads`}:</strong>{' '}
            {moves
              .slice(0, 8)
              .map((m) => `${name(m.workloadId)} ${m.from ?? 'held'} → ${m.to ?? 'held'}`)
              .join(', ')}
            {moves.length > 8 ? ` and ${moves.length - 8} more` : ''}
          </div>
        )}
        {report && <PlanQualityStrip quality={report.quality} currency={snapshot.rateCard.currency} />}
        <CriticalPath steps={plan.criticalPath} name={name} onPick={pick} />
        <Timeline waves={plan.waves} settings={snapshot.planSettings} onPick={pick} critical={critical.waves} byId={byId} dependencies={snapshot.dependencies} waveOf={plan.waveOf} />
        <div className="wave-cards">
          {plan.waves.map((w) => (
            <WaveCard
              key={w.number}
              wave={w}
              cutoverTime={snapshot.planSettings.cutoverTime}
              waveNumbers={waveNumbers}
              byId={byId}
              dependencyOf={(id) => depById.get(id)}
              moved={moved}
              highlighted={picked === w.number}
              critical={critical.because}
            />
          ))}
        </div>
      </div>
      <SidePanel panel={WAVES_PANEL} label="Plan settings and what gave way">
        {plan.issues.length > 0 && (
          <section className="side-section" aria-label="Plan issues">
            <h2 className="side-title">What gave way ({plan.issues.length})</h2>
            <p className="muted small">Where the plan could not keep one of its rules for every workload, and why. Hover an item for what you can do.</p>
            <ul className="plan-issues">
              {plan.issues.slice(0, 40).map((issue) => (
                <li key={issue.sentence} title={`${PLAN_ISSUES[issue.kind].name}. ${PLAN_ISSUES[issue.kind].action}`}>
                  {issue.sentence}
                </li>
              ))}
            </ul>
          </section>
        )}
        {pins.length > 0 && (
          <section className="side-section" aria-label="Pins">
            <h2 className="side-title">Pins ({pins.length})</h2>
            <ul className="pin-list">
              {pins.map((w) => (
                <li key={w.id}>
                  <span>
                    {w.name} → wave {w.pinnedWave}
                  </span>
                  <button type="button" className="link" onClick={() => pinTo([w.id], null, `Unpin ${w.name}`)}>
                    Clear
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <ExcludedList title="Held back" items={plan.heldBack} name={name} />
        <ExcludedList title="Not migrating" items={plan.notMigrating} name={name} />
        <PlanSettingsPanel settings={snapshot.planSettings} />
      </SidePanel>
    </div>
  );
}
