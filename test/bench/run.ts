// npm run bench: Waveplan's estate service against plain better-sqlite3 doing the same
// work, in the same run, on the 10,000-workload / 50,000-dependency synthetic estate.
// Prints ratios (service / baseline) and the p95 of a single-field edit round trip.
// Targets (issue 2): load and create within 1.5x, single edit p95 under 5 ms.
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../electron/backend/handlers.js';
import { DEPENDENCY_COLUMNS, WORKLOAD_COLUMNS, dependencyToRow, workloadToRow } from '../../electron/backend/services/estate-rows.js';
import { EstateLibrary } from '../../electron/backend/services/library.js';
import { migrate } from '../../electron/backend/services/migrations/index.js';
import { generateSyntheticEstate } from '../../shared/synthetic/generate-estate.js';
import { generateRealisticEstate } from '../../shared/synthetic/realistic-estate.js';
import { analysisBenchmarkInWorker } from './analysis-bench.js';
import { graphBenchmarks } from './graph-bench.js';
import { plannerBenchmark } from './planner-bench.js';
import { planQualityLines } from './plan-quality-bench.js';
import { memoryCycles } from './memory-bench.js';
import { readAllStepsBenchmark, rollbackCostBenchmark, runbookBenchmark } from './rollback-cost-bench.js';
import { costBenchmark } from './cost-bench.js';
import { reportBenchmark } from './report-bench.js';
import { printCompareBenchmark } from './compare-bench.js';
import { printEstateTextBenchmark } from './estate-text-bench.js';
import { excelBenchmarks } from './excel-bench.js';
import { spreadsheetMemoryBenchmark } from './spreadsheet-memory-bench.js';
import { connectionsBenchmark } from './connections-bench.js';
import { discoveryImportBenchmark } from './discovery-import-bench.js';

const WORKLOADS = Number(process.env.BENCH_WORKLOADS ?? 10_000);
const DEPENDENCIES = Number(process.env.BENCH_DEPENDENCIES ?? 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const EDITS = Number(process.env.BENCH_EDITS ?? 500);

const dir = mkdtempSync(join(tmpdir(), 'waveplan-bench-'));
const estate = generateSyntheticEstate({ workloads: WORKLOADS, dependencies: DEPENDENCIES });
// The baseline gets its rows ready-made: it measures SQLite alone, so the ratio is all our overhead.
const workloadRows = estate.workloads.map((w, i) => [...workloadToRow(w), i + 1]);
const dependencyRows = estate.dependencies.map(dependencyToRow);

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] as number;

let fileNo = 0;
function baselineCreate(): string {
  const path = join(dir, `baseline-${fileNo++}.sqlite`);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  migrate(db); // the same schema, so both sides write the same tables and indexes
  const insertW = db.prepare(`INSERT INTO workload (${WORKLOAD_COLUMNS.join(', ')}, position) VALUES (${WORKLOAD_COLUMNS.map(() => '?').join(', ')}, ?)`);
  const insertD = db.prepare(`INSERT INTO dependency (${DEPENDENCY_COLUMNS.join(', ')}) VALUES (${DEPENDENCY_COLUMNS.map(() => '?').join(', ')})`);
  db.transaction(() => {
    for (const row of workloadRows) insertW.run(...row);
    for (const row of dependencyRows) insertD.run(...row);
  })();
  db.close();
  return path;
}

function baselineLoad(db: Database.Database): void {
  db.transaction(() => {
    db.prepare('SELECT * FROM workload ORDER BY position, rowid').all();
    db.prepare('SELECT * FROM dependency ORDER BY rowid').all();
  })();
}

