import { ENVIRONMENTS, TIERS, labelOf, type Tier } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';
import type { Plan } from '../planner/plan-types.js';
import type { PlanSettings } from '../planner/settings.js';
import type { CostStage } from '../report/cost-stage.js';
import type { Runbook } from '../rollback/runbook-types.js';
import type { BlackoutBand, RollbackRow, TierCounts, TierTable, WaveRow } from './board-pack-types.js';

// The wave plan, the tiers and the rollback readiness as the pack prints them.

const emptyCounts = (): TierCounts => ({ 'multi-tenant': 0, 'dedicated-database': 0, 'dedicated-environment': 0 });

export function waveRows(plan: Pick<Plan, 'waves'>, costs: Pick<CostStage, 'byWave'>): WaveRow[] {
  return plan.waves.map((w) => ({
    number: w.number,
    phase: w.phase,
    start: w.start,
    cutover: w.cutover,
    end: w.end,
    workloads: w.cutoverOrder.length,
    risk: w.risk,
    confidence: w.confidence,
    oneTime: costs.byWave.get(w.number)?.oneTime ?? 0,
    cutoverMoved: w.cutoverMoved,
  }));
}

/** The estate's blackouts that overlap the plan's dates, for the Gantt's shading. */
export function blackoutBands(settings: Pick<PlanSettings, 'blackouts'>, span: { start: string; end: string } | null): BlackoutBand[] {
  if (!span) return [];
  return settings.blackouts.filter((b) => b.to >= span.start && b.from <= span.end).map((b) => ({ label: b.label, from: b.from, to: b.to }));
}

/**
 * Planned tiers per tenant and per environment, as the Tiers view's summary counts them
 * (every workload, on its planned tier). A large estate's tenants beyond `maxRows` are
 * added into one row, said so.
 */
export function tierTables(workloads: readonly Workload[], tierOf: (id: string) => Tier, maxRows: number): { total: TierCounts; tables: TierTable[] } {
  const total = emptyCounts();
  const byTenant = new Map<string, TierCounts>();
  const byEnvironment = new Map<string, TierCounts>();
  const add = (map: Map<string, TierCounts>, key: string, tier: Tier) => {
    let row = map.get(key);
    if (!row) map.set(key, (row = emptyCounts()));
    row[tier]++;
  };
  for (const w of workloads) {
    const tier = tierOf(w.id);
    total[tier]++;
    add(byTenant, w.tenant || 'Shared (no tenant)', tier);
    add(byEnvironment, labelOf(w.environment), tier);
  }
  const sum = (c: TierCounts) => TIERS.reduce((s, t) => s + c[t], 0);
  const tenants = [...byTenant.entries()].sort((a, b) => sum(b[1]) - sum(a[1]) || a[0].localeCompare(b[0], 'en'));
  const shown = tenants.slice(0, maxRows);
  const rest = tenants.slice(maxRows);
  const other = emptyCounts();
  for (const [, counts] of rest) for (const t of TIERS) other[t] += counts[t];
  const tenantRows = shown.map(([label, counts]) => ({ label, counts }));
  if (rest.length > 0) tenantRows.push({ label: `Other tenants (${rest.length})`, counts: other });
  const environmentRows = ENVIRONMENTS.map((e) => labelOf(e))
    .filter((label) => byEnvironment.has(label))
    .map((label) => ({ label, counts: byEnvironment.get(label) as TierCounts }));
  return {
    total,
    tables: [
      { title: 'By tenant', rows: tenantRows, more: rest.length },
      { title: 'By environment', rows: environmentRows, more: 0 },
    ],
  };
}

/** Each wave's rollback as the runbooks (with the architect's edits) time it, and how much of it is proven. */
export function rollbackRows(plan: Pick<Plan, 'waves'>, runbooks: readonly Omit<Runbook, 'steps'>[], workloads: readonly Workload[]): RollbackRow[] {
  const byWave = new Map(runbooks.map((r) => [r.wave, r]));
  const byId = new Map(workloads.map((w) => [w.id, w]));
  return plan.waves
    .filter((w) => w.cutoverOrder.length > 0)
    .map((w) => {
      const r = byWave.get(w.number);
      let proven = 0;
      for (const id of w.cutoverOrder) {
        const readiness = byId.get(id)?.readiness ?? [];
        if (readiness.includes('backup-restore-tested') && readiness.includes('runbook-ready')) proven++;
      }
      return {
        wave: w.number,
        workloads: w.cutoverOrder.length,
        rollbackMinutes: r?.rollbackMinutes ?? 0,
        windowMinutes: r?.windowMinutes ?? 0,
        smallestRto: r?.smallestRto?.minutes ?? null,
        rtoBreaches: r?.rtoBreaches.length ?? 0,
        restores: r?.restores.length ?? 0,
        proven,
        gates: w.gates,
      };
    });
}
