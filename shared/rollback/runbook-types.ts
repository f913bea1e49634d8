import type { Dependency } from '../domain/dependency.js';
import type { Workload } from '../domain/workload.js';
import type { StepPath } from './rollback-path.js';
import type { Role } from './roles.js';
import type { RollbackSettings } from './rollback-settings.js';
import type { WayBack } from './way-back.js';

// A wave's rollback runbook (docs/domain-rules.md, "Rollback").

export const RUNBOOK_PHASES = ['pre-cutover', 'cutover', 'validation', 'trigger', 'point-of-no-return', 'rollback'] as const;
export type RunbookPhase = (typeof RUNBOOK_PHASES)[number];

export const PHASE_NAMES: Record<RunbookPhase, string> = {
  'pre-cutover': 'Before the cutover',
  cutover: 'Cutover',
  validation: 'Validation',
  trigger: 'Rollback triggers',
  'point-of-no-return': 'Point of no return',
  rollback: 'Rollback',
};

/** What a generated step does; with its subject it names the step across regenerations. */
export const STEP_KINDS = {
  freeze: 'pre-cutover',
  dns: 'pre-cutover',
  routes: 'pre-cutover',
  backup: 'pre-cutover',
  drain: 'pre-cutover',
  cutover: 'cutover',
  smoke: 'validation',
  link: 'validation',
  business: 'validation',
  'trigger-smoke': 'trigger',
  'trigger-data': 'trigger',
  'point-of-no-return': 'point-of-no-return',
  'catch-up': 'rollback',
  reopen: 'rollback',
  restore: 'rollback',
  reenable: 'rollback',
  follow: 'rollback',
  reseed: 'rollback',
  back: 'rollback',
  redeploy: 'rollback',
  replay: 'rollback',
} as const satisfies Record<string, RunbookPhase>;
export type StepKind = keyof typeof STEP_KINDS;

/** What one wave's steps are worded from, shared by its steps. */
export interface WaveFacts {
  number: number;
  members: readonly Workload[];
  /** Applications and ingresses: their DNS is lowered. */
  traffic: readonly Workload[];
  /** Databases and object storage: their data is checked and brought back on the way back. */
  stateful: readonly Workload[];
  /** Bit set of the message dependency kinds a queue holder has (0: not a queue, nothing to drain). */
  feedsOf(id: string): number;
  /** What a member is on the way back, and how it goes back. */
  role(w: Workload): Role;
  way(w: Workload): WayBack;
  /** Weeks the source keeps running after the cutover (the rate card's parallel run; 0: retired at cutover). */
  parallelRunWeeks: number;
  settings: RollbackSettings;
  name(id: string): string;
  /** Whether a workload moves in this wave. */
  has(id: string): boolean;
}

/** A business check: the system, its sentence and its production members in the wave. */
export interface BusinessSubject {
  system: string;
  sentence: string;
  ids: string[];
}

/** A workload whose way back ends after its RTO. */
export interface RtoBreach {
  workloadId: string;
  /** Minutes from the rollback call until it is back. */
  back: number;
  rto: number;
}

export type StepSubject = Workload | Dependency | BusinessSubject | null;

export interface RunbookStep {
  /**
   * Stable across regeneration, so edits can be kept: `<kind>:<workload id>` for a
   * workload's steps (they follow it to another wave), `wave-<n>:<kind>[:<what>]` for
   * the wave's own.
   */
  readonly id: string;
  readonly kind: StepKind;
  readonly phase: RunbookPhase;
  readonly text: string;
  readonly workloadIds: readonly string[];
  /** Estimated duration; the rollback steps' critical path is the rollback time. */
  readonly minutes: number;
  /** A generated rollback step's place on the way back (none for the other phases). */
  readonly path?: StepPath | undefined;
}

export interface Runbook {
  wave: number;
  steps: RunbookStep[];
  /** The critical path of the rollback steps (rollback-path.ts). */
  rollbackMinutes: number;
  windowMinutes: number;
  /** Restores from backup that run at once: the critical path is worked out again with it when steps are edited. */
  parallelRestores: number;
  /** The stores this wave brings back by a restore from backup (the last resort), in cutover order. */
  restores: readonly string[];
  /** The smallest RTO among the wave's workloads, when any is recorded. */
  smallestRto: { minutes: number; workloadId: string } | null;
  /** The members with a recorded RTO: each is held to it by when its own way back ends. */
  rtos: readonly { workloadId: string; minutes: number }[];
  /** Members back later than their RTO, furthest past it first. */
  rtoBreaches: readonly RtoBreach[];
  /** The workloads whose own way back is longest, longest first. */
  longest: { workloadId: string; minutes: number }[];
}
