import type { Tier } from '../domain/enums.js';
import { WAVE_PHASE_NAMES } from '../planner/plan-types.js';
import type { EstateReport } from '../report/estate-report.js';

// Workload by workload, what each scenario does with it: its planned tier (the Tiers
// view's), its wave and cutover (the Waves view's) and what moving it costs (the Costs
// view's one-time and dual-running figures), with which of them differ from the first
// scenario's. Scenarios share the inventory, so the rows are the first report's workloads.

export const DIFF_FIELDS = ['tier', 'wave', 'cutover', 'cost'] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export const DIFF_FIELD_NAMES: Record<DiffField, string> = { tier: 'Tier', wave: 'Wave', cutover: 'Cutover', cost: 'Move cost' };

export interface WorkloadInScenario {
  tier: Tier;
  /** Null when it is in no wave (not migrating, or held back): `waveName` says which. */
  wave: number | null;
  waveName: string;
  cutover: string | null;
  /** One-time plus dual-running cost, likely: what moving it costs in this scenario. */
  cost: number;
}

export interface WorkloadDiffRow {
  workloadId: string;
  name: string;
  system: string;
  /** One per scenario; null if the workload is not in that scenario's estate. */
  cells: (WorkloadInScenario | null)[];
  changed: Record<DiffField, boolean>;
  /** Any field changed in any scenario. */
  anyChanged: boolean;
}

/** Every workload of one scenario's report, by id. */
function cellsOf(report: EstateReport): Map<string, WorkloadInScenario> {
  const { plan, analysis } = report;
  const waves = new Map(plan.waves.map((w) => [w.number, w]));
  const notMigrating = new Set(plan.notMigrating.map((e) => e.workloadId));
  const costs = report.costs.byId;
  const cells = new Map<string, WorkloadInScenario>();
  for (const w of report.input.workloads) {
    const number = plan.waveOf.get(w.id) ?? null;
    const wave = number === null ? undefined : waves.get(number);
    const cost = costs.get(w.id);
    cells.set(w.id, {
      tier: analysis.tierOf(w.id),
      wave: number,
      waveName: wave ? `Wave ${wave.number} · ${WAVE_PHASE_NAMES[wave.phase]}` : notMigrating.has(w.id) ? 'Not migrating' : 'Held back',
      cutover: wave?.cutover ?? null,
      cost: cost ? cost.oneTime + cost.dualRunning : 0,
    });
  }
  return cells;
}

const differs: Record<DiffField, (a: WorkloadInScenario, b: WorkloadInScenario) => boolean> = {
  tier: (a, b) => a.tier !== b.tier,
  wave: (a, b) => a.waveName !== b.waveName,
  cutover: (a, b) => a.cutover !== b.cutover,
  cost: (a, b) => Math.abs(a.cost - b.cost) >= 0.005,
};

export function diffWorkloads(reports: readonly EstateReport[]): WorkloadDiffRow[] {
  const first = reports[0];
  if (!first) return [];
  const cellMaps = reports.map(cellsOf);
  return first.input.workloads.map((w) => {
    const cells = cellMaps.map((m) => m.get(w.id) ?? null);
    const reference = cells[0] as WorkloadInScenario;
    const changed = { tier: false, wave: false, cutover: false, cost: false };
    for (const cell of cells.slice(1)) {
      for (const field of DIFF_FIELDS) if (!cell || differs[field](cell, reference)) changed[field] = true;
    }
    return { workloadId: w.id, name: w.name, system: w.system, cells, changed, anyChanged: DIFF_FIELDS.some((f) => changed[f]) };
  });
}

/** The rows a filter keeps: all, those with any change, or those where one field changed. */
export function filterRows(rows: readonly WorkloadDiffRow[], only: 'all' | 'changed' | DiffField): WorkloadDiffRow[] {
  if (only === 'all') return [...rows];
  if (only === 'changed') return rows.filter((r) => r.anyChanged);
  return rows.filter((r) => r.changed[only]);
}
