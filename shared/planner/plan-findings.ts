import { finding, type Finding } from '../findings/finding.js';
import type { Plan, PlanIssueKind } from './plan-types.js';

// The planner's own findings (docs/domain-rules.md, "Findings": oversized units, pins against dependencies,
// conditions that gave way), in the same list as the estate's findings.

export const PLAN_FINDING_NAMES: Record<PlanIssueKind, string> = {
  'oversized-unit': 'Move unit larger than a wave',
  'pin-against-dependency': 'Pin against a dependency',
  'pin-over-capacity': 'Pin over a wave’s size',
  'pins-disagree': 'Pins that disagree within a move unit',
  'condition-gave-way': 'Planning condition that gave way',
  'under-minimum': 'Wave below its minimum size',
};

const ACTIONS: Record<PlanIssueKind, string> = {
  'oversized-unit': 'Split the unit if you can (loosen a tight dependency, drop a shared label), or raise the wave size for this wave.',
  'pin-against-dependency': 'Move the pin to the provider’s wave or later, or pin the provider earlier; or accept running across a hybrid link until both have moved.',
  'pin-over-capacity': 'Move a pin to another wave, or raise the wave size.',
  'pins-disagree': 'Pin the unit once: its members move together.',
  'condition-gave-way': 'Check the hybrid link it needs is acceptable for the time between the two cutovers; otherwise loosen or re-pin so the order holds.',
  'under-minimum': 'Pin more work into it, or lower the minimum: a cutover window costs the same however little it moves.',
};

export function planFindings(plan: Plan): Finding[] {
  return plan.issues.map((issue, i) =>
    finding(
      { rule: `plan:${issue.kind}`, keyPart: String(i), severity: issue.kind === 'condition-gave-way' || issue.kind === 'under-minimum' ? 'low' : 'medium', workloadIds: issue.workloadIds, dependencyIds: issue.dependencyIds },
      () => ({ title: `${PLAN_FINDING_NAMES[issue.kind]}: ${issue.sentence.split(':')[0] ?? issue.sentence}`, meaning: issue.sentence, action: ACTIONS[issue.kind] }),
    ),
  );
}
