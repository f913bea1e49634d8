import { finding, type Finding } from '../findings/finding.js';
import type { Plan, PlanIssueKind } from './plan-types.js';
import { PLAN_ISSUES } from './wave-conditions.js';

// The planner's own findings (docs/domain-rules.md, "Findings": oversized units, pins against dependencies,
// conditions that gave way), in the same list as the estate's findings. Their names
// and actions are the wave conditions' (wave-conditions.ts).

export const PLAN_FINDING_NAMES = Object.fromEntries(Object.entries(PLAN_ISSUES).map(([kind, issue]) => [kind, issue.name])) as Record<PlanIssueKind, string>;

/** The rule id a plan issue's finding carries: its kind, marked as the planner's. */
export function planFindingRule(kind: PlanIssueKind): string {
  return `plan:${kind}`;
}

export function planFindings(plan: Plan): Finding[] {
  return plan.issues.map((issue, i) =>
    finding(
      {
        rule: planFindingRule(issue.kind),
        keyPart: String(i),
        severity: issue.kind === 'condition-gave-way' || issue.kind === 'under-minimum' || issue.kind === 'rollback-split' ? 'low' : 'medium',
        workloadIds: issue.workloadIds,
        dependencyIds: issue.dependencyIds,
      },
      () => ({ title: `${PLAN_ISSUES[issue.kind].name}: ${issue.sentence.split(':')[0] ?? issue.sentence}`, meaning: issue.sentence, action: PLAN_ISSUES[issue.kind].action }),
    ),
  );
}
