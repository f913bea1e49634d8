import type { Workload } from '../domain/workload.js';
import { finding, listNames, type Finding } from '../findings/finding.js';
import type { Runbook } from './runbook-types.js';

// docs/domain-rules.md, "Findings": a rollback longer than the maintenance window or the RTO is a finding,
// with the members that make it long.

const hours = (minutes: number) => `${Math.round((minutes / 60) * 10) / 10} h`;

const ROLLBACK_TOO_LONG = 'rollback-too-long';
export const ROLLBACK_FINDING_NAMES = { [ROLLBACK_TOO_LONG]: 'Rollback longer than its window or RTO' };

export function rollbackFindings(runbooks: readonly Omit<Runbook, 'steps'>[], workloads: ReadonlyMap<string, Workload>): Finding[] {
  const found: Finding[] = [];
  for (const r of runbooks) {
    const overWindow = r.rollbackMinutes > r.windowMinutes;
    const overRto = r.smallestRto !== null && r.rollbackMinutes > r.smallestRto.minutes;
    if (!overWindow && !overRto) continue;
    const limits = [
      overWindow ? `its ${hours(r.windowMinutes)} maintenance window` : '',
      overRto && r.smallestRto ? `the ${hours(r.smallestRto.minutes)} RTO of ${workloads.get(r.smallestRto.workloadId)?.name ?? r.smallestRto.workloadId}` : '',
    ].filter(Boolean);
    const longest = r.longest.map((l) => `${workloads.get(l.workloadId)?.name ?? l.workloadId} (${hours(l.minutes)})`);
    found.push(
      finding({ rule: ROLLBACK_TOO_LONG, keyPart: String(r.wave), severity: overRto ? 'high' : 'medium', workloadIds: r.longest.map((l) => l.workloadId), dependencyIds: [] }, () => ({
        title: `Rollback of wave ${r.wave} takes ${hours(r.rollbackMinutes)}, longer than ${limits.join(' and ')}`,
        meaning: `Going back after the point of no return takes about ${hours(r.rollbackMinutes)}, mostly ${listNames(longest)}. A failed cutover would then break ${limits.join(' and ')}.`,
        action:
          'Split the wave, rehearse a faster restore (reverse replication instead of a backup restore) and put the rehearsed time on the runbook step, widen the window, or agree a longer RTO with the business owner.',
      })),
    );
  }
  return found;
}
