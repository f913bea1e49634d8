// npm run fixtures:estates: one estate file per schema version the app has shipped, as
// that version wrote it, under test/fixtures/estates/. Each holds the sample's
// workloads and dependencies, plus what its version added (graph positions in 2, plan
// settings in 3). Run it when a migration is added, and commit the new file: the
// migration test opens every one of them.
import Database from 'better-sqlite3';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { APPLICATION_ID } from '../electron/services/estate-file.js';
import { DEPENDENCY_COLUMNS, WORKLOAD_COLUMNS, dependencyToRow, workloadToRow } from '../electron/services/estate-rows.js';
import { LATEST_SCHEMA_VERSION, migrate } from '../electron/services/migrations/index.js';
import { healthcareSampleEstate } from '../shared/sample/healthcare-estate.js';

const dir = join(process.cwd(), 'test', 'fixtures', 'estates');
mkdirSync(dir, { recursive: true });
const { workloads, dependencies } = healthcareSampleEstate();

for (let version = 1; version <= LATEST_SCHEMA_VERSION; version++) {
  const path = join(dir, `schema-${version}.waveplan`);
  rmSync(path, { force: true });
  const db = new Database(path);
  db.pragma('journal_mode = DELETE'); // one self-contained file, no -wal beside it
  db.pragma('foreign_keys = ON');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, version);
  db.transaction(() => {
    db.prepare('INSERT INTO estate (singleton, name, revision, createdAt, updatedAt) VALUES (1, ?, 7, ?, ?)').run(`Schema ${version} estate`, '2026-06-01T09:00:00.000Z', '2026-06-02T17:30:00.000Z');
    // Workload and dependency columns have not changed since version 1.
    const insertW = db.prepare(`INSERT INTO workload (${WORKLOAD_COLUMNS.join(', ')}, position) VALUES (${WORKLOAD_COLUMNS.map(() => '?').join(', ')}, ?)`);
    workloads.forEach((w, i) => insertW.run(...workloadToRow(w), i + 1));
    const insertD = db.prepare(`INSERT INTO dependency (${DEPENDENCY_COLUMNS.join(', ')}) VALUES (${DEPENDENCY_COLUMNS.map(() => '?').join(', ')})`);
    for (const d of dependencies) insertD.run(...dependencyToRow(d));
    if (version >= 2) db.prepare("INSERT INTO node_position (workloadId, x, y) VALUES ('hosp-redis', 120, -40)").run();
    if (version >= 3) db.prepare("INSERT INTO estate_setting (key, value) VALUES ('plan', ?)").run(JSON.stringify({ waveLengthDays: 21, startDate: '2027-03-01' }));
  })();
  db.close();
  console.log(`Wrote ${path}`);
}
