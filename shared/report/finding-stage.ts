import type { Workload } from '../domain/workload.js';
import type { EstateAnalysis } from '../findings/analyse.js';
import { mostSevereFirst, SEVERITIES, type Finding, type Severity } from '../findings/finding.js';
import { FINDING_RULES } from '../findings/rules.js';
import { PLAN_FINDING_NAMES, planFindingRule, planFindings } from '../planner/plan-findings.js';
import type { Plan, PlanIssueKind } from '../planner/plan-types.js';
import { ROLLBACK_FINDING_NAMES, rollbackFindings } from '../rollback/rollback-findings.js';
import type { Runbook } from '../rollback/runbook-types.js';

/** Every check that can raise a finding, by rule id, in the order a filter lists them: the estate's, the planner's, the runbooks'. */
export const FINDING_CHECK_NAMES: ReadonlyMap<string, string> = new Map([
  ...FINDING_RULES.map((r) => [r.id, r.name] as const),
  ...Object.entries(PLAN_FINDING_NAMES).map(([kind, name]) => [planFindingRule(kind as PlanIssueKind), `Plan: ${name}`] as const),
  ...Object.entries(ROLLBACK_FINDING_NAMES),
]);

export interface FindingStage {
  /** The estate's, the planner's and the runbooks' findings, most severe first. */
  all: readonly Finding[];
  count: Readonly<Record<Severity, number>>;
}

/** The one list of findings: what the Findings view lists, the badge counts and the workbook's Findings sheet holds. */
export function collectFindings(analysis: Pick<EstateAnalysis, 'findings'>, plan: Plan, timedRunbooks: readonly Omit<Runbook, 'steps'>[], workloads: readonly Workload[]): FindingStage {
  const byId = new Map(workloads.map((w) => [w.id, w]));
  const all = mostSevereFirst([...analysis.findings, ...planFindings(plan), ...rollbackFindings(timedRunbooks, byId)]);
  return { all, count: countBySeverity(all) };
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const count = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) count[f.severity]++;
  return count;
}
