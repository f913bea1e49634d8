import type { Workload } from '../domain/workload.js';
import { finding, listNames, type Finding } from '../findings/finding.js';
import { formatDuration as hours } from './restore.js';
import { overWindow } from './rollback-fit.js';
import type { Runbook } from './runbook-types.js';

// docs/domain-rules.md, "Findings": a wave whose rollback is longer than its maintenance
// window, or brings a workload back after its RTO, is blocked: the finding says which
// limit it breaks (only those), what makes the way back long, and what to change.

const ROLLBACK_TOO_LONG = 'rollback-too-long';
export const ROLLBACK_FINDING_NAMES = { [ROLLBACK_TOO_LONG]: 'Rollback longer than its window or an RTO' };

type Timed = Omit<Runbook, 'steps'>;

export function rollbackFindings(runbooks: readonly Timed[], workloads: ReadonlyMap<string, Workload>): Finding[] {
  const nameOf = (id: string) => workloads.get(id)?.name ?? id;
  const found: Finding[] = [];
  for (const r of runbooks) {
    const window = overWindow(r);
    const [breach] = r.rtoBreaches;
    if (!window && !breach) continue;
    const broken = [
      window ? `its rollback takes ${hours(r.rollbackMinutes)}, longer than its ${hours(r.windowMinutes)} maintenance window` : '',
      breach
        ? `${nameOf(breach.workloadId)} is back after ${hours(breach.back)}, past its ${hours(breach.rto)} RTO${r.rtoBreaches.length > 1 ? ` (and ${(r.rtoBreaches.length - 1).toLocaleString('en')} more past theirs)` : ''}`
        : '',
    ].filter(Boolean);
    const longest = r.longest.map((l) => `${nameOf(l.workloadId)} (${hours(l.minutes)})`);
    const ids = [...new Set([...r.rtoBreaches.map((b) => b.workloadId), ...r.longest.map((l) => l.workloadId)])];
    found.push(
      finding({ rule: ROLLBACK_TOO_LONG, keyPart: String(r.wave), severity: 'high', workloadIds: ids, dependencyIds: [] }, () => ({
        title: `Wave ${r.wave} is blocked: ${broken.join(', and ')}`,
        meaning: `A failed cutover of wave ${r.wave} takes ${hours(r.rollbackMinutes)} to undo along its longest path; the longest ways back are ${listNames(longest)}. Until that changes the wave should not cut over.`,
        action: whatToChange(r, nameOf),
      })),
    );
  }
  return found;
}

/** The changes that shorten this wave's way back, most specific first. */
function whatToChange(r: Timed, nameOf: (id: string) => string): string {
  const changes: string[] = [];
  const first = r.longest[0];
  if (r.restores.length) {
    changes.push(`keep the source of ${listNames(r.restores.map(nameOf))} running through a parallel run with reverse replication, so it goes back without a restore from backup`);
    if (r.restores.length > r.parallelRestores) changes.push(`raise the parallel restores from ${r.parallelRestores} to ${r.restores.length} (this wave restores ${r.restores.length})`);
    changes.push('rehearse the restore and put the rehearsed time on its step');
  }
  // A wave of its own helps only a way back that fits the window by itself.
  if (first && r.longest.length > 1 && first.minutes <= r.windowMinutes) changes.push(`pin ${nameOf(first.workloadId)} to a wave of its own`);
  changes.push(overWindow(r) ? 'widen the maintenance window' : 'agree a longer RTO with the business owner');
  const [head, ...rest] = changes;
  return `${(head ?? '').charAt(0).toUpperCase()}${(head ?? '').slice(1)}${rest.length ? `; or ${rest.join('; or ')}` : ''}.`;
}
