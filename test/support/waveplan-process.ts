import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

// `waveplan` as a user runs it: a real process started by the package's bin, from the
// sources through tsx (as on a fresh clone), or from the bundle when
// WAVEPLAN_TEST_CLI_FROM=build (scripts/test-built-cli.mjs), in `cwd`; its exit code and output.

export const WAVEPLAN_BIN = join(resolve(import.meta.dirname, '../..'), 'bin', 'waveplan.mjs');
/** Each run starts Node (and tsx), on a machine that may be shared. */
export const WAVEPLAN_RUN_MS = 120_000;

export function runWaveplan(cwd: string, ...args: string[]): { code: number | null; out: string; err: string } {
  const run = spawnSync(process.execPath, [WAVEPLAN_BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, WAVEPLAN_CLI_FROM: process.env.WAVEPLAN_TEST_CLI_FROM ?? 'source', WAVEPLAN_DEBUG: '', NO_COLOR: '1' },
    timeout: WAVEPLAN_RUN_MS,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}
