import type { Workload } from '../domain/workload.js';
import { catchUpMinutes, reseedMinutes, restoreMinutes } from './restore.js';
import type { Role } from './roles.js';
import type { RollbackSettings } from './rollback-settings.js';

// How each workload goes back to its source (docs/domain-rules.md, "Rollback", "The way
// back"): from its role, its strategy and whether the source was kept running through
// the parallel run. A restore from backup is the last resort, used only where the source
// is gone (no parallel run) or its data was converted (refactor).

export type WayBack =
  /** Traffic switched back to the source kept running. */
  | 'switch'
  /** No source kept: the release kept at cutover redeployed on the source hosting. */
  | 'redeploy'
  /** Reverse replication carries the target's writes back to the source kept read-only. */
  | 'catch-up'
  /** A new product (repurchase): nothing replicates back; the source kept read-only is reopened and the target's writes re-entered. */
  | 'reopen'
  /** Restored from the cutover backup, then opened for writes. */
  | 'restore'
  /** A replica or standby that kept following its source primary: readers pointed back, nothing promoted. */
  | 'follow'
  /** A replica or standby re-seeded from its primary, once the primary is back. */
  | 'reseed';

export interface Source {
  /** Whether the source stays running after the cutover (the rate card's parallel run is longer than 0). */
  kept: boolean;
}

export function wayBack(w: Workload, role: Role, source: Source): WayBack {
  if (role === 'replica' || role === 'dr-standby') return source.kept ? 'follow' : 'reseed';
  if (role === 'primary') {
    if (!source.kept || w.strategy === 'refactor') return 'restore';
    return w.strategy === 'repurchase' ? 'reopen' : 'catch-up';
  }
  return source.kept ? 'switch' : 'redeploy';
}

/** The minutes of a way back's main step (a restore's reopening for writes is its own 10-minute step). */
export function wayBackMinutes(way: WayBack, w: Workload, settings: RollbackSettings): number {
  switch (way) {
    case 'switch':
      return w.kind === 'cache' ? 5 : 15;
    case 'redeploy':
      return 30;
    case 'catch-up':
      return catchUpMinutes(w, settings);
    case 'reopen':
      return 15;
    case 'restore':
      return restoreMinutes(w, settings);
    case 'follow':
      return 10;
    case 'reseed':
      return reseedMinutes(w, settings);
  }
}

/** Whether a way back brings data back (runs before traffic returns) rather than switching traffic. */
export const BRINGS_DATA: Readonly<Record<WayBack, boolean>> = { switch: false, redeploy: false, 'catch-up': true, reopen: true, restore: true, follow: true, reseed: true };
