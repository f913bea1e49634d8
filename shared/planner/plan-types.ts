// What the planner returns (docs/domain-rules.md, "Waves").

export type WavePhase = 'foundation' | 'pilot' | 'non-production' | 'production';

export const WAVE_PHASE_NAMES: Record<WavePhase, string> = { foundation: 'Foundation', pilot: 'Pilot', 'non-production': 'Non-production', production: 'Production' };

export interface PlannedUnit {
  /** Workload ids, in the wave's cutover order. */
  members: string[];
  /** Why its members move together, and why the unit sits in this wave, in sentences. */
  reasoning: string[];
}

export interface HybridLink {
  dependencyId: string;
  /** Opened when the first end moves; closed when the second does (never, if it stays). */
  opensInWave: number;
  closesInWave: number | null;
}

export interface Wave {
  number: number;
  phase: WavePhase;
  start: string;
  end: string;
  cutover: string;
  /** What the cutover date had to skip (blackouts, month-end freeze). */
  cutoverMoved: string[];
  units: PlannedUnit[];
  /** Every workload id, providers before consumers. */
  cutoverOrder: string[];
  hybridLinks: HybridLink[];
  /** Readiness checks still to prove before this wave (gates flagged, not held). */
  gates: string[];
  /** Sum of its workloads' risk points (sensitivity, criticality, customization). */
  risk: number;
  /** Share of the planning inputs its workloads have filled in, 0 to 1. */
  confidence: number;
}

export interface Excluded {
  workloadId: string;
  reason: string;
}

export type PlanIssueKind = 'oversized-unit' | 'pin-against-dependency' | 'pin-over-capacity' | 'condition-gave-way' | 'pins-disagree' | 'under-minimum' | 'date-unmet' | 'rollback-split';

export interface PlanIssue {
  kind: PlanIssueKind;
  workloadIds: string[];
  dependencyIds: string[];
  sentence: string;
}

export interface Plan {
  waves: Wave[];
  /** Retired and retained workloads: they do not move. */
  notMigrating: Excluded[];
  /** Workloads the readiness gates (or a held-back provider) keep out of every wave. */
  heldBack: Excluded[];
  issues: PlanIssue[];
  waveOf: ReadonlyMap<string, number>;
  /**
   * The chain of move units and gates that sets the end date, first to last: each step
   * waits for the one before it (a provider, its rehearsal, a full wave, a date).
   */
  criticalPath: CriticalStep[];
}

export interface CriticalStep {
  wave: number;
  /** The unit's workload ids (empty for a gate or a calendar step). */
  workloadIds: string[];
  /** Why it cannot move sooner, in a sentence. */
  because: string;
}
