import type { PlanIssue } from './plan-types.js';
import type { PlanSettings } from './settings.js';
import type { UnitTable } from './unit-table.js';
import type { WaveCalendar } from './wave-calendar.js';
import { OpenWaves } from './open-waves.js';
import { addRollback, emptyRollback } from './rollback-budget.js';
import { RollbackSplits } from './rollback-splits.js';
import {
  WAVE_CONDITION,
  WAVE_CONDITIONS,
  firstWorkloadWave,
  overCapacity,
  oversized,
  type Bound,
  type EarliestBound,
  type ConditionCheck,
  type PlacementContext,
  type WaveLoad,
  rollbackRefusal,
} from './wave-conditions.js';

// List scheduling: units in their order, each into the earliest wave the conditions
// allow (wave-conditions.ts, in table order) that will take it; a pin wins over all of
// them, and the plan says what gave way. Each unit keeps its reasoning in sentences.

export interface Schedule {
  /** By wave number; a hole is a wave nothing went in. */
  waves: (WaveLoad | undefined)[];
  waveOfUnit: Int32Array;
  reasoning: string[][];
  /** The unit whose wave set each unit's earliest wave (-1: none did), for the critical path. */
  heldBy: Int32Array;
  /** The first wave of workloads: the one after the shared platform's. */
  firstWorkloadWave: number;
  /** The sentence that says why each unit is in its wave (the last of its reasoning that does). */
  placedBecause: string[];
  /** What gave way while placing units (pins, oversized units). */
  issues: PlanIssue[];
}

type Check<S extends ConditionCheck['stage']> = Extract<ConditionCheck, { stage: S }>;
const EARLIEST = WAVE_CONDITIONS.map((c) => c.check).filter((c): c is Check<'earliest'> => c.stage === 'earliest');
const ADMITTING = WAVE_CONDITIONS.map((c) => c.check).filter((c): c is Check<'admits'> => c.stage === 'admits');
const { moveTogether, pins, oneKindPerWave, waveCapacity, foundationFirst, rollbackFits } = WAVE_CONDITION;
const FIRST_WAVE = 1;

/** The latest of the earliest waves the conditions allow, with the words of the one that set it. */
function earliestWave(ctx: PlacementContext, u: number): Bound {
  // The shared platform may go in the foundation wave; everything else starts at wave 1.
  const start = ctx.settings.foundationWave && ctx.units.isPlatform(u) ? 0 : FIRST_WAVE;
  let bound: EarliestBound | undefined;
  for (let k = 0; k < EARLIEST.length; k++) {
    const b = (EARLIEST[k] as Check<'earliest'>).earliest(ctx, u);
    // Strictly later wins; at the first wave, the first condition (every one gives a reason, which names what holds the unit there).
    if (b && (bound ? b.wave > bound.wave : b.wave >= start)) bound = b;
  }
  // Only the winner's words, and now: they read the schedule as it stands.
  return bound ? { wave: bound.wave, unit: bound.unit, because: bound.because(ctx, u) } : { wave: start, because: '' };
}

/** Whether every admits check takes the unit into the wave (a loop, not every(): it runs for each wave tried for each unit). */
function admitted(ctx: PlacementContext, wave: number, u: number): boolean {
  for (let k = 0; k < ADMITTING.length; k++) if (!(ADMITTING[k] as Check<'admits'>).admits(ctx, wave, u)) return false;
  return true;
}
/** Why a wave would not take the unit: the first condition that refuses it. */
function refusal(ctx: PlacementContext, wave: number, u: number): string {
  for (let k = 0; k < ADMITTING.length; k++) {
    const check = ADMITTING[k] as Check<'admits'>;
    if (!check.admits(ctx, wave, u)) return check.refusal(ctx, wave, u);
  }
  return waveCapacity.check.refusal(ctx, wave);
}
/** Whether the rollback alone keeps the unit out of a wave: the wave is split for its way back. */
function splitForRollback(ctx: PlacementContext, wave: number, u: number): boolean {
  if (rollbackFits.check.admits(ctx, wave, u)) return false;
  for (let k = 0; k < ADMITTING.length; k++) {
    const check = ADMITTING[k] as Check<'admits'>;
    if (check !== rollbackFits.check && !check.admits(ctx, wave, u)) return false;
  }
  return true;
}

