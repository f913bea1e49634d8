import type { Dependency } from '../domain/dependency.js';
import type { EstateIndex } from '../domain/estate-index.js';
import type { Sensitivity } from '../domain/sensitivity.js';
import type { Workload } from '../domain/workload.js';
import type { DependencyCycle } from '../graph/cycles.js';
import { criticalPath, withCalendarSteps } from './critical-path.js';
import { breakLoops } from './loop-breaking.js';
import { dateUrgency, unmetDates } from './date-conditions.js';
import type { Plan, PlanIssue } from './plan-types.js';
import { plannedEnds, plannedPositionOf, plannedWorkloads } from './planned-workloads.js';
import { foundationNotes } from './foundation-notes.js';
import { defineLazy } from './lazy-property.js';
import { applyReadinessGates } from './readiness-gates.js';
import { scheduleWithProvingWaves } from './schedule.js';
import type { RollbackLimits } from './rollback-budget.js';
import { unitRollbacks } from './unit-rollbacks.js';
import { lateNonProduction, undersizedWaves } from './schedule-reports.js';
import type { PlanSettings } from './settings.js';
import { loopIssues, splitSystemIssues } from './structure-issues.js';
import { formUnits } from './unit-forming.js';
import { linkNamer } from './unit-graph.js';
import { unitOrder } from './unit-order.js';
import { unitPriority } from './unit-priority.js';
import { WAVE_CONDITION } from './wave-conditions.js';
import { WaveCalendar } from './wave-calendar.js';
import { describeWaves, type Placement } from './wave-details.js';

export interface PlannerInput {
  workloads: readonly Workload[];
  dependencies: readonly Dependency[];
  settings: PlanSettings;
  /** From the estate analysis: its dependency cycles and each workload's sensitivity. */
  cycles: readonly DependencyCycle[];
  levelOf(id: string): Sensitivity;
  /** The same by position in `workloads` (the analysis has it), to skip a lookup by id per workload. */
  levelAt?(position: number): Sensitivity;
  /** The analysis's index of the same workloads and dependencies, when there is one. */
  index?: EstateIndex;
  /** The rollback window and each workload's way back: waves are split so their rollback fits (absent: not checked). */
  rollback?: RollbackLimits;
}

const { pins, pilotWave } = WAVE_CONDITION;
/** The open gates of a unit with none: one list for all of them (the waves copy their gates out of it). */
const NO_GATES: readonly string[] = Object.freeze([]);
/** Stands in for the plan's map until it is first read. */
const EMPTY_WAVE_OF: ReadonlyMap<string, number> = new Map();

/**
 * The wave plan: a pure, deterministic function of the estate and its settings
 * (docs/domain-rules.md, "Waves"). Retired and retained workloads are left out; move units are
 * formed without making loops the data does not have, and the loops that remain are
 * broken at their cheapest links; then the wave conditions (wave-conditions.ts: the
 * shared platform first, providers first, a system rehearsed before its production, one
 * kind per wave, the pilot and proving waves, readiness gates, wave sizes, pins) place
 * each unit in the earliest wave they allow, in the order unit-priority.ts sets. Each
 * unit says why it is where it is, each condition that gave way leaves a plan issue,
 * and the chain that sets the end date is the critical path.
 */
export function planWaves(input: PlannerInput): Plan {
  const { settings, dependencies } = input;
  const estate = plannedWorkloads(input.workloads);
  const { planned, notMigrating, plannedAt } = estate;
  const ends = plannedEnds(input.workloads, dependencies, estate, input.index);
  const levels: Sensitivity[] = [];
  const { levelAt } = input;
  // By position only when the analysis's index covers these very workloads.
  if (levelAt && input.index?.indexOf.size === input.workloads.length) plannedAt.forEach((at, i) => at >= 0 && (levels[at] = levelAt(i)));
  else for (const w of planned) levels.push(input.levelOf(w.id));

  const { units, graph, apart, components } = formUnits(planned, levels, dependencies, input.cycles, plannedPositionOf(estate, input.index), ends, settings.order);
  const issues: PlanIssue[] = [...splitSystemIssues(units, apart), ...loopIssues(breakLoops(graph, components), dependencies, ends, units)];

  const gates = applyReadinessGates(units, graph.after, settings.readinessGates);
  const pinOf = units.pinnedWaves.map((pinned, u) => {
    if (pinned.length === 0) return null;
    const used = Math.max(...pinned);
    if (pinned.length > 1) issues.push({ kind: 'pins-disagree', workloadIds: units.ids(u), dependencyIds: [], sentence: pins.sentences.disagree(units.names(u), pinned, used) });
    return used;
  });

  // No pilot when nothing may go in it: an empty wave 1 would count as proven.
  let pilot = settings.pilotWave;
  let anyPilotWork = false;
  for (let u = 0; u < units.count && !anyPilotWork; u++) anyPilotWork = !units.isPlatform(u) && units.pilotEligible(u) && gates.held[u] !== 1;
  if (pilot && !anyPilotWork) {
    pilot = false;
    if (units.count > 0) issues.push({ kind: 'condition-gave-way', workloadIds: [], dependencyIds: [], sentence: pilotWave.sentences.noPilot() });
  }

  const order = unitOrder(units.count, graph.after, unitPriority(units, dateUrgency(units)), (u) => gates.held[u] === 1);
  const calendar = new WaveCalendar(settings);
  const limits = input.rollback;
  const rollback = limits && { limits, ofUnit: unitRollbacks(units, limits, estate.estateAt) };
  const run = scheduleWithProvingWaves({ units, order, before: graph.before, pinOf, settings, calendar, pilot, whatHolds: linkNamer(units, graph, ends, settings.order), rollback });
  issues.push(...run.issues, ...lateNonProduction(units, order, run, calendar), ...undersizedWaves(run, settings));
  issues.push(...foundationNotes(units, order, run, graph.foundationLinks, ends, planned.length, settings, pinOf));
  issues.push(...unmetDates(units, run.waveOfUnit, run.reasoning, (u) => pinOf[u] !== null, calendar));

  const placements: Placement[] = order.map((u) => ({
    wave: run.waveOfUnit[u] as number,
    positions: units.members(u),
    reasoning: run.reasoning[u] as string[],
    gates: gates.gatesOf.get(u) ?? NO_GATES,
    production: units.isProduction(u),
    platform: units.isPlatform(u),
    risk: units.risk[u] as number,
    inputsKnown: units.inputsKnown[u] as number,
  }));
  const { waves, waveOf } = describeWaves(placements, estate.ids, dependencies, ends, settings, calendar, pilot ? run.firstWorkloadWave : null);
  const plan: Plan = { waves, waveOf: EMPTY_WAVE_OF, notMigrating, heldBack: gates.heldBack, issues, criticalPath: withCalendarSteps(criticalPath(units, order, run), waves, settings.waveLengthDays) };
  // A map of every planned workload, made when first read (lazy-property.ts): the plan's readers see the same map.
  defineLazy(plan, 'waveOf', waveOf);
  return plan;
}
