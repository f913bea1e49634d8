import { z } from 'zod';

// What the runbook estimates rest on; per estate, with defaults from practice
// (docs/domain-rules.md, "Rollback"). A stored value is laid over these defaults, so an
// estate saved before a setting existed takes its default (no migration).
export const RollbackSettingsSchema = z.object({
  /** Restore throughput from backup, GB per hour. */
  restoreGbPerHour: z.number().min(1).max(100_000),
  /** The maintenance window each cutover has, in hours. */
  maintenanceWindowHours: z.number().min(0.5).max(168),
  /** How long before cutover DNS TTLs are lowered, in hours. */
  dnsLeadHours: z.number().min(1).max(336),
  /** Restores from backup that run at once (restore streams, hands); the rest queue. */
  parallelRestores: z.number().int().min(1).max(64),
  /** Reverse replication's catch-up throughput, target to source, GB per hour. */
  replicationGbPerHour: z.number().min(1).max(100_000),
  /** The catch-up assumed when a data store's change rate is not recorded, in minutes. */
  unknownCatchUpMinutes: z.number().int().min(5).max(1_440),
});
export type RollbackSettings = z.infer<typeof RollbackSettingsSchema>;

export const DEFAULT_ROLLBACK_SETTINGS: RollbackSettings = {
  restoreGbPerHour: 250,
  maintenanceWindowHours: 8,
  dnsLeadHours: 48,
  parallelRestores: 4,
  replicationGbPerHour: 100,
  unknownCatchUpMinutes: 30,
};
