import type { CliCommand } from './command.js';
import { checkCommand } from './commands/check.js';
import { diffCommand } from './commands/diff.js';
import { mergeCommand } from './commands/merge.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { planCommand } from './commands/plan.js';

// Every command of `waveplan`, in the order `waveplan --help` lists them. A command is
// one module under commands/ exporting a CliCommand (command.ts); adding one is its
// import and its place in this list.

export const COMMANDS: readonly CliCommand[] = [importCommand, planCommand, exportCommand, checkCommand, diffCommand, mergeCommand];
