import { formatDuration as hours } from './restore.js';
import type { Runbook, RtoBreach } from './runbook-types.js';

// Whether a wave's rollback fits its maintenance window and its workloads' RTOs, and the
// words for it (docs/domain-rules.md, "Rollback", "Rollback time"). Each limit is
// compared and worded on its own, so a sentence never says a rollback breaks a limit it
// keeps: the window against the whole way back, each RTO against when that workload is back.

/** Members back later than their RTO (never back counts as at once: its steps were removed), furthest past it first. */
export function rtoBreaches(rtos: Runbook['rtos'], finish: (workloadId: string) => number | undefined): RtoBreach[] {
  return rtoBreachesAt(rtos, (k) => finish((rtos[k] as Runbook['rtos'][number]).workloadId) ?? 0);
}

/** The same, with when each is back given by its place in `rtos` (the generated runbooks know it without looking ids up). */
export function rtoBreachesAt(rtos: Runbook['rtos'], backAt: (k: number) => number): RtoBreach[] {
  const breaches: RtoBreach[] = [];
  for (let k = 0; k < rtos.length; k++) {
    const { workloadId, minutes } = rtos[k] as Runbook['rtos'][number];
    const back = backAt(k);
    if (back > minutes) breaches.push({ workloadId, back, rto: minutes });
  }
  return breaches.sort((a, b) => b.back - b.rto - (a.back - a.rto) || (a.workloadId < b.workloadId ? -1 : 1));
}

export type RollbackTimes = Pick<Runbook, 'rollbackMinutes' | 'windowMinutes' | 'smallestRto' | 'rtoBreaches'>;

export const overWindow = (r: RollbackTimes) => r.rollbackMinutes > r.windowMinutes;
export const fits = (r: RollbackTimes) => !overWindow(r) && r.rtoBreaches.length === 0;

/** "fits the 8 h maintenance window; …": how the rollback compares with the window and with the RTOs, each limit said as it is. */
export function limitsClause(r: RollbackTimes, nameOf: (id: string) => string): string {
  return `${overWindow(r) ? 'is longer than' : 'fits'} the ${hours(r.windowMinutes)} maintenance window; ${rtoClause(r, nameOf)}`;
}

/** "Rollback 3 h 9 min fits the 8 h maintenance window; …." */
export function fitSentence(r: RollbackTimes, nameOf: (id: string) => string): string {
  return `Rollback ${hours(r.rollbackMinutes)} ${limitsClause(r, nameOf)}.`;
}

function rtoClause(r: RollbackTimes, nameOf: (id: string) => string): string {
  const [first] = r.rtoBreaches;
  if (first) {
    const more = r.rtoBreaches.length - 1;
    return `${nameOf(first.workloadId)} is back after ${hours(first.back)}, past its ${hours(first.rto)} RTO${more ? ` (and ${more.toLocaleString('en')} more past theirs)` : ''}`;
  }
  if (!r.smallestRto) return 'no RTO is recorded for its workloads';
  return `every workload is back within its RTO (the smallest, ${hours(r.smallestRto.minutes)}, is ${nameOf(r.smallestRto.workloadId)}'s)`;
}
