import type { Dependency } from '../../shared/domain/dependency.js';
import { isMoving } from '../../shared/domain/moving.js';
import { holdsProductionData } from '../../shared/domain/production-data.js';
import { effectiveSensitivities } from '../../shared/domain/sensitivity.js';
import type { Workload } from '../../shared/domain/workload.js';
import { findCycles } from '../../shared/graph/cycles.js';
import type { Plan, Wave } from '../../shared/planner/plan-types.js';
import type { PlanSettings } from '../../shared/planner/settings.js';

// What the plan checker (plan-invariants.ts) knows about an estate and a plan, worked out
// from the workloads, the dependencies and the plan's own output, never from the
// planner's code: the checker must not share the planner's mistakes.

/** The kinds that make up the shared platform (the landing zone): issue 16, "Foundation first". */
export const PLATFORM_KINDS: ReadonlySet<string> = new Set(['identity', 'ingress', 'monitoring', 'backup']);
export const isPlatform = (w: Workload) => PLATFORM_KINDS.has(w.kind);

/** Which rule a violation breaks; the ids follow the wave conditions and issue 16. */
export type Rule =
  | 'membership'
  | 'not-migrating'
  | 'move-together'
  | 'providers-first'
  | 'wave-capacity'
  | 'one-kind-per-wave'
  | 'pilot-wave'
  | 'proving-waves'
  | 'foundation-first'
  | 'rehearsal-order'
  | 'cutover-weekday'
  | 'cutover-holiday'
  | 'finance-close'
  | 'blackout'
  | 'waves-in-flight'
  | 'wave-sequence'
  | 'workload-dates';

export interface Violation {
  rule: Rule;
  wave: number | null;
  workloadIds: string[];
  dependencyIds: string[];
  why: string;
}

export interface CheckedEstate {
  workloads: readonly Workload[];
  dependencies: readonly Dependency[];
}

/** A workload's place: a wave number, 'held' (held back), or undefined (nowhere). */
export type Place = number | 'held' | undefined;

export class PlanFacts {
  readonly byId = new Map<string, Workload>();
  readonly placeOf = new Map<string, Place>();
  /** How many times each id appears in the waves' units. */
  readonly timesPlaced = new Map<string, number>();
  readonly heldBack = new Set<string>();
  /** Ids and dependency ids any plan issue names: the plan said the rule gave way for them. */
  readonly reportedWorkloads = new Set<string>();
  readonly reportedDependencies = new Set<string>();
  /** Workloads named by an issue of a kind matching a pattern (capacity issues). */
  private readonly issueKinds = new Map<string, Set<string>>();
  /** Component number of each workload on a real dependency cycle (the whole estate's graph). */
  readonly cycleOf = new Map<string, number>();
  readonly cycles: { members: string[] }[];
  private readonly levels: ReturnType<typeof effectiveSensitivities>;

  constructor(
    readonly estate: CheckedEstate,
    readonly settings: PlanSettings,
    readonly plan: Plan,
  ) {
    for (const w of estate.workloads) this.byId.set(w.id, w);
    for (const x of plan.heldBack) {
      this.heldBack.add(x.workloadId);
      this.placeOf.set(x.workloadId, 'held');
    }
    for (const wave of plan.waves)
      for (const unit of wave.units)
        for (const id of unit.members) {
          this.timesPlaced.set(id, (this.timesPlaced.get(id) ?? 0) + 1);
          this.placeOf.set(id, wave.number);
        }
    for (const issue of plan.issues) {
      for (const id of issue.workloadIds) {
        this.reportedWorkloads.add(id);
        const kinds = this.issueKinds.get(id) ?? new Set<string>();
        kinds.add(issue.kind);
        this.issueKinds.set(id, kinds);
      }
      for (const id of issue.dependencyIds) this.reportedDependencies.add(id);
    }
    this.cycles = findCycles(
      estate.workloads.map((w) => w.id),
      estate.dependencies,
    );
    this.cycles.forEach((c, i) => c.members.forEach((id) => this.cycleOf.set(id, i)));
    this.levels = effectiveSensitivities(estate.workloads, estate.dependencies);
  }

  moving(): Workload[] {
    return this.estate.workloads.filter(isMoving);
  }

  /** The wave a workload is in, or undefined when it is held back or nowhere. */
  waveOf(id: string): number | undefined {
    const place = this.placeOf.get(id);
    return typeof place === 'number' ? place : undefined;
  }

  restricted(w: Workload): boolean {
    return this.levels.levelOf(w.id) === 'restricted';
  }

  /** Why the proving waves keep it out (restricted data, criticality 1-2, heavy customization), or undefined. */
  provingReason(w: Workload): string | undefined {
    if (this.restricted(w)) return 'restricted data';
    if (w.criticality === 1 || w.criticality === 2) return `criticality ${w.criticality}`;
    if (w.customization === 'heavily-customized' && holdsProductionData(w)) return 'heavy customization';
    return undefined;
  }

  /** Pilot-eligible: non-production or criticality 3-4, and nothing restricted (docs/domain-rules.md). */
  pilotEligible(w: Workload): boolean {
    return !this.restricted(w) && (!holdsProductionData(w) || w.criticality === 3 || w.criticality === 4);
  }

  reportedWith(id: string, kind: RegExp): boolean {
    return [...(this.issueKinds.get(id) ?? [])].some((k) => kind.test(k));
  }

  pinnedTo(id: string, wave: number): boolean {
    return this.byId.get(id)?.pinnedWave === wave;
  }

  nameOf(id: string): string {
    return this.byId.get(id)?.name ?? id;
  }

  /** Waves holding at least one workload, in number order. */
  movingWaves(): Wave[] {
    return this.plan.waves.filter((w) => w.units.some((u) => u.members.length > 0)).sort((a, b) => a.number - b.number);
  }

  membersOf(wave: Wave): Workload[] {
    return wave.units.flatMap((u) => u.members.map((id) => this.byId.get(id)).filter((w): w is Workload => w !== undefined));
  }
}

/**
 * Effort days per the domain rules (docs/domain-rules.md, "Waves"): recorded, else estimated.
 * Written again from the rules on purpose, like every check here: the checker reads no
 * planner code, so a planner that drifts from its rules is caught, not echoed.
 */
export function effortDays(w: Workload): number {
  if (w.effortDays !== null) return w.effortDays;
  const base = w.kind === 'database' ? 4 : w.kind === 'application' ? 3 : 2;
  const custom = w.customization === 'heavily-customized' ? 5 : w.customization === 'customized' ? 2 : 0;
  const data = w.databaseGb ? Math.min(5, Math.ceil(w.databaseGb / 500)) : 0;
  return base + custom + data;
}

/** A field that may not exist yet (settings and workload fields other sessions are adding). */
export function optional<T>(source: object, key: string): T | undefined {
  const value = (source as Record<string, unknown>)[key];
  return value === undefined || value === null ? undefined : (value as T);
}
