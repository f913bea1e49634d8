// A wave's rollback runbook (DESIGN.md, "Rollback plans").

export const RUNBOOK_PHASES = ['pre-cutover', 'cutover', 'validation', 'trigger', 'point-of-no-return', 'rollback'] as const;
export type RunbookPhase = (typeof RUNBOOK_PHASES)[number];

export interface RunbookStep {
  /** Stable across regeneration (what the step does and to what), so edits can be kept. */
  id: string;
  phase: RunbookPhase;
  readonly text: string;
  workloadIds: string[];
  /** Estimated duration; rollback steps add up to the rollback time. */
  minutes: number;
}

export interface Runbook {
  wave: number;
  steps: RunbookStep[];
  /** Sum of the rollback steps (restores dominate). */
  rollbackMinutes: number;
  windowMinutes: number;
  /** The smallest RTO among the wave's workloads, when any is recorded. */
  smallestRto: { minutes: number; workloadId: string } | null;
  /** The workloads whose steps make the rollback longest, longest first. */
  longest: { workloadId: string; minutes: number }[];
}
