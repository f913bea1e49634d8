import { z } from 'zod';

// What the runbook estimates rest on; per estate, with defaults from practice.
export const RollbackSettingsSchema = z.object({
  /** Restore throughput from backup, GB per hour. */
  restoreGbPerHour: z.number().min(1).max(100_000),
  /** The maintenance window each cutover has, in hours. */
  maintenanceWindowHours: z.number().min(0.5).max(168),
  /** How long before cutover DNS TTLs are lowered, in hours. */
  dnsLeadHours: z.number().min(1).max(336),
});
export type RollbackSettings = z.infer<typeof RollbackSettingsSchema>;

export const DEFAULT_ROLLBACK_SETTINGS: RollbackSettings = { restoreGbPerHour: 250, maintenanceWindowHours: 8, dnsLeadHours: 48 };
