import type { Database } from 'better-sqlite3';
import type { Workload } from '../../../shared/domain/workload.js';
import { BASELINE_SCENARIO_ID } from '../../../shared/estate/scenarios.js';
import { DECISION_COLUMNS, WORKLOAD_COLUMNS, decisionsFromRow, workloadFromRow, workloadToRow } from './estate-rows.js';

// What a removed workload's other scenarios had decided for it, kept so that undoing
// the removal brings it all back. The window that removes a workload sees it through
// one scenario only, so the change that undoes the removal (shared/changes/invert.ts)
// can carry only that scenario's decisions; written as it is, it would give the
// baseline that scenario's decisions and every other scenario the baseline's. The
// repository keeps these for as long as the estate is open (undo lives as long as the
// window), and puts them back when the same workload, as that scenario saw it, is added
// again: the undo, not a new workload that happens to reuse an id.

interface Removed {
  /** The workload as the scenario that removed it saw it, as a stored row: what its undo adds back. */
  seen: string;
  /** The baseline's decisions, in DECISION_COLUMNS order, as stored. */
  baseline: unknown[];
  /** Every other scenario's own row for it: [scenarioId, workloadId, ...DECISION_COLUMNS]. */
  scenarioRows: unknown[][];
}

const COLUMNS = DECISION_COLUMNS.join(', ');

export class RemovedWorkloads {
  private readonly kept = new Map<string, Removed>();
  private readonly s: ReturnType<RemovedWorkloads['prepare']>;

  constructor(private readonly db: Database) {
    this.s = this.prepare();
  }

  private prepare() {
    const db = this.db;
    return {
      workload: db.prepare(`SELECT ${WORKLOAD_COLUMNS.join(', ')} FROM workload WHERE id = ?`).raw(true),
      baseline: db.prepare(`SELECT ${COLUMNS} FROM workload WHERE id = ?`).raw(true),
      scenarioRows: db.prepare(`SELECT scenarioId, workloadId, ${COLUMNS} FROM scenario_workload WHERE workloadId = ?`).raw(true),
      ownRow: db.prepare(`SELECT ${COLUMNS} FROM scenario_workload WHERE scenarioId = ? AND workloadId = ?`).raw(true),
      setBaseline: db.prepare(`UPDATE workload SET ${DECISION_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`),
      putScenarioRow: db.prepare(`INSERT OR REPLACE INTO scenario_workload (scenarioId, workloadId, ${COLUMNS}) VALUES (${['?', '?', ...DECISION_COLUMNS.map(() => '?')].join(', ')})`),
    };
  }

  /** Before `workloadId` is deleted by an edit in `scenarioId`: keeps what every scenario decided for it. */
  keep(workloadId: string, scenarioId: string): void {
    const row = this.s.workload.get(workloadId) as unknown[] | undefined;
    if (!row) return;
    let seen: Workload = workloadFromRow(row);
    const own = scenarioId === BASELINE_SCENARIO_ID ? undefined : (this.s.ownRow.get(scenarioId, workloadId) as unknown[] | undefined);
    if (own) seen = { ...seen, ...decisionsFromRow(own) };
    this.kept.set(workloadId, {
      seen: JSON.stringify(workloadToRow(seen)),
      baseline: this.s.baseline.get(workloadId) as unknown[],
      scenarioRows: this.s.scenarioRows.all(workloadId) as unknown[][],
    });
  }

  /**
   * After `workload` was inserted by an edit: when it is a removed workload coming back
   * as it was seen, the baseline's and every scenario's decisions for it are put back.
   */
  restore(workload: Workload): void {
    const removed = this.kept.get(workload.id);
    if (!removed || removed.seen !== JSON.stringify(workloadToRow(workload))) return;
    this.s.setBaseline.run(...removed.baseline, workload.id);
    for (const row of removed.scenarioRows) this.s.putScenarioRow.run(...row);
  }
}
