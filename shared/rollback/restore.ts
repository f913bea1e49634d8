import type { Workload } from '../domain/workload.js';
import type { RollbackSettings } from './rollback-settings.js';

/** A runbook duration as people say it: "45 min", "2.5 h". */
export const formatDuration = (minutes: number) => (minutes < 60 ? `${minutes} min` : `${Math.round((minutes / 60) * 10) / 10} h`);

/** Kinds that hold data: backed up before the cutover, restored on the way back. */
export const STATEFUL_KINDS: ReadonlySet<Workload['kind']> = new Set(['database', 'object-storage']);

/** Minutes to restore a workload's data from backup at the settings' throughput (15 at least). */
export function restoreMinutes(w: Pick<Workload, 'databaseGb' | 'storageGb' | 'kind'>, settings: Pick<RollbackSettings, 'restoreGbPerHour'>): number {
  if (!STATEFUL_KINDS.has(w.kind)) return 0;
  const gb = w.databaseGb ?? w.storageGb ?? 0;
  return Math.max(15, Math.ceil((gb / settings.restoreGbPerHour) * 60));
}
