// The command line's process tests again, against the bundle `npm run build` made
// (dist-cli/) instead of the sources: a piece the bundle leaves out (a worker thread's
// entry) works from the sources and fails only as users run it.
import { spawnSync } from 'node:child_process';

const tests = ['test/unit/electron/cli/cli-process.test.ts', 'test/unit/electron/cli/cli-hostile-inputs.test.ts'];
const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...tests], { stdio: 'inherit', env: { ...process.env, WAVEPLAN_TEST_CLI_FROM: 'build' } });
process.exit(run.status ?? 1);
