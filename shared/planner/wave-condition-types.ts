import type { ReadinessCheck } from '../domain/enums.js';
import type { Sensitivity } from '../domain/sensitivity.js';
import type { Workload } from '../domain/workload.js';
import type { JoinReason } from './move-units.js';
import type { RollbackLimits, RollbackLoad } from './rollback-budget.js';
import type { PlanSettings } from './settings.js';
import type { UnitTable } from './unit-table.js';
import type { WaveCalendar } from './wave-calendar.js';

// The shape of a wave condition and of what the scheduler tells its checks; the
// conditions themselves are the table in wave-conditions.ts.

/** What the scheduler knows when it places a unit (one list-scheduling pass). */
export interface PlacementContext {
  readonly settings: PlanSettings;
  readonly units: UnitTable;
  /** The units each unit must not come before (its providers, or its consumers). */
  readonly before: readonly (readonly number[])[];
  /** The wave of each unit placed so far (-1: not yet). */
  readonly waveOfUnit: Int32Array;
  /**
   * Per system (within its tenant, by UnitTable.systemOf), the latest wave of its
   * non-production so far (-1: none yet), and the unit in it: arrays by system number,
   * since every production unit asks for each of its members.
   */
  readonly rehearsalWaveOfSystem: Int32Array;
  readonly rehearsalUnitOfSystem: Int32Array;
  /**
   * The latest wave a shared platform service has been placed in (-1: none). The platform
   * is placed before any workload, so once workloads are being placed this is final.
   */
  readonly foundation: { readonly lastWave: number };
  /** Whether the first workload wave is a pilot: the setting, unless no workload is low-risk enough for one. */
  readonly pilot: boolean;
  /** The waves filled so far, by number (holes: nothing in them yet). */
  readonly waves: readonly (WaveLoad | undefined)[];
  /** Critical work stays out of the first this many waves (fewer than set when they would stay empty). */
  readonly provingCount: number;
  /** Every wave's dates (start, end, cutover), from the settings alone. */
  readonly calendar: WaveCalendar;
  /** What unit `p` is to unit `u`, naming the workload behind their link: "its provider PostgreSQL primary (hospital)". */
  readonly whatHolds: (p: number, u: number) => string;
  /** The rollback window and restore streams each wave is held to, and each unit's way back (absent: not checked). */
  readonly rollback?: { readonly limits: RollbackLimits; readonly ofUnit: readonly RollbackLoad[] } | undefined;
}

export interface WaveLoad {
  /** Whether it holds production; undefined until something is placed in it. */
  production: boolean | undefined;
  count: number;
  effort: number;
  /** Its way back so far, when the plan checks rollback. */
  rollback?: RollbackLoad;
}

/** The earliest wave a condition allows, and why, in words for the wave card. */
export interface Bound {
  wave: number;
  because: string;
  /** The unit that holds it there, when one does (for the critical path). */
  unit?: number;
}

/**
 * What an earliest-wave check returns: the bound, with its words worked out only when
 * asked. Of the checks run for a unit, one bound wins; building every check's sentence
 * (naming workloads, looking up the link behind it) for every unit cost more than the
 * placing itself on a large estate. Ask right away: the words read the schedule so far.
 */
export interface EarliestBound {
  wave: number;
  unit?: number;
  /** The words, for the unit the check was asked about, in the context it was asked in. */
  because(ctx: PlacementContext, u: number): string;
}

/**
 * An earliest bound whose words a function of its condition makes from what it kept (a
 * unit, a wave, a reason). One small class for every check: a bound per unit per check,
 * each with a closure for its words, was most of what placing units allocated.
 */
export class WordedBound implements EarliestBound {
  constructor(
    readonly wave: number,
    /** The unit that holds it there (-1: none). */
    readonly holder: number,
    private readonly say: (ctx: PlacementContext, u: number, bound: WordedBound) => string,
    /** What the words need besides the wave: a unit or a position, a number, a reason. */
    readonly at = -1,
    readonly count = -1,
    readonly reason = '',
  ) {}

  get unit(): number | undefined {
    return this.holder < 0 ? undefined : this.holder;
  }

  because(ctx: PlacementContext, u: number): string {
    return this.say(ctx, u, this);
  }
}

/** How a condition is checked, and where. */
export type ConditionCheck =
  /** Joins workloads into move units (move-units.ts on the graph's move groups), with the words for each kind of join. */
  | { stage: 'units'; joins: Partial<Record<JoinReason, string>> }
  /** Decides, before scheduling, which workloads are not ready: the checks still to prove. */
  | { stage: 'gate'; missing(w: Workload, level: Sensitivity): readonly ReadinessCheck[] }
  /** Sets the earliest wave a unit may go in. */
  | { stage: 'earliest'; earliest(ctx: PlacementContext, u: number): EarliestBound | undefined }
  /** Says whether a wave may take a unit, and why not. */
  | { stage: 'admits'; admits(ctx: PlacementContext, wave: number, u: number): boolean; refusal(ctx: PlacementContext, wave: number, u: number): string }
  /** Overrides the earliest-wave and admits checks: a pinned unit goes in its wave, and the plan names what the pin broke. */
  | { stage: 'pin' }
  /** Reported once the plan is made, never forced. */
  | { stage: 'report' };

export interface WaveCondition {
  id: string;
  name: string;
  /** What it means, for the architect and the client. */
  description: string;
  /** What gives way when the condition cannot hold. */
  givesWay: string;
  check: ConditionCheck;
  /** The sentences it leaves in a unit's reasoning and in the plan's issues. */
  sentences?: Record<string, (...args: never[]) => string>;
}
