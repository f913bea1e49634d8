import { useMemo } from 'react';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import { formatDuration as hours } from '../../../shared/rollback/restore';
import { fits, limitsClause, type RollbackTimes } from '../../../shared/rollback/rollback-fit';
import { showRollback } from '../navigation/go-to';
import { SidePanel } from '../components/SidePanel';
import { RollbackSettingsPanel } from './RollbackSettingsPanel';
import { RunbookList } from './RunbookList';
import { StaleEdits } from './StaleEdits';
import { usePlannedReport } from '../report/use-report';

const count = (n: number, what: string) => `${n.toLocaleString('en')} ${what}${n === 1 ? '' : 's'}`;

/**
 * The rollback time against the window, as one bar; the RTO mark is the one broken furthest,
 * since each RTO is held to when its own workload is back, not to the whole bar.
 */
function RollbackMeter({ runbook, nameOf }: { runbook: RollbackTimes; nameOf(id: string): string }) {
  const { rollbackMinutes, windowMinutes } = runbook;
  const breach = runbook.rtoBreaches[0];
  const scale = Math.max(rollbackMinutes, windowMinutes) * 1.08 || 1;
  const over = !fits(runbook);
  const at = (m: number) => `${(m / scale) * 100}%`;
  return (
    <div className="rollback-meter">
      <div className="meter-caption">
        <strong className={over ? 'over' : 'fits'}>Rollback {hours(rollbackMinutes)}</strong>
        <span className="muted">{limitsClause(runbook, nameOf)}</span>
      </div>
      <div className="meter-track" aria-hidden="true">
        <div className={`meter-fill${over ? ' over' : ''}`} style={{ width: at(rollbackMinutes) }} />
        <span className="meter-mark window" style={{ left: at(windowMinutes) }} title={`Maintenance window ${hours(windowMinutes)}`}>
          window
        </span>
        {breach && (
          <span className="meter-mark rto" style={{ left: at(breach.rto) }} title={`RTO of ${nameOf(breach.workloadId)}: ${hours(breach.rto)}; back after ${hours(breach.back)}`}>
            RTO
          </span>
        )}
      </div>
    </div>
  );
}

/** One wave's rollback runbook, editable, with the waves to pick from and the settings its estimates use. */
export function RollbackView({ snapshot, wave }: { snapshot: EstateSnapshot; wave?: number }) {
  const { report, pending } = usePlannedReport(snapshot);
  const { runbookEdits: edits, workloads } = snapshot;
  const byId = useMemo(() => new Map(workloads.map((w) => [w.id, w])), [workloads]);
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  if (!report) return <div className="loading">Planning the waves…</div>;
  const { plan, runbooks } = report;
  const runbook = runbooks.find((r) => r.wave === wave) ?? runbooks[0];
  const edited = runbook ? report.editedRunbooks.of(runbook.wave) : undefined;
  const stale = report.editedRunbooks.stale();

  if (!runbook || !edited) return <p className="empty-note">No wave moves anything yet, so there is no runbook. Plan some workloads on the Waves tab first.</p>;
  const info = plan.waves.find((w) => w.number === runbook.wave);
  return (
    <div className="waves-view rollback-view">
      <div className="waves-main">
        <div className="view-toolbar">
          <span className="muted">Runbook of</span>
          <nav className="wave-picker" aria-label="Waves">
            {runbooks.map((r) => (
              <button key={r.wave} type="button" className={`wave-pick${r.wave === runbook.wave ? ' current' : ''}`} aria-pressed={r.wave === runbook.wave} onClick={() => showRollback(r.wave)}>
                Wave {r.wave}
              </button>
            ))}
          </nav>
          {pending && (
            <span className="replanning" role="status">
              <span className="spinner" aria-hidden="true" /> Replanning…
            </span>
          )}
        </div>
        <header className="runbook-header">
          <div>
            <h2>Wave {runbook.wave} rollback plan</h2>
            {info && (
              <span className="muted small">
                {info.start} → cutover {info.cutover} · {count(info.cutoverOrder.length, 'workload')} · {count(edited.steps.filter((s) => !s.removed).length, 'step')}
              </span>
            )}
          </div>
          <RollbackMeter runbook={edited} nameOf={nameOf} />
        </header>
        <StaleEdits stale={stale} edits={edits} />
        <RunbookList steps={edited.steps} wave={runbook.wave} edits={edits} nameOf={nameOf} />
      </div>
      <SidePanel panel="rollback" label="Runbook settings">
        <section className="side-section">
          <h2 className="side-title">How this runbook is made</h2>
          <p className="muted small">
            Generated from the wave’s workloads, their roles (primary, read replica, DR standby, queue), their strategies, the rate card’s parallel run and the dependency graph; it follows every
            change to the plan. Each workload goes back the way its strategy allows: a traffic switch to the source kept running, reverse replication, and a restore from backup only where the source
            is gone or its data converted. The rollback time is the longest path through those ways back, not their sum. Your edits (wording, minutes, owner, approver, order, added and removed steps)
            are kept in the estate and stay with their step when the waves are planned again. A wave’s own steps (freeze, DNS, checks, triggers) keep their edits by wave number; when the generated
            wording under an edit changes, the step says so and shows the new wording. An edit whose step is no longer generated is listed above the runbook until you forget it.
          </p>
        </section>
        <RollbackSettingsPanel settings={snapshot.rollbackSettings} />
      </SidePanel>
    </div>
  );
}
