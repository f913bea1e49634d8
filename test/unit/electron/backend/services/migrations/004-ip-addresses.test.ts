import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { workloadFromRow, workloadSelectList } from '../../../../../../electron/backend/services/estate-rows.js';
import { migration004 } from '../../../../../../electron/backend/services/migrations/004-ip-addresses.js';
import { migrate } from '../../../../../../electron/backend/services/migrations/index.js';

describe('migration 004: workload IP addresses', () => {
  it('adds an empty list of IP addresses to every workload of a version-3 estate, and keeps the rest', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 3);
    db.prepare("INSERT INTO workload (id, position, name, kind, environment, owner) VALUES ('a', 1, 'A', 'application', 'production', 'ERP team')").run();
    expect(migration004.version).toBe(4);
    expect(migrate(db, 4)).toBe(4);
    const row = db
      .prepare(`SELECT ${workloadSelectList(4)} FROM workload`)
      .raw(true)
      .get() as unknown[];
    expect(workloadFromRow(row)).toMatchObject({ id: 'a', owner: 'ERP team', ipAddresses: [] });
    db.prepare("UPDATE workload SET ipAddresses = '10.0.0.5,fe80::1'").run();
    const again = db
      .prepare(`SELECT ${workloadSelectList(4)} FROM workload`)
      .raw(true)
      .get() as unknown[];
    expect(workloadFromRow(again).ipAddresses).toEqual(['10.0.0.5', 'fe80::1']);
  });
});
