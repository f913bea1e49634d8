// Hostile estate files (issue 13), made from a real estate and then edited with plain
// SQLite the way a stranger could: the right application id and version, with code,
// extra objects or rows no Waveplan would write. Each entry says what the app must do
// with it: refuse it with a message matching `refusal`, or open it safely.
import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { EstateRepository } from '../electron/backend/services/estate-repository.js';
import { createEstateDatabase } from '../electron/backend/services/estate-file.js';
import { healthcareSampleEstate } from '../shared/sample/healthcare-estate.js';

export interface BadEstate {
  file: string;
  /** What a sender did to the file. */
  what: string;
  /** The refusal's message, or null when the file must open safely. */
  refusal: RegExp | null;
  edit(db: Database.Database): void;
}

/** Never ends: counts up for ever. */
const FOREVER = 'WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n';

export const BAD_ESTATES: BadEstate[] = [
  {
    file: 'trigger-strips-classes.waveplan',
    what: 'a trigger that strips every data class on each edit',
    refusal: /holds more than estate data: an extra trigger “strip” on “workload”/,
    edit: (db) => db.exec("CREATE TRIGGER strip AFTER UPDATE ON workload BEGIN UPDATE workload SET dataClasses = ''; END"),
  },
  {
    file: 'trigger-rewinds-revision.waveplan',
    what: 'a trigger that resets the revision, defeating the two-window guard',
    refusal: /an extra trigger “rewind” on “estate”/,
    edit: (db) => db.exec('CREATE TRIGGER rewind AFTER UPDATE ON estate BEGIN UPDATE estate SET revision = 0; END'),
  },
  {
    file: 'trigger-deletes-dependency.waveplan',
    what: 'a trigger that deletes a dependency right after it is added',
    refusal: /an extra trigger “vanish” on “dependency”/,
    edit: (db) => db.exec('CREATE TRIGGER vanish AFTER INSERT ON dependency BEGIN DELETE FROM dependency WHERE id = NEW.id; END'),
  },
  {
    file: 'trigger-burns-cpu.waveplan',
    what: 'a trigger that runs an endless query on every edit',
    refusal: /an extra trigger “burn” on “workload”/,
    // Triggers may not hold a WITH clause: a five-way self-join of 45 rows (185 million) does the same.
    edit: (db) => db.exec('CREATE TRIGGER burn AFTER UPDATE ON workload BEGIN SELECT count(*) FROM workload a, workload b, workload c, workload d, workload e; END'),
  },
  {
    file: 'view-never-ends.waveplan',
    what: 'a view that never finishes',
    refusal: /an extra view “forever”/,
    edit: (db) => db.exec(`CREATE VIEW forever AS ${FOREVER}`),
  },
  {
    file: 'workload-is-a-view.waveplan',
    what: 'the workload table replaced by a view that never finishes',
    refusal: /“workload” is a view where Waveplan has a table/,
    edit: (db) => db.exec(`DROP TABLE node_position; DROP TABLE dependency; DROP TABLE workload; CREATE VIEW workload AS ${FOREVER}`),
  },
  {
    file: 'extra-table.waveplan',
    what: 'an extra table carrying a payload',
    refusal: /an extra table “payload”/,
    edit: (db) => db.exec('CREATE TABLE payload (data BLOB); INSERT INTO payload VALUES (randomblob(1024))'),
  },
  {
    file: 'extra-index.waveplan',
    what: 'an index on an expression of its own',
    refusal: /an extra index “sneaky” on “workload”/,
    edit: (db) => db.exec('CREATE INDEX sneaky ON workload (lower(name))'),
  },
  {
    file: 'table-redefined.waveplan',
    what: 'the estate table redefined without its checks',
    refusal: /the table “estate” is defined differently/,
    edit: (db) =>
      db.exec(
        'CREATE TABLE estate2 AS SELECT * FROM estate; DROP TABLE estate; CREATE TABLE estate (singleton INTEGER, name TEXT, revision INTEGER, createdAt TEXT, updatedAt TEXT); INSERT INTO estate SELECT * FROM estate2; DROP TABLE estate2',
      ),
  },
  {
    file: 'no-rows.waveplan',
    what: 'the right header and schema, and no rows at all',
    refusal: /cannot be read as an estate: table estate: the estate has no header row \(no name, no revision\)/,
    edit: (db) => db.exec('DELETE FROM node_position; DELETE FROM dependency; DELETE FROM workload; DELETE FROM estate; DELETE FROM estate_setting'),
  },
  {
    file: 'blob-name.waveplan',
    what: 'binary data where a workload name belongs',
    refusal: /table workload, row 1 \(id “[^”]+”\), field name: .*\(found binary data\)/,
    edit: (db) => db.exec("UPDATE workload SET name = X'00FFFE' WHERE rowid = (SELECT rowid FROM workload ORDER BY position LIMIT 1)"),
  },
  {
    file: 'unknown-environment.waveplan',
    what: 'an environment Waveplan does not know',
    refusal: /table workload, row \d+ \(id “[^”]+”\), field environment: .*\(found “moon”\)/,
    edit: (db) => db.exec("UPDATE workload SET environment = 'moon' WHERE rowid = 3"),
  },
  {
    file: 'cost-1e308.waveplan',
    what: '1e308 as a monthly cost (totals would overflow to infinity)',
    refusal: /field currentMonthlyCost: .*\(found the number 1e\+308\)/,
    edit: (db) => db.exec('UPDATE workload SET currentMonthlyCost = 1e308 WHERE rowid = 2'),
  },
  {
    file: 'text-revision.waveplan',
    what: 'text where the revision number belongs',
    refusal: /table estate, row 1, field revision/,
    edit: (db) => db.exec("UPDATE estate SET revision = 'latest'"),
  },
  {
    file: 'singleton-two.waveplan',
    what: 'its header row moved off the key every read uses, past its CHECK',
    refusal: /table estate, row 1, field singleton/,
    edit: (db) => {
      db.pragma('ignore_check_constraints = ON');
      db.exec('UPDATE estate SET singleton = 2');
    },
  },
  {
    file: 'revision-at-limit.waveplan',
    what: 'a revision at the last exact number, so the next edit would overflow it',
    refusal: /table estate, row 1, field revision: .*\(found the number 9007199254740991\)/,
    edit: (db) => db.exec('UPDATE estate SET revision = 9007199254740991'),
  },
  {
    file: 'proto-id.waveplan',
    what: 'a workload whose id is __proto__',
    refusal: /table workload, row \d+ \(id “__proto__”\), field id: An id cannot be __proto__/,
    edit: (db) => db.exec("INSERT INTO workload (id, position, name, kind, environment) VALUES ('__proto__', 999, 'Prototype', 'application', 'production')"),
  },
  {
    file: 'dangling-dependency.waveplan',
    what: 'a dependency on a workload that is not in the file',
    refusal: /table dependency, row \d+ names a workload that is not in the file/,
    edit: (db) => {
      db.pragma('foreign_keys = OFF');
      db.exec("INSERT INTO dependency (id, consumerId, providerId, kind, coupling) VALUES ('ghost-link', 'ghost', (SELECT id FROM workload LIMIT 1), 'api', 'loose')");
    },
  },
  // Scenarios (migration 008): rows a stranger could add beside the ones Waveplan writes.
  {
    file: 'scenario-unknown-tier.waveplan',
    what: 'a scenario whose decision is a tier Waveplan does not know',
    refusal: /table scenario_workload, row 1 \(id “plan-b\/[^”]+”\), field chosenTier: .*\(found “platinum”\)/,
    edit: (db) => {
      db.exec("INSERT INTO scenario (id, name, position) VALUES ('plan-b', 'Plan B', 1)");
      db.exec("INSERT INTO scenario_workload (scenarioId, workloadId, chosenTier) SELECT 'plan-b', id, 'platinum' FROM workload ORDER BY position LIMIT 1");
    },
  },
  {
    file: 'scenario-blob-name.waveplan',
    what: 'binary data where a scenario name belongs',
    refusal: /table scenario, row 2 \(id “plan-b”\), field name: .*\(found binary data\)/,
    edit: (db) => db.exec("INSERT INTO scenario (id, name, position) VALUES ('plan-b', X'00FFFE', 1)"),
  },
  {
    file: 'scenario-bad-id.waveplan',
    what: 'a scenario whose id is not one Waveplan makes',
    refusal: /table scenario, row 2 \(id “Plan B\/\.\.”\), field id: A scenario id is lower-case letters, digits and dashes/,
    edit: (db) => db.exec("INSERT INTO scenario (id, name, position) VALUES ('Plan B/..', 'Plan B', 1)"),
  },
  {
    file: 'scenario-same-name.waveplan',
    what: 'two scenarios of the same name in another case',
    refusal: /table scenario, row 3 \(id “plan-c”\), field name: two scenarios are called “plan b”/,
    edit: (db) => db.exec("INSERT INTO scenario (id, name, position) VALUES ('plan-b', 'Plan B', 1), ('plan-c', 'plan b', 2)"),
  },
  {
    file: 'scenario-no-baseline.waveplan',
    what: 'no baseline scenario',
    refusal: /table scenario: the estate has no baseline scenario/,
    edit: (db) => db.exec("INSERT INTO scenario (id, name, position) VALUES ('plan-b', 'Plan B', 1); UPDATE active_scenario SET scenarioId = 'plan-b'; DELETE FROM scenario WHERE id = 'baseline'"),
  },
  {
    file: 'scenario-active-missing.waveplan',
    what: 'an active scenario that is not in the file',
    refusal: /table active_scenario, row 1 names a scenario that is not in the file/,
    edit: (db) => {
      db.pragma('foreign_keys = OFF');
      db.exec("UPDATE active_scenario SET scenarioId = 'ghost'");
    },
  },
  {
    file: 'scenario-decision-for-ghost.waveplan',
    what: 'a scenario decision for a workload that is not in the file',
    refusal: /table scenario_workload, row 1 names a workload that is not in the file/,
    edit: (db) => {
      db.pragma('foreign_keys = OFF');
      db.exec("INSERT INTO scenario (id, name, position) VALUES ('plan-b', 'Plan B', 1); INSERT INTO scenario_workload (scenarioId, workloadId) VALUES ('plan-b', 'ghost')");
    },
  },
  {
    file: 'scenario-foreign-setting.waveplan',
    what: 'a scenario setting that is not one a scenario holds',
    refusal: /table scenario_setting, row 1 \(id “plan-b”\), field key: expected one of the settings a scenario holds/,
    edit: (db) => db.exec("INSERT INTO scenario (id, name, position) VALUES ('plan-b', 'Plan B', 1); INSERT INTO scenario_setting (scenarioId, key, value) VALUES ('plan-b', 'classification', '{}')"),
  },
  {
    file: 'scenario-no-active.waveplan',
    what: 'no row saying which scenario is active',
    refusal: /table active_scenario: the estate does not say which scenario is active/,
    edit: (db) => db.exec('DELETE FROM active_scenario'),
  },
  {
    file: 'impossible-start-date.waveplan',
    what: 'a plan start date that does not exist (30 February)',
    refusal: null, // opens, planning from the default start date
    edit: (db) => db.prepare("INSERT INTO estate_setting (key, value) VALUES ('plan', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(JSON.stringify({ startDate: '2027-02-30' })),
  },
  {
    file: 'settings-garbage.waveplan',
    what: 'settings that are not JSON, or the wrong JSON',
    refusal: null, // opens with the default settings
    edit: (db) => {
      db.prepare("INSERT INTO estate_setting (key, value) VALUES ('rate-card', ?)").run('{"currency": "EUR", "vcpuMonth": 1e308');
      db.prepare("INSERT INTO estate_setting (key, value) VALUES ('rollback', ?)").run('[1, 2, 3]');
    },
  },
];

/** A real estate (the sample), closed and in rollback-journal mode, so one file holds it all. */
export function makeGoodEstate(path: string, name = 'Meridian (from a stranger)'): void {
  rmSync(path, { force: true });
  const db = createEstateDatabase(path, name, '2026-01-01T00:00:00.000Z');
  const sample = healthcareSampleEstate();
  const repo = new EstateRepository('good', db, () => '2026-01-01T00:00:00.000Z');
  repo.insertContent(sample.workloads, sample.dependencies);
  db.pragma('journal_mode = DELETE');
  db.close();
}

/** Writes every hostile estate into `dir`; returns their paths by file name. */
export function makeBadEstates(dir: string): Map<string, string> {
  mkdirSync(dir, { recursive: true });
  const good = join(dir, 'good.tmp');
  makeGoodEstate(good);
  const paths = new Map<string, string>();
  for (const bad of BAD_ESTATES) {
    const path = join(dir, bad.file);
    copyFileSync(good, path);
    const db = new Database(path);
    bad.edit(db);
    db.close();
    paths.set(bad.file, path);
  }
  rmSync(good);
  return paths;
}
