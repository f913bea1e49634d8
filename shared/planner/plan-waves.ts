import type { Dependency } from '../domain/dependency.js';
import type { EstateIndex } from '../domain/estate-index.js';
import type { Sensitivity } from '../domain/sensitivity.js';
import type { Workload } from '../domain/workload.js';
import type { DependencyCycle } from '../graph/cycles.js';
import { unmetDates } from './date-conditions.js';
import { moveUnits } from './move-units.js';
import type { Plan, PlanIssue } from './plan-types.js';
import { plannedEnds, plannedWorkloads } from './planned-workloads.js';
import { applyReadinessGates } from './readiness-gates.js';
import { scheduleWithProvingWaves } from './schedule.js';
import { lateNonProduction, undersizedWaves } from './schedule-reports.js';
import type { PlanSettings } from './settings.js';
import { breakUnitLoops, unitGraph } from './unit-graph.js';
import { unitOrder } from './unit-order.js';
import { UnitTable } from './unit-table.js';
import { WaveCalendar } from './wave-calendar.js';
import { WAVE_CONDITION } from './wave-conditions.js';
import { describeWaves, type Placement } from './wave-details.js';

export interface PlannerInput {
  workloads: readonly Workload[];
  dependencies: readonly Dependency[];
  settings: PlanSettings;
  /** From the estate analysis: its dependency cycles and each workload's sensitivity. */
  cycles: readonly DependencyCycle[];
  levelOf(id: string): Sensitivity;
  /** The analysis's index of the same workloads and dependencies, when there is one. */
  index?: EstateIndex;
}

const { providersFirst, pins } = WAVE_CONDITION;

/**
 * The wave plan: a pure, deterministic function of the estate and its settings
 * (docs/domain-rules.md, "Waves"). Retired and retained workloads are left out; move units are
 * formed; then the wave conditions (wave-conditions.ts: providers first, a system's
 * non-production before its production, one kind per wave, the pilot and proving
 * waves, readiness gates, wave sizes, pins) place each unit in the earliest wave they
 * allow. Each unit says why it is where it is, and each condition that gave way leaves
 * a plan issue.
 */
export function planWaves(input: PlannerInput): Plan {
  const { settings, dependencies } = input;
  const estate = plannedWorkloads(input.workloads);
  const { planned, notMigrating, position } = estate;
  const ends = plannedEnds(input.workloads, dependencies, estate, input.index);
  const levels = planned.map((w) => input.levelOf(w.id));

  const units = new UnitTable(
    moveUnits(planned, dependencies, input.cycles, (id) => position.get(id), ends),
    planned,
    levels,
  );
  const graph = unitGraph(units.units, planned.length, dependencies, ends, settings.order);
  const issues: PlanIssue[] = breakUnitLoops(units.count, graph).map(({ from, to, dependencyIds }) => ({
    kind: 'condition-gave-way',
    workloadIds: [],
    dependencyIds,
    sentence: providersFirst.sentences.loopBroken(units.firstName(to), units.firstName(from)),
  }));

  const gates = applyReadinessGates(units, graph.after, settings.readinessGates);
  const pinOf = units.pinnedWaves.map((pinned, u) => {
    if (pinned.length === 0) return null;
    const used = Math.max(...pinned);
    if (pinned.length > 1) issues.push({ kind: 'pins-disagree', workloadIds: units.ids(u), dependencyIds: [], sentence: pins.sentences.disagree(units.names(u), pinned, used) });
    return used;
  });

  // Non-production first, then lowest risk, then estate order.
  const less = (a: number, b: number) => {
    const production = units.isProduction(a);
    if (production !== units.isProduction(b)) return !production;
    const ra = units.risk[a] as number;
    const rb = units.risk[b] as number;
    return ra !== rb ? ra < rb : a < b;
  };
  const order = unitOrder(units.count, graph.after, less, (u) => gates.held[u] === 1);
  const calendar = new WaveCalendar(settings);
  const run = scheduleWithProvingWaves(units, order, graph.before, pinOf, settings, calendar);
  issues.push(...run.issues, ...lateNonProduction(units, order, run), ...undersizedWaves(run, settings));
  issues.push(...unmetDates(units, run.waveOfUnit, run.reasoning, (u) => (pinOf[u] ?? 0) >= 1, calendar));

  const placements: Placement[] = order.map((u) => ({
    wave: run.waveOfUnit[u] as number,
    positions: units.members(u),
    members: units.memberWorkloads(u),
    reasoning: run.reasoning[u] as string[],
    gates: gates.gatesOf.get(u) ?? [],
    production: units.isProduction(u),
    risk: units.risk[u] as number,
  }));
  return { ...describeWaves(placements, dependencies, ends, planned.length, settings, calendar), notMigrating, heldBack: gates.heldBack, issues, criticalPath: [] };
}