async function main(): Promise<void> {
  const library = new EstateLibrary(join(dir, 'library'));
  console.log(`Waveplan benchmark: ${WORKLOADS.toLocaleString('en')} workloads, ${DEPENDENCIES.toLocaleString('en')} dependencies, ${ROUNDS} rounds (median), files in ${dir}\n`);

  // Warm-up: JIT and page cache for both sides.
  baselineCreate();
  const warm = library.create('warm-up', estate);
  library.snapshot(warm.id);

  // Bulk creation, alternating sides so drift hits both.
  const createBase: number[] = [];
  const createService: number[] = [];
  let serviceId = warm.id;
  let baselinePath = '';
  for (let r = 0; r < ROUNDS; r++) {
    createBase.push(time(() => (baselinePath = baselineCreate())));
    createService.push(time(() => (serviceId = library.create(`bench ${r}`, estate).id)));
  }

  // Full load into the snapshot the renderer receives (open connections, warm statements).
  const baselineDb = new Database(baselinePath, { readonly: true });
  const loadBase: number[] = [];
  const loadService: number[] = [];
  let snapshotBytes = 0;
  for (let r = 0; r < ROUNDS; r++) {
    loadBase.push(time(() => baselineLoad(baselineDb)));
    loadService.push(time(() => (snapshotBytes = library.snapshot(serviceId).workloads.length)));
  }
  const snapshot = library.snapshot(serviceId);
  const serialise = median(Array.from({ length: ROUNDS }, () => time(() => (snapshotBytes = JSON.stringify(snapshot).length))));

  // Single-field edit round trip through the contract handler (validation, transaction, fsync).
  const handlers = createHandlers({ host: 'web', library });
  let revision = snapshot.estate.revision;
  const edits: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const id = `syn-${(i * 7919) % WORKLOADS}`;
    const start = process.hrtime.bigint();
    const result = await handlers.applyChanges({ estateId: serviceId, baseRevision: revision, changes: [{ op: 'updateWorkload', id, field: 'owner', value: `Team ${i}` }] });
    edits.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (!result.ok) throw new Error(result.error.message);
    revision = (result.value as { revision: number }).revision;
  }
  baselineDb.close();
  library.closeAll();

  const rows = [
    { what: 'bulk create (file, schema, all rows)', base: median(createBase), service: median(createService), target: 1.5 },
    { what: 'full load into the renderer snapshot', base: median(loadBase), service: median(loadService), target: 1.5 },
  ];
  let failed = false;
  console.log('                                         baseline    waveplan    ratio   target');
  for (const row of rows) {
    const ratio = row.service / row.base;
    const ok = ratio <= row.target;
    failed ||= !ok;
    console.log(`${row.what.padEnd(40)} ${row.base.toFixed(1).padStart(8)} ms ${row.service.toFixed(1).padStart(8)} ms ${ratio.toFixed(2).padStart(7)}x  ≤ ${row.target}x ${ok ? 'ok' : 'MISSED'}`);
  }
  const p50 = percentile(edits, 50);
  const p95 = percentile(edits, 95);
  const editOk = p95 < 5;
  failed ||= !editOk;
  console.log(
    `\nsingle-field edit round trip (${EDITS} edits): p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${Math.max(...edits).toFixed(2)} ms  target p95 < 5 ms ${editOk ? 'ok' : 'MISSED'}`,
  );
  console.log(`(for information) snapshot as JSON: ${(snapshotBytes / 1024 / 1024).toFixed(1)} MB, serialised in ${serialise.toFixed(1)} ms`);

  // Issue 8: no growth from opening, editing and closing the large estate again and again.
  const memory = memoryCycles(join(dir, 'library'), serviceId, 20);
  const growth = memory.last / memory.first;
  failed ||= growth > 1.1;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(
    `open, edit and close the 10,000-workload estate 20 times: process ${mb(memory.first)} after the first, ${mb(memory.last)} after the 20th = ${growth.toFixed(2)}x  target ≤ 1.10x ${growth <= 1.1 ? 'ok' : 'MISSED'} (heap ${mb(memory.heapFirst)} → ${mb(memory.heapLast)})`,
  );
  rmSync(dir, { recursive: true, force: true });

  // Issue 4: sensitivity, tier recommendations and findings recomputed from scratch.
  const analysis = await analysisBenchmarkInWorker({ workloads: WORKLOADS, dependencies: DEPENDENCIES, rounds: Math.max(ROUNDS, 25) });
  const analysisRatio = analysis.ours / analysis.base;
  const analysisOk = analysisRatio <= 5;
  failed ||= !analysisOk;
  console.log(
    `\nfull analysis (sensitivity, tiers, ${analysis.findings.toLocaleString('en')} findings) vs one linear pass: ${analysis.ours.toFixed(1)} vs ${analysis.base.toFixed(1)} ms = ${analysisRatio.toFixed(2)}x  target ≤ 5x ${analysisOk ? 'ok' : 'MISSED'}`,
  );
  const midAnalysis = await analysisBenchmarkInWorker({ workloads: 2_000, dependencies: 6_000, seed: 3, rounds: 15 });
  console.log(`(for information) the same on 2,000 / 6,000, the UI-thread budget is 50 ms: ${midAnalysis.ours.toFixed(1)} ms`);

  // Issue 5: planning the whole estate against SCCs plus a topological sort of it.
  const planner = plannerBenchmark(estate, 15);
  const plannerRatio = planner.ours / planner.base;
  const plannerOk = plannerRatio <= 5;
  failed ||= !plannerOk;
  console.log(
    `wave plan (${planner.waves} waves) vs SCCs + topological sort: ${planner.ours.toFixed(1)} vs ${planner.base.toFixed(1)} ms = ${plannerRatio.toFixed(2)}x  target ≤ 5x ${plannerOk ? 'ok' : 'MISSED'}`,
  );

  // Issue 16: the same planner on estates shaped like real ones, at 10,000 and 100,000
  // workloads, each against SCCs + topological sort of itself, and how the plan grows.
  const realistic = plannerBenchmark(generateRealisticEstate({ workloads: WORKLOADS }), 9);
  const realistic100k = generateRealisticEstate({ workloads: 100_000 });
  const large = plannerBenchmark(realistic100k, 3);
  for (const [size, run] of [
    [WORKLOADS, realistic],
    [100_000, large],
  ] as const) {
    const ratio = run.ours / run.base;
    failed ||= ratio > 5;
    console.log(
      `wave plan on the realistic ${size.toLocaleString('en')}-workload estate (${run.waves.toLocaleString('en')} waves) vs SCCs + topological sort: ${run.ours.toFixed(1)} vs ${run.base.toFixed(1)} ms = ${ratio.toFixed(2)}x  target ≤ 5x ${ratio <= 5 ? 'ok' : 'MISSED'}`,
    );
  }
  const planGrowth = large.ours / realistic.ours;
  console.log(
    `wave plan from 10,000 to 100,000 realistic workloads: ${realistic.ours.toFixed(1)} → ${large.ours.toFixed(1)} ms = ${planGrowth.toFixed(1)}x  aim ≤ 12x ${planGrowth <= 12 ? 'ok' : 'MISSED'}`,
  );

  // Issue 16: the greedy plan against the exact optimum (HiGHS) on small realistic estates.
  const quality = await planQualityLines();
  failed ||= !quality.ok;
  for (const line of quality.lines) console.log(line);

  // Issue 6: runbooks and costs for every wave against one pass over the estate.
  const rollbackCost = rollbackCostBenchmark(estate, 15);
  const rollbackCostRatio = rollbackCost.ours / rollbackCost.base;
  const rollbackCostOk = rollbackCostRatio <= 5;
  failed ||= !rollbackCostOk;
  console.log(
    `runbooks (${rollbackCost.steps.toLocaleString('en')} steps) and costs for every wave vs one linear pass: ${rollbackCost.ours.toFixed(1)} vs ${rollbackCost.base.toFixed(1)} ms = ${rollbackCostRatio.toFixed(2)}x  target ≤ 5x ${rollbackCostOk ? 'ok' : 'MISSED'}`,
  );
  // Issue 17: costs alone on the realistic 100,000-workload plan.
  const cost = costBenchmark(100_000, 5);
  const costRatio = cost.ours / cost.base;
  failed ||= costRatio > 5;
  console.log(
    `costs for every wave (${cost.waves.toLocaleString('en')}) of the realistic 100,000-workload plan vs one linear pass: ${cost.ours.toFixed(1)} vs ${cost.base.toFixed(1)} ms = ${costRatio.toFixed(2)}x  target ≤ 5x ${costRatio <= 5 ? 'ok' : 'MISSED'}`,
  );

  // Issue 17: runbooks and costs together for every wave of the realistic 100,000-workload estate, as the issue states it.
  const both100k = rollbackCostBenchmark(realistic100k, 5);
  const bothRatio = both100k.ours / both100k.base;
  failed ||= bothRatio > 5;
  console.log(
    `runbooks (${both100k.steps.toLocaleString('en')} steps) and costs for every wave (${both100k.waves.toLocaleString('en')}) of the realistic 100,000-workload estate vs one linear pass: ${both100k.ours.toFixed(1)} vs ${both100k.base.toFixed(1)} ms = ${bothRatio.toFixed(2)}x  target ≤ 5x ${bothRatio <= 5 ? 'ok' : 'MISSED'}`,
  );
  const read100k = readAllStepsBenchmark(realistic100k, 3);
  console.log(
    `(for information) every wave's runbook steps read (objects and words made, as the workbook reads them) on the realistic 100,000-workload estate vs one linear pass: ${read100k.ours.toFixed(1)} vs ${read100k.base.toFixed(1)} ms = ${(read100k.ours / read100k.base).toFixed(2)}x`,
  );

  // Issue 17: the runbooks of every wave of the realistic 100,000-workload estate against one pass over it.
  const runbooks100k = runbookBenchmark(realistic100k, 5);
  const runbooksRatio = runbooks100k.ours / runbooks100k.base;
  failed ||= runbooksRatio > 5;
  console.log(
    `runbooks (${runbooks100k.steps.toLocaleString('en')} steps, ${runbooks100k.waves.toLocaleString('en')} waves) of the realistic 100,000-workload estate vs one linear pass: ${runbooks100k.ours.toFixed(1)} vs ${runbooks100k.base.toFixed(1)} ms = ${runbooksRatio.toFixed(2)}x  target ≤ 5x ${runbooksRatio <= 5 ? 'ok' : 'MISSED'}`,
  );

  // Issue 18: comparing two scenarios against planning one.
  printCompareBenchmark(WORKLOADS, 5);

  // Issue 15: the whole report, and a view switch once it is there.
  const whole = reportBenchmark(estate, 5);
  console.log(
    `(for information) the whole report (analysis, plan, runbooks, costs, findings) vs one linear pass: ${whole.ours.toFixed(1)} vs ${whole.base.toFixed(1)} ms = ${(whole.ours / whole.base).toFixed(2)}x; a view switch reading the kept report: ${whole.viewSwitchMs.toFixed(3)} ms`,
  );

  // Issue 7: the client workbook and the import, against exceljs alone.
  const excel = await excelBenchmarks(estate, 5);
  const exportRatio = excel.export.ours / excel.export.base;
  const importRatio = excel.import.ours / excel.import.base;
  failed ||= exportRatio > 1.5 || importRatio > 1.5;
  console.log(
    `plan workbook export (8 sheets, ${(excel.export.bytes / 1024 / 1024).toFixed(1)} MB) vs exceljs writing the same values unstyled: ${excel.export.ours.toFixed(0)} vs ${excel.export.base.toFixed(0)} ms = ${exportRatio.toFixed(2)}x  target ≤ 1.5x ${exportRatio <= 1.5 ? 'ok' : 'MISSED'}`,
  );
  console.log(`(for information) peak memory of the export above the process's start: ${excel.export.peakMb.toFixed(0)} MB`);
  console.log(
    `inventory import (10,000 rows read, mapped and previewed: ${excel.import.unchanged.toLocaleString('en')} unchanged, ${excel.import.problems} problems) vs exceljs reading the file: ${excel.import.ours.toFixed(0)} vs ${excel.import.base.toFixed(0)} ms = ${importRatio.toFixed(2)}x  target ≤ 1.5x ${importRatio <= 1.5 ? 'ok' : 'MISSED'}`,
  );

  // Issue 13: hostile spreadsheets cost the reader's worker no more than its limit.
  console.log('');
  const hostile = await spreadsheetMemoryBenchmark(3);
  const overLimit = hostile.filter((h) => h.report?.peak && h.report.peak.heapUsed / 1024 / 1024 > h.report.limitMb);
  failed ||= overLimit.length > 0;
  console.log(`  every hostile spreadsheet within the worker's heap limit: ${overLimit.length === 0 ? 'ok' : `MISSED (${overLimit.map((h) => h.file).join(', ')})`}`);

  // Issue 14: a discovery export imported, and observed connections aggregated.
  const discovery = await discoveryImportBenchmark(10_000, 5);
  const discoveryRatio = discovery.ours / discovery.base;
  failed ||= discoveryRatio > 1.5;
  console.log(
    `\n${discovery.label}, 10,000 VMs (vInfo, vDisk, vNetwork) read, recognised, mapped and previewed (${discovery.adds.toLocaleString('en')} to add) vs exceljs reading the file: ${discovery.ours.toFixed(0)} vs ${discovery.base.toFixed(0)} ms = ${discoveryRatio.toFixed(2)}x  target ≤ 1.5x ${discoveryRatio <= 1.5 ? 'ok' : 'MISSED'}`,
  );
  const connections = connectionsBenchmark({ rounds: 3 });
  failed ||= connections.ratio > connections.target;
  console.log(
    `${connections.rows.toLocaleString('en')} observed connections (${connections.csvMegabytes.toFixed(0)} MB CSV, ${connections.servers.toLocaleString('en')} servers) parsed and aggregated into ${connections.candidates.toLocaleString('en')} dependencies vs a bare CSV parse: ${connections.parseAndAggregateMs.toFixed(0)} vs ${connections.parseMs.toFixed(0)} ms = ${connections.ratio.toFixed(2)}x  target ≤ ${connections.target}x ${connections.ratio <= connections.target ? 'ok' : 'MISSED'} (heap +${connections.heapGrowthMb.toFixed(0)} MB, peak RSS +${connections.peakRssGrowthMb.toFixed(0)} MB)`,
  );

  // Issue 20: the estate's text form, and `waveplan plan` as a process (the bundle `npm run build` made).
  console.log('');
  const textOk = printEstateTextBenchmark(5); // run first: `failed ||= f()` would skip it once anything has failed
  failed ||= !textOk;
  console.log('');
  // In a process of its own: its in-process side times the planner's first, cold run, which this process is long past.
  const cli = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'cli-plan-bench.ts')], { stdio: 'inherit', env: { ...process.env, BENCH_ROUNDS: '5' } });
  failed ||= cli.status !== 0;

  console.log('\nGraph view in headless Chromium (median of rounds, same run):');
  const graph = await graphBenchmarks();
  for (const line of graph.lines) console.log(line);
  if (failed || graph.failed) process.exitCode = 1;
}

void main();
