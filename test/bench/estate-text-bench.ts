import { NO_SCENARIOS } from '../../shared/estate-text/scenario-text.js';
// Issue 20: the estate's text form on the 10,000-workload estate (50,000 dependencies).
// Export (estate file → YAML) against better-sqlite3 reading the same rows raw and the
// yaml library stringifying the same plain data; import (YAML → new estate file)
// against the yaml library parsing the text and better-sqlite3 inserting ready-made rows.
// Same run, interleaved, medians. Target: both within 1.5x. Run alone:
//   npx tsx test/bench/estate-text-bench.ts
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { readEstateFile, writeEstateFile } from '../../electron/cli/estate-text-at-path.js';
import { DEPENDENCY_COLUMNS, WORKLOAD_COLUMNS, dependencyToRow, workloadToRow } from '../../electron/backend/services/estate-rows.js';
import { migrate } from '../../electron/backend/services/migrations/index.js';
import { readEstateYaml } from '../../shared/estate-text/read-text.js';
import type { EstateText } from '../../shared/estate-text/text-form.js';
import { writeEstateYaml } from '../../shared/estate-text/write-text.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../shared/estate/estate-settings.js';
import { generateSyntheticEstate } from '../../shared/synthetic/generate-estate.js';
import { interleaved } from './interleaved.js';

const WORKLOADS = Number(process.env.BENCH_WORKLOADS ?? 10_000);
const DEPENDENCIES = Number(process.env.BENCH_DEPENDENCIES ?? 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

export function estateTextBenchmark(rounds = ROUNDS) {
  const dir = mkdtempSync(join(tmpdir(), 'waveplan-text-bench-'));
  try {
    const generated = generateSyntheticEstate({ workloads: WORKLOADS, dependencies: DEPENDENCIES });
    const estate: EstateText = {
      name: 'Synthetic',
      ...generated,
      positions: Object.fromEntries(generated.workloads.map((w, i) => [w.id, i + 1])),
      nodePositions: {},
      ...DEFAULT_ESTATE_SETTINGS,
      ...NO_SCENARIOS,
    };
    const source = join(dir, 'source.waveplan');
    writeEstateFile(source, estate);
    // The baseline reads its own copy, so its connection leaves nothing beside ours.
    const raw = join(dir, 'raw.waveplan');
    writeEstateFile(raw, estate);
    const plain = { name: estate.name, workloads: estate.workloads, dependencies: estate.dependencies, settings: DEFAULT_ESTATE_SETTINGS };

    // Export: the file read and written as text, against raw rows and the yaml library.
    const baseExport = () => {
      const db = new Database(raw, { readonly: true });
      try {
        db.prepare('SELECT * FROM workload ORDER BY position, rowid').all();
        db.prepare('SELECT * FROM dependency ORDER BY rowid').all();
      } finally {
        db.close();
      }
      return stringify(plain);
    };
    const oursExport = () => writeEstateYaml(readEstateFile(source));
    const exported = interleaved({ warmUp: 1, rounds, base: baseExport, ours: oursExport });
    const text = oursExport();
    const jsonOnly = interleaved({ warmUp: 1, rounds, base: () => JSON.stringify(plain), ours: () => undefined }).base;

    // Import: the text read, checked and written as a new estate file, against yaml.parse and raw inserts.
    const workloadRows = estate.workloads.map((w, i) => [...workloadToRow(w), i + 1]);
    const dependencyRows = estate.dependencies.map(dependencyToRow);
    let n = 0;
    const baseImport = () => {
      parse(text);
      const db = new Database(join(dir, `base-${n++}.sqlite`));
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      migrate(db);
      const insertW = db.prepare(`INSERT INTO workload (${WORKLOAD_COLUMNS.join(', ')}, position) VALUES (${WORKLOAD_COLUMNS.map(() => '?').join(', ')}, ?)`);
      const insertD = db.prepare(`INSERT INTO dependency (${DEPENDENCY_COLUMNS.join(', ')}) VALUES (${DEPENDENCY_COLUMNS.map(() => '?').join(', ')})`);
      db.transaction(() => {
        for (const row of workloadRows) insertW.run(...row);
        for (const row of dependencyRows) insertD.run(...row);
      })();
      db.close();
    };
    const oursImport = () => writeEstateFile(join(dir, `ours-${n++}.waveplan`), readEstateYaml(text, 'estate.yaml'));
    const imported = interleaved({ warmUp: 1, rounds, base: baseImport, ours: oursImport });
    return { bytes: Buffer.byteLength(text), lines: text.split('\n').length, exported, imported, jsonOnly };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the two lines (export, import) and says whether both met the target. */
export function printEstateTextBenchmark(rounds = ROUNDS): boolean {
  const r = estateTextBenchmark(rounds);
  const line = (what: string, t: { base: number; ours: number }, base: string) => {
    const ratio = t.ours / t.base;
    return `${what}: ${t.ours.toFixed(0)} vs ${t.base.toFixed(0)} ms (${base}) = ${ratio.toFixed(2)}x  target ≤ 1.5x ${ratio <= 1.5 ? 'ok' : 'MISSED'}`;
  };
  console.log(
    `Estate text form: ${WORKLOADS.toLocaleString('en')} workloads, ${DEPENDENCIES.toLocaleString('en')} dependencies, ${rounds} rounds (median); ${(r.bytes / 1024 / 1024).toFixed(1)} MB, ${r.lines.toLocaleString('en')} lines`,
  );
  console.log(line('export (estate file read, checked, written as YAML)', r.exported, 'raw SELECTs + yaml stringify of the same data'));
  console.log(line('import (YAML parsed, checked, written as a new estate file)', r.imported, 'yaml parse + raw INSERTs of ready-made rows'));
  console.log(`for reference, JSON.stringify of the same data alone: ${r.jsonOnly.toFixed(0)} ms`);
  return r.exported.ours / r.exported.base <= 1.5 && r.imported.ours / r.imported.base <= 1.5;
}

if (process.argv[1]?.endsWith('estate-text-bench.ts')) printEstateTextBenchmark();