/** What the scheduler places, and with what. */
export interface ScheduleInput {
  units: UnitTable;
  /** Units in placing order (topological, by unit-priority.ts). */
  order: readonly number[];
  /** The units each unit must not come before. */
  before: readonly (readonly number[])[];
  /** Each unit's pinned wave (null: none). */
  pinOf: readonly (number | null)[];
  settings: PlanSettings;
  calendar: WaveCalendar;
  /** Whether the first workload wave is a pilot. */
  pilot: boolean;
  /** Names what holds a unit (PlacementContext.whatHolds). */
  whatHolds: (p: number, u: number) => string;
  /** The rollback each wave is held to (absent: not checked). */
  rollback?: PlacementContext['rollback'];
}

/** One pass over the units in order, with critical work kept out of the first `provingCount` workload waves. */
export function schedule({ units, order, before, pinOf, settings, calendar, pilot, whatHolds, rollback }: ScheduleInput, provingCount: number): Schedule {
  const waves: (WaveLoad | undefined)[] = [];
  const waveOfUnit = new Int32Array(units.count).fill(-1);
  const heldBy = new Int32Array(units.count).fill(-1);
  // Each placed unit's lines are made as one list of two or three at the end of its turn:
  // tens of thousands of lists grown by pushing were mostly empty room.
  const reasoning: string[][] = new Array<string[]>(units.count);
  const placedBecause: string[] = new Array<string>(units.count).fill('');
  const rehearsalWaveOfSystem = new Int32Array(units.systemCount).fill(-1);
  const rehearsalUnitOfSystem = new Int32Array(units.systemCount).fill(-1);
  const foundation = { lastWave: -1 };
  const issues: PlanIssue[] = [];
  // Every wave a unit could go in: one per unit past the first, past the latest pin.
  const latestPin = pinOf.reduce<number>((m, p) => Math.max(m, p ?? 0), 0);
  const open = new OpenWaves(units.count + latestPin + 2, waves, settings);
  const splits = new RollbackSplits(units);
  const ctx: PlacementContext = { settings, calendar, units, before, waveOfUnit, rehearsalWaveOfSystem, rehearsalUnitOfSystem, waves, provingCount, foundation, pilot, whatHolds, rollback };

  for (let k = 0; k < order.length; k++) {
    const u = order[k] as number;
    const unit = units.units[u];
    const joined = unit && unit.members.length > 1 ? moveTogether.sentences.joined(units.names(u), unit.reasons) : null;
    const platform = units.isPlatform(u) ? foundationFirst.sentences.platform(units.names(u)) : null;
    const bound = earliestWave(ctx, u);
    heldBy[u] = bound.unit ?? -1;
    let pin = pinOf[u] ?? null;
    if (pin === 0 && !(settings.foundationWave && units.isPlatform(u))) {
      issues.push({ kind: 'pin-against-dependency', workloadIds: units.ids(u), dependencyIds: [], sentence: pins.sentences.zero(units.names(u)) });
      pin = FIRST_WAVE;
    }
    let at: number;
    if (pin !== null) {
      at = pin;
      placedBecause[u] = pins.sentences.pinned(pin);
      const load = waves[at];
      if (load && load.count > 0 && overCapacity(settings, load, units.size(u), units.effort[u] as number))
        issues.push({ kind: 'pin-over-capacity', workloadIds: units.ids(u), dependencyIds: [], sentence: waveCapacity.sentences.overByPin(pin, units.names(u)) });
      if (pin < bound.wave) issues.push({ kind: 'pin-against-dependency', workloadIds: units.ids(u), dependencyIds: [], sentence: pins.sentences.againstBound(units.names(u), pin, bound.because) });
    } else {
      const kind = units.isProduction(u);
      const need = units.size(u);
      at = open.next(bound.wave, kind, need);
      let splitFrom = -1;
      while (!admitted(ctx, at, u)) {
        if (splitFrom < 0 && rollback && splitForRollback(ctx, at, u)) {
          splitFrom = at;
          splits.note(at, () => rollbackRefusal(ctx, at, u, units.size(u) === 1 ? units.lead(u) : `${units.lead(u)} and the ${units.size(u) - 1} moving with it`));
        }
        at = open.next(at + 1, kind, need);
      }
      if (splitFrom >= 0) splits.moved(splitFrom, u, at);
      if (oversized(ctx, u))
        issues.push({
          kind: 'oversized-unit',
          workloadIds: units.ids(u),
          dependencyIds: [],
          sentence: waveCapacity.sentences.oversizedUnit(units.names(u), units.size(u), units.effort[u] as number, at),
        });
      const refused = at > bound.wave ? refusal(ctx, at - 1, u) : '';
      const because = bound.because && refused ? `${bound.because}, and ${refused}` : bound.because || refused || 'nothing it depends on holds it later';
      placedBecause[u] = `Wave ${at}: ${because}.`;
    }
    const placed = placedBecause[u] as string;
    reasoning[u] = joined !== null ? (platform !== null ? [joined, platform, placed] : [joined, placed]) : platform !== null ? [platform, placed] : [placed];
    const production = units.isProduction(u);
    const load = (waves[at] ??= { production: undefined, count: 0, effort: 0 });
    if (load.count > 0 && load.production !== production)
      issues.push({ kind: 'condition-gave-way', workloadIds: units.ids(u), dependencyIds: [], sentence: oneKindPerWave.sentences.mixedByPin(at, units.names(u)) });
    load.production ??= production;
    load.count += units.size(u);
    load.effort += units.effort[u] as number;
    if (rollback) addRollback((load.rollback ??= emptyRollback()), rollback.ofUnit[u] as NonNullable<WaveLoad['rollback']>);
    waveOfUnit[u] = at;
    open.placed(at);
    if (units.isPlatform(u) && pin === null) foundation.lastWave = Math.max(foundation.lastWave, at);
    if (units.isRehearsal(u)) {
      const members = units.members(u);
      for (let m = 0; m < members.length; m++) {
        const key = units.systemOf(members[m] as number);
        if (key < 0) continue;
        if (at > (rehearsalWaveOfSystem[key] as number)) {
          rehearsalWaveOfSystem[key] = at;
          rehearsalUnitOfSystem[key] = u;
        }
      }
    }
  }
  for (let u = 0; u < units.count; u++) reasoning[u] ??= []; // units held back: not placed, nothing to say here
  issues.push(...splits.issues());
  return { waves, waveOfUnit, reasoning, heldBy, issues, firstWorkloadWave: firstWorkloadWave(ctx), placedBecause };
}

