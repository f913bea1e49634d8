// Issue 20: `waveplan plan` on the 10,000-workload estate file, as a real process (Node
// started, the estate file checked and read, the plan made and printed, the process gone),
// against the in-process planner on the same estate (the report's analysis and plan, as
// the app makes them, warm), in the same run. Target: the process within 2x, start-up
// included. The process runs the build in dist-node/ (`npm run bench:cli` makes it);
// from the sources through tsx (a fresh clone) is timed once beside it, for reference.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readEstateAt } from '../../electron/cli/estate-at-path.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../shared/estate/estate-settings.js';
import { EstateReport } from '../../shared/report/estate-report.js';
import { generateRealisticEstate } from '../../shared/synthetic/realistic-estate.js';
import { writeEstateFileAt } from '../support/estate-file-at.js';
import { median } from './interleaved.js';

const WORKLOADS = Number(process.env.BENCH_WORKLOADS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const BIN = resolve(import.meta.dirname, '../../bin/waveplan.mjs');

function runPlan(path: string, from: 'build' | 'source'): { ms: number; waves: number } {
  const start = performance.now();
  const run = spawnSync(process.execPath, [BIN, 'plan', path, '--json'], { encoding: 'utf8', env: { ...process.env, WAVEPLAN_CLI_FROM: from }, maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`waveplan plan exited ${run.status}: ${run.stderr}`);
  return { ms, waves: (JSON.parse(run.stdout) as { waves: unknown[] }).waves.length };
}

function inProcessPlan(input: ConstructorParameters<typeof EstateReport>[0]): { ms: number; waves: number } {
  const start = performance.now();
  const waves = new EstateReport(input).plan.waves.length;
  return { ms: performance.now() - start, waves };
}

export async function cliPlanBenchmark(workloads: number, rounds: number) {
  const dir = mkdtempSync(join(tmpdir(), 'waveplan-cli-bench-'));
  try {
    const path = join(dir, 'estate.waveplan');
    const estate = generateRealisticEstate({ workloads });
    writeEstateFileAt(path, `Synthetic ${workloads}`, estate);
    const input = { ...estate, ...DEFAULT_ESTATE_SETTINGS };
    // The same snapshot the command reads, so both plan the same estate.
    const snapshot = await readEstateAt(path);
    for (let i = 0; i < 2; i++) inProcessPlan(snapshot); // warm: the in-process side is timed at its best
    runPlan(path, 'build'); // the OS's file cache warm for both
    const cli: number[] = [];
    const inProcess: number[] = [];
    let waves = { cli: 0, inProcess: 0 };
    for (let r = 0; r < rounds; r++) {
      const c = runPlan(path, 'build');
      const p = inProcessPlan(snapshot);
      cli.push(c.ms);
      inProcess.push(p.ms);
      waves = { cli: c.waves, inProcess: p.waves };
    }
    if (waves.cli !== waves.inProcess) throw new Error(`The command planned ${waves.cli} waves, the report ${waves.inProcess}: not the same plan`);
    void input;
    const fromSource = runPlan(path, 'source').ms;
    return { cliMs: median(cli), inProcessMs: median(inProcess), fromSourceMs: fromSource, waves: waves.cli, dependencies: estate.dependencies.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const r = await cliPlanBenchmark(WORKLOADS, ROUNDS);
console.log(`waveplan plan, ${WORKLOADS.toLocaleString('en')} workloads / ${r.dependencies.toLocaleString('en')} dependencies, ${r.waves} waves (median of ${ROUNDS}):`);
console.log(`  in-process planner (analysis + plan, warm): ${r.inProcessMs.toFixed(0)} ms`);
console.log(`  waveplan plan as a process (built, start-up included): ${r.cliMs.toFixed(0)} ms  → ${(r.cliMs / r.inProcessMs).toFixed(2)}x (target ≤ 2x)`);
console.log(`  waveplan plan from the sources through tsx (once, for reference): ${r.fromSourceMs.toFixed(0)} ms  → ${(r.fromSourceMs / r.inProcessMs).toFixed(2)}x`);
