import type { Workload } from '../domain/workload.js';
import type { RollbackSettings } from './rollback-settings.js';

export { formatDuration } from '../domain/duration.js';

/** Kinds that hold data: backed up before the cutover, brought back on the way back. */
export const STATEFUL_KINDS: ReadonlySet<Workload['kind']> = new Set(['database', 'object-storage']);

/** The data a store holds: its database size, else its storage, else 0. */
export const dataGb = (w: Pick<Workload, 'databaseGb' | 'storageGb'>) => w.databaseGb ?? w.storageGb ?? 0;

/** Minutes to restore a workload's data from backup at the settings' throughput (15 at least). */
export function restoreMinutes(w: Pick<Workload, 'databaseGb' | 'storageGb' | 'kind'>, settings: Pick<RollbackSettings, 'restoreGbPerHour'>): number {
  if (!STATEFUL_KINDS.has(w.kind)) return 0;
  return Math.max(15, Math.ceil((dataGb(w) / settings.restoreGbPerHour) * 60));
}

/** Minutes to stream a store's whole data to a replica or standby (a re-seed), at the replication throughput (15 at least). */
export function reseedMinutes(w: Pick<Workload, 'databaseGb' | 'storageGb'>, settings: Pick<RollbackSettings, 'replicationGbPerHour'>): number {
  return Math.max(15, Math.ceil((dataGb(w) / settings.replicationGbPerHour) * 60));
}

/**
 * Minutes for reverse replication to carry back what the target took: the changes of
 * one maintenance window (the most a failed cutover can have written before the
 * rollback is called) at the replication throughput, 15 at least (stop writes, let the
 * lag close, compare counts); the settings' assumption when the change rate is unknown.
 */
export function catchUpMinutes(w: Pick<Workload, 'dataChangeGbPerDay'>, settings: Pick<RollbackSettings, 'replicationGbPerHour' | 'maintenanceWindowHours' | 'unknownCatchUpMinutes'>): number {
  if (w.dataChangeGbPerDay === null) return settings.unknownCatchUpMinutes;
  const gb = (w.dataChangeGbPerDay * settings.maintenanceWindowHours) / 24;
  return Math.max(15, Math.ceil((gb / settings.replicationGbPerHour) * 60));
}
