import type { CliCommand } from './command.js';
import { checkCommand } from './commands/check.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { planCommand } from './commands/plan.js';

// Every command of `waveplan`, in the order `waveplan --help` lists them. A command is
// one module under commands/ exporting a CliCommand (command.ts); adding one is its
// import and its place in this list.
// TODO(lead): the text form's commands (branch estate-text) join with two lines:
//   import { diffCommand } from './commands/diff.js';
//   import { mergeCommand } from './commands/merge.js';
// and `diffCommand, mergeCommand` added to COMMANDS below.

export const COMMANDS: readonly CliCommand[] = [importCommand, planCommand, exportCommand, checkCommand];
