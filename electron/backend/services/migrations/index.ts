import type { Database } from 'better-sqlite3';
import { migration001 } from './001-initial.js';
import { migration002 } from './002-node-positions.js';
import { migration003 } from './003-plan-settings.js';
import { migration004 } from './004-ip-addresses.js';
import { migration005 } from './005-workload-dates.js';
import { migration006 } from './006-data-change-rate.js';
import { migration007 } from './007-workload-utilisation.js';
import { migration008 } from './008-scenarios.js';
import type { Migration } from './migration.js';

// Numbered migrations, applied in order, tracked with PRAGMA user_version.
// Never edit a shipped migration: add the next number.
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008];

// The last migration's number (not the count: a branch may add a number before another's lands).
export const LATEST_SCHEMA_VERSION = (MIGRATIONS[MIGRATIONS.length - 1] as Migration).version;

/**
 * Brings a database up to the latest schema in one transaction: if any step fails,
 * the file is left exactly as it was.
 */
export function migrate(db: Database, target = LATEST_SCHEMA_VERSION): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = MIGRATIONS.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return db.pragma('user_version', { simple: true }) as number;
}
