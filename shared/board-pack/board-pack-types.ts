import type { ControlCoverageRow } from '../controls/coverage.js';
import type { Range } from '../costs/uncertainty.js';
import type { Tier } from '../domain/enums.js';
import type { Severity } from '../findings/finding.js';
import type { WavePhase } from '../planner/plan-types.js';
import type { Conventions } from './conventions.js';

// The board pack as data: what each printed section shows, read from the estate's
// report (the same figures the views show) and cut to a bounded size for large estates.
// The renderer only lays it out and formats it with `conventions`.

export interface Cover {
  estateName: string;
  scenarioName: string;
  /** The day the pack was made, ISO. */
  date: string;
  version: string;
}

export interface Scope {
  workloads: number;
  /** Planned into a wave. */
  moving: number;
  systems: number;
  tenants: number;
  dependencies: number;
  /** Retired or retained: they do not move. */
  notMigrating: number;
  heldBack: number;
  /** Waves that move something. */
  waves: number;
}

export interface Headlines {
  oneTime: Range;
  dualRunning: Range;
  runAfter: Range;
  runBefore: number;
  payback: { low: string | null; likely: string | null; high: string | null };
  /** Why there is no payback month, when there is none. */
  paybackNote: string | null;
}

/** One of the checks that raised findings, with the most severe of them as its example. */
export interface RiskRow {
  severity: Severity;
  check: string;
  count: number;
  /** The example finding's title, meaning and what to do. */
  title: string;
  meaning: string;
  action: string;
}

export interface Decision {
  title: string;
  detail: string;
  count: number;
}

export interface WaveRow {
  number: number;
  phase: WavePhase;
  start: string;
  cutover: string;
  end: string;
  workloads: number;
  risk: number;
  confidence: number;
  oneTime: number;
  /** What the cutover day had to skip. */
  cutoverMoved: readonly string[];
}

export interface BlackoutBand {
  label: string;
  from: string;
  to: string;
}

export type TierCounts = Record<Tier, number>;

export interface TierTable {
  title: string;
  rows: { label: string; counts: TierCounts }[];
  /** Rows beyond the ones shown (a large estate's tenants), added into one "Other" row. */
  more: number;
}

export interface FindingGroup {
  severity: Severity;
  count: number;
  /** Each check that raised findings of this severity, most findings first. */
  checks: RiskRow[];
}

export interface ListedFinding {
  severity: Severity;
  check: string;
  title: string;
  action: string;
}

export interface CostWaveRow {
  wave: number;
  workloads: number;
  oneTime: number;
  dualRunning: number;
  runBefore: number;
  runAfter: number;
}

export interface CostTierRow {
  tier: Tier;
  workloads: number;
  runBefore: number;
  runAfter: number;
}

export interface SpendPoint {
  month: string;
  withPlan: number;
  stayingPut: number;
}

export interface Costs {
  byWave: CostWaveRow[];
  byTier: CostTierRow[];
  lines: { name: string; oneTime: number; monthly: number }[];
  /** Cumulative spend with the plan and staying put, month by month (the likely case). */
  spend: SpendPoint[];
  paybackMonth: string | null;
  /** Planned and retired workloads left out of the spend because their current cost is unknown. */
  spendLeftOut: number;
}

export interface RollbackRow {
  wave: number;
  workloads: number;
  rollbackMinutes: number;
  windowMinutes: number;
  smallestRto: number | null;
  rtoBreaches: number;
  restores: number;
  /** Members with a tested restore and a ready runbook. */
  proven: number;
  /** Readiness checks still to prove before the wave. */
  gates: readonly string[];
}

export interface CompletenessRow {
  label: string;
  known: number;
  of: number;
}

export interface Assumption {
  topic: string;
  value: string;
}

export interface BoardPack {
  cover: Cover;
  conventions: Conventions;
  scope: Scope;
  headlines: Headlines;
  /** The first wave's start and the last cutover, for the summary's timeline. */
  span: { start: string; end: string } | null;
  risks: RiskRow[];
  decisions: Decision[];
  waves: WaveRow[];
  blackouts: BlackoutBand[];
  tiers: { total: TierCounts; tables: TierTable[] };
  findings: { count: Record<Severity, number>; groups: FindingGroup[]; listed: ListedFinding[]; more: number };
  costs: Costs;
  rollback: RollbackRow[];
  completeness: CompletenessRow[];
  assumptions: Assumption[];
  controls: ControlCoverageRow[];
  /** What a large estate's pack shows in part, in sentences (printed where it applies and on the data page). */
  summarised: string[];
}
