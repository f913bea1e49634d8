import type { PlanIssue } from './plan-types.js';
import type { PlanSettings } from './settings.js';
import { systemKeyOf, type UnitTable } from './unit-table.js';
import type { WaveCalendar } from './wave-calendar.js';
import { WAVE_CONDITION, WAVE_CONDITIONS, overCapacity, oversized, type Bound, type ConditionCheck, type PlacementContext, type WaveLoad } from './wave-conditions.js';

// List scheduling: units in their order, each into the earliest wave the conditions
// allow (wave-conditions.ts, in table order) that will take it; a pin wins over all of
// them, and the plan says what gave way. Each unit keeps its reasoning in sentences.

export interface Schedule {
  /** By wave number; a hole is a wave nothing went in. */
  waves: (WaveLoad | undefined)[];
  waveOfUnit: Int32Array;
  reasoning: string[][];
  /** What gave way while placing units (pins, oversized units). */
  issues: PlanIssue[];
}

type Check<S extends ConditionCheck['stage']> = Extract<ConditionCheck, { stage: S }>;
const EARLIEST = WAVE_CONDITIONS.map((c) => c.check).filter((c): c is Check<'earliest'> => c.stage === 'earliest');
const ADMITTING = WAVE_CONDITIONS.map((c) => c.check).filter((c): c is Check<'admits'> => c.stage === 'admits');
const { moveTogether, pins, oneKindPerWave, waveCapacity } = WAVE_CONDITION;
const FIRST_WAVE = 1;

/** The latest of the earliest waves the conditions allow, with the words of the one that set it. */
function earliestWave(ctx: PlacementContext, u: number): Bound {
  let bound: Bound = { wave: FIRST_WAVE, because: '' };
  for (const check of EARLIEST) {
    const b = check.earliest(ctx, u);
    if (b && b.wave > bound.wave) bound = b;
  }
  return bound;
}

const admitted = (ctx: PlacementContext, wave: number, u: number) => ADMITTING.every((check) => check.admits(ctx, wave, u));
/** Why a wave would not take the unit: the first condition that refuses it. */
const refusal = (ctx: PlacementContext, wave: number, u: number) => (ADMITTING.find((check) => !check.admits(ctx, wave, u)) ?? waveCapacity.check).refusal(ctx, wave, u);

/**
 * One pass over the units in `order`, with critical work kept out of the first
 * `provingCount` waves. `pinOf` is each unit's pinned wave (null: none).
 */
export function schedule(
  units: UnitTable,
  order: readonly number[],
  before: readonly (readonly number[])[],
  pinOf: readonly (number | null)[],
  settings: PlanSettings,
  calendar: WaveCalendar,
  provingCount: number,
): Schedule {
  const waves: (WaveLoad | undefined)[] = [];
  const waveOfUnit = new Int32Array(units.count).fill(-1);
  const reasoning: string[][] = Array.from({ length: units.count }, () => []);
  const nonProductionWaveOfSystem = new Map<string, number>();
  const issues: PlanIssue[] = [];
  const ctx: PlacementContext = { settings, calendar, units, before, waveOfUnit, nonProductionWaveOfSystem, waves, provingCount };

  for (const u of order) {
    const why = reasoning[u] as string[];
    const unit = units.units[u];
    if (unit && unit.members.length > 1) why.push(moveTogether.sentences.joined(units.names(u), unit.reasons));
    const bound = earliestWave(ctx, u);
    const pin = pinOf[u] ?? null;
    let at: number;
    if (pin !== null && pin >= FIRST_WAVE) {
      at = pin;
      why.push(pins.sentences.pinned(pin));
      const load = waves[at];
      if (load && load.count > 0 && overCapacity(settings, load, units.size(u), units.effort[u] as number))
        issues.push({ kind: 'pin-over-capacity', workloadIds: units.ids(u), dependencyIds: [], sentence: waveCapacity.sentences.overByPin(pin, units.names(u)) });
      if (pin < bound.wave) issues.push({ kind: 'pin-against-dependency', workloadIds: units.ids(u), dependencyIds: [], sentence: pins.sentences.againstBound(units.names(u), pin, bound.because) });
    } else {
      at = bound.wave;
      while (!admitted(ctx, at, u)) at++;
      if (oversized(ctx, u))
        issues.push({
          kind: 'oversized-unit',
          workloadIds: units.ids(u),
          dependencyIds: [],
          sentence: waveCapacity.sentences.oversizedUnit(units.names(u), units.size(u), units.effort[u] as number, at),
        });
      why.push(`Wave ${at}: ${[bound.because, at > bound.wave ? refusal(ctx, at - 1, u) : ''].filter(Boolean).join(', and ') || 'nothing it depends on holds it later'}.`);
    }
    const production = units.isProduction(u);
    const load = (waves[at] ??= { production: undefined, count: 0, effort: 0 });
    if (load.count > 0 && load.production !== production)
      issues.push({ kind: 'condition-gave-way', workloadIds: units.ids(u), dependencyIds: [], sentence: oneKindPerWave.sentences.mixedByPin(at, units.names(u)) });
    load.production ??= production;
    load.count += units.size(u);
    load.effort += units.effort[u] as number;
    waveOfUnit[u] = at;
    if (!production) {
      for (const i of units.members(u)) {
        const w = units.workload(i);
        if (!w.system) continue;
        const key = systemKeyOf(w);
        nonProductionWaveOfSystem.set(key, Math.max(at, nonProductionWaveOfSystem.get(key) ?? 0));
      }
    }
  }
  return { waves, waveOfUnit, reasoning, issues };
}

/**
 * The schedule, with as many proving waves as there is work to fill: if the proving
 * waves would leave a wave empty (too little low-risk work), the process is proven
 * sooner and the units are placed again with fewer, so no wave number is skipped.
 * Pinned units keep their wave numbers in both passes.
 */
export function scheduleWithProvingWaves(
  units: UnitTable,
  order: readonly number[],
  before: readonly (readonly number[])[],
  pinOf: readonly (number | null)[],
  settings: PlanSettings,
  calendar: WaveCalendar,
): Schedule {
  const run = schedule(units, order, before, pinOf, settings, calendar, settings.provingWaves);
  let idle = 0;
  for (let n = FIRST_WAVE; n < FIRST_WAVE + settings.provingWaves; n++) if (!run.waves[n]?.count) idle++;
  return idle > 0 ? schedule(units, order, before, pinOf, settings, calendar, settings.provingWaves - idle) : run;
}