/**
 * The schedule, with as many proving waves as there is work to fill: if the proving
 * waves would leave a wave empty (too little low-risk work), the process is proven
 * sooner and the units are placed again with fewer, so no wave number is skipped.
 * Only waves that move something count; where critical work then moves after fewer
 * than the set number, the plan says so. Pinned units keep their wave numbers.
 */
export function scheduleWithProvingWaves(input: ScheduleInput): Schedule {
  const { units, order, settings } = input;
  let run = schedule(input, settings.provingWaves);
  let idle = 0;
  const first = run.firstWorkloadWave;
  for (let n = first; n < first + settings.provingWaves; n++) if (!run.waves[n]?.count) idle++;
  if (idle > 0) run = schedule(input, settings.provingWaves - idle);
  run.issues.push(...provenEarly(units, order, run, settings));
  return run;
}

/** Critical work that moves after fewer waves that move something than the proving waves set. */
function provenEarly(units: UnitTable, order: readonly number[], run: Schedule, settings: PlanSettings): PlanIssue[] {
  if (settings.provingWaves === 0) return [];
  // movedBefore[n]: how many waves from the first workload wave up to n - 1 move something.
  const movedBefore = new Int32Array(run.waves.length + 1);
  for (let n = 1; n <= run.waves.length; n++) movedBefore[n] = (movedBefore[n - 1] as number) + (n - 1 >= run.firstWorkloadWave && (run.waves[n - 1]?.count ?? 0) > 0 ? 1 : 0);
  const early = new Map<number, number[]>(); // wave → critical units in it, too early
  for (const u of order) {
    if (!units.provingReason[u] || units.isPlatform(u)) continue;
    const wave = run.waveOfUnit[u] as number;
    if (wave < 0 || (movedBefore[wave] as number) >= settings.provingWaves) continue;
    const list = early.get(wave);
    if (list) list.push(u);
    else early.set(wave, [u]);
  }
  return [...early].map(([wave, list]) => {
    const ids = list.flatMap((u) => units.ids(u));
    const names =
      list
        .slice(0, 3)
        .map((u) => units.lead(u))
        .join(', ') + (list.length > 3 ? ` and ${list.length - 3} more` : '');
    return {
      kind: 'condition-gave-way' as const,
      workloadIds: ids,
      dependencyIds: [],
      sentence: WAVE_CONDITION.provingWaves.sentences.provenEarly(names, wave, movedBefore[wave] as number, settings.provingWaves),
    };
  });
}
