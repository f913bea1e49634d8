// npm run fixtures:estates: one estate file per schema version the app has shipped, as
// that version wrote it, under test/fixtures/estates/. Each holds the sample's
// workloads and dependencies, plus what its version added (graph positions in 2, plan
// settings in 3, IP addresses in 4, date limits in 5, data change rates in 6, utilisation and licensing in 7, a second scenario in 8). Run it when a migration is added, and commit the new
// file: the migration test opens every one of them. A file already there is a shipped
// version's and is left as it is.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { APPLICATION_ID } from '../electron/backend/services/estate-file.js';
import { DEPENDENCY_COLUMNS, WORKLOAD_COLUMNS, dependencyToRow, workloadToRow } from '../electron/backend/services/estate-rows.js';
import { MIGRATIONS, migrate } from '../electron/backend/services/migrations/index.js';
import { healthcareSampleEstate } from '../shared/sample/healthcare-estate.js';

const dir = join(process.cwd(), 'test', 'fixtures', 'estates');
mkdirSync(dir, { recursive: true });
const { workloads, dependencies } = healthcareSampleEstate();

// By migration number: a branch may ship a number before another's lands.
for (const { version } of MIGRATIONS) {
  const path = join(dir, `schema-${version}.waveplan`);
  if (existsSync(path)) continue;
  const db = new Database(path);
  db.pragma('journal_mode = DELETE'); // one self-contained file, no -wal beside it
  db.pragma('foreign_keys = ON');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, version);
  db.transaction(() => {
    db.prepare('INSERT INTO estate (singleton, name, revision, createdAt, updatedAt) VALUES (1, ?, 7, ?, ?)').run(`Schema ${version} estate`, '2026-06-01T09:00:00.000Z', '2026-06-02T17:30:00.000Z');
    // Workload columns are those of version 1, ipAddresses from version 4, the date limits from 5 and the data change rate from 6 (each added last).
    const DATE_COLUMNS: readonly string[] = ['notBefore', 'notAfter', 'doneBy', 'blackouts'];
    const COST_COLUMNS: readonly string[] = ['cpuUtilisationPct', 'memoryUtilisationPct', 'licensing'];
    const columns = WORKLOAD_COLUMNS.filter(
      (c) => (version >= 4 || c !== 'ipAddresses') && (version >= 5 || !DATE_COLUMNS.includes(c)) && (version >= 6 || c !== 'dataChangeGbPerDay') && (version >= 7 || !COST_COLUMNS.includes(c)),
    );
    const insertW = db.prepare(`INSERT INTO workload (${columns.join(', ')}, position) VALUES (${columns.map(() => '?').join(', ')}, ?)`);
    workloads.forEach((w, i) => insertW.run(...workloadToRow(w).slice(0, columns.length), i + 1));
    const insertD = db.prepare(`INSERT INTO dependency (${DEPENDENCY_COLUMNS.join(', ')}) VALUES (${DEPENDENCY_COLUMNS.map(() => '?').join(', ')})`);
    for (const d of dependencies) insertD.run(...dependencyToRow(d));
    if (version >= 2) db.prepare("INSERT INTO node_position (workloadId, x, y) VALUES ('hosp-redis', 120, -40)").run();
    if (version >= 3) db.prepare("INSERT INTO estate_setting (key, value) VALUES ('plan', ?)").run(JSON.stringify({ waveLengthDays: 21, startDate: '2027-03-01' }));
    if (version >= 4) db.prepare("UPDATE workload SET ipAddresses = '10.20.4.15,10.20.4.16' WHERE id = 'hosp-redis'").run();
    if (version >= 5)
      db.prepare("UPDATE workload SET doneBy = '2027-01-27', blackouts = ? WHERE id = 'hosp-redis'").run(JSON.stringify([{ from: '2026-12-01', to: '2026-12-31', label: 'December freeze' }]));
    if (version >= 7) db.prepare("UPDATE workload SET cpuUtilisationPct = 35, memoryUtilisationPct = 55, licensing = 'byol' WHERE id = 'hosp-redis'").run();
    if (version >= 8) {
      // A scenario that gives the Redis cache a dedicated tier and plans in 28-day waves, and is the active one.
      db.prepare("INSERT INTO scenario (id, name, position) VALUES ('dedicated-cache', 'Dedicated cache', 1)").run();
      db.prepare(
        "INSERT INTO scenario_workload (scenarioId, workloadId, strategy, chosenTier, tierOverrideReason, pinnedWave, notBefore, notAfter, doneBy, blackouts) SELECT 'dedicated-cache', id, strategy, chosenTier, tierOverrideReason, pinnedWave, notBefore, notAfter, doneBy, blackouts FROM workload",
      ).run();
      db.prepare("UPDATE scenario_workload SET chosenTier = 'dedicated-environment' WHERE workloadId = 'hosp-redis'").run();
      db.prepare("INSERT INTO scenario_setting (scenarioId, key, value) VALUES ('dedicated-cache', 'plan', ?)").run(JSON.stringify({ waveLengthDays: 28, startDate: '2027-03-01' }));
      db.prepare("UPDATE active_scenario SET scenarioId = 'dedicated-cache'").run();
    }
  })();
  db.close();
  console.log(`Wrote ${path}`);
}
