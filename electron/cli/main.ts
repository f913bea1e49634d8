import { appVersion } from '../backend/services/app-root.js';
import type { CliIo } from './command.js';
import { COMMANDS } from './commands.js';
import { runCli } from './run-cli.js';
import { forTerminal } from './terminal-text.js';

// The `waveplan` command line (bin/waveplan.mjs starts it): Node alone, no Electron, the
// same shared core and back-end services as the app. Everything it does is in run-cli.ts
// and the commands; this file only connects them to the process.

// Messages (stderr) always, and output on a terminal, have the control characters of names from outside
// neutralised; output into a pipe or a file is the data as it is (a CSV, a YAML), for the program reading it.
const isTty = Boolean(process.stdout.isTTY);
const io: CliIo = {
  out: (text) => void process.stdout.write(isTty ? forTerminal(text) : text),
  err: (text) => void process.stderr.write(forTerminal(text)),
  isTty,
  cwd: process.cwd(),
};

// `waveplan plan … | head` closes the pipe before the table ends: the rest has nowhere to
// go, which is what the reader asked for, not a fault to print a stack trace about.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const code = await runCli(process.argv.slice(2), io, COMMANDS, { version: appVersion(), debug: process.env.WAVEPLAN_DEBUG === '1' });
// Let stdout drain (a pipe to `jq` or `head`) before the process ends with the code.
process.exitCode = code;
// The benchmark (test/bench/cli-plan-bench.ts) reads the CPU the whole process used, worker threads included:
// on a shared machine that says more than the wall clock.
if (process.env.WAVEPLAN_REPORT_CPU === '1') {
  process.once('exit', () => {
    const { user, system } = process.cpuUsage();
    process.stderr.write(`waveplan-cpu-ms ${Math.round((user + system) / 1000)}\n`);
  });
}
