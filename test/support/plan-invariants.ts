import type { Plan } from '../../shared/planner/plan-types.js';
import type { PlanSettings } from '../../shared/planner/settings.js';
import { cutoverDays, loadHolidays, wavesInFlight } from './plan-invariants-calendar.js';
import { foundationFirst, pilotWave, provingWaves, rehearsalOrder, workloadDates } from './plan-invariants-order.js';
import { membership, moveTogether, oneKindPerWave, providersFirst, waveCapacity } from './plan-invariants-structure.js';
import { optional, PlanFacts, type CheckedEstate, type Rule, type Violation } from './plan-facts.js';

// An independent checker of a wave plan against the rules (docs/domain-rules.md "Waves"
// and issue 16), for tests and benchmarks. It reads the estate, the settings and the
// plan's output only: nothing of the planner's code but its types, so a rule the planner
// gets wrong is not got wrong here the same way. A rule may give way only where the
// plan says so: a plan issue naming the workload or the dependency (capacity: an
// oversized unit alone in its wave, or a capacity or pin issue).

export type { CheckedEstate, Rule, Violation } from './plan-facts.js';

const CHECKS: readonly ((f: PlanFacts) => Violation[])[] = [
  membership,
  moveTogether,
  providersFirst,
  waveCapacity,
  oneKindPerWave,
  pilotWave,
  provingWaves,
  foundationFirst,
  rehearsalOrder,
  cutoverDays,
  wavesInFlight,
  workloadDates,
];

/** Every broken rule of `plan`, each with its wave or workloads and why; empty when the plan keeps them all. */
export function checkPlan(estate: CheckedEstate, settings: PlanSettings, plan: Plan): Violation[] {
  const facts = new PlanFacts(estate, settings, plan);
  return CHECKS.flatMap((check) => check(facts));
}

/** The checks that cannot run with these settings here, and why (said in test output, never silently). */
export function skippedChecks(settings: PlanSettings): string[] {
  const skipped: string[] = [];
  if (optional(settings, 'holidays') !== undefined && !loadHolidays()) skipped.push('cutover-holiday: date-holidays is not installed');
  if (optional(settings, 'holidays') === undefined) skipped.push('cutover-holiday: no holidays setting');
  return skipped;
}

/** Violations counted by rule, for reports: "providers-first 12, proving-waves 3". */
export function countByRule(violations: readonly Violation[]): Map<Rule, number> {
  const counts = new Map<Rule, number>();
  for (const v of violations) counts.set(v.rule, (counts.get(v.rule) ?? 0) + 1);
  return counts;
}
