import { SEVERITIES, type Finding, type Severity } from '../findings/finding.js';
import { FINDING_CHECK_NAMES } from '../report/finding-stage.js';
import type { FindingGroup, ListedFinding, RiskRow } from './board-pack-types.js';

// The findings as a board reads them: by check, not one line per workload. A
// 10,000-workload estate raises thousands of findings from a dozen checks; the board
// needs the dozen, each with its count and what to do, and the worst few by name.

const checkName = (rule: string) => FINDING_CHECK_NAMES.get(rule) ?? rule;

/** Every (severity, check) pair that raised findings, most severe first, then most findings; the example is the check's first (most severe) finding. */
export function findingsByCheck(findings: readonly Finding[]): RiskRow[] {
  const rows = new Map<string, RiskRow & { order: number }>();
  findings.forEach((f, order) => {
    const key = `${f.severity}\u0000${f.rule}`;
    const row = rows.get(key);
    if (row) row.count++;
    else rows.set(key, { severity: f.severity, check: checkName(f.rule), count: 1, title: f.title, meaning: f.meaning, action: f.action, order });
  });
  const rank = (s: Severity) => SEVERITIES.indexOf(s);
  return [...rows.values()].sort((a, b) => rank(a.severity) - rank(b.severity) || b.count - a.count || a.order - b.order).map(({ order: _order, ...row }) => row);
}

/**
 * The five risks the summary names: the most severe checks, one row each (a check that
 * fired at two severities is named once, at its worst).
 */
export function topRisks(findings: readonly Finding[], howMany = 5): RiskRow[] {
  const seen = new Set<string>();
  const top: RiskRow[] = [];
  for (const row of findingsByCheck(findings)) {
    if (seen.has(row.check)) continue;
    seen.add(row.check);
    top.push(row);
    if (top.length === howMany) break;
  }
  return top;
}

export function findingGroups(findings: readonly Finding[], count: Readonly<Record<Severity, number>>): FindingGroup[] {
  const byCheck = findingsByCheck(findings);
  return SEVERITIES.filter((s) => count[s] > 0).map((severity) => ({ severity, count: count[severity], checks: byCheck.filter((r) => r.severity === severity) }));
}

/**
 * The high and medium findings by name, most severe first, `limit` in all (the low ones
 * are in the counts); when there are more than that, at most `perCheck` of each check,
 * so one check's thousands do not crowd out the others. And how many are not listed.
 */
export function listedFindings(findings: readonly Finding[], limit: number, perCheck = 5): { listed: ListedFinding[]; more: number } {
  const serious = findings.filter((f) => f.severity !== 'low');
  // All of them when they fit: the cap per check is for estates with more than the page holds.
  const cap = serious.length <= limit ? limit : perCheck;
  const taken = new Map<string, number>();
  const listed: ListedFinding[] = [];
  for (const f of serious) {
    if (listed.length === limit) break;
    const key = `${f.severity}\u0000${f.rule}`;
    const n = taken.get(key) ?? 0;
    if (n === cap) continue;
    taken.set(key, n + 1);
    listed.push({ severity: f.severity, check: checkName(f.rule), title: f.title, action: f.action });
  }
  return { listed, more: serious.length - listed.length };
}
