import type { CliCommandEntry } from './command.js';

// Every command of `waveplan`, in the order `waveplan --help` lists them. A command is
// one module under commands/ exporting a CliCommand (command.ts); adding one is its
// line here, loaded only when it runs (see CliCommandEntry).

export const COMMANDS: readonly CliCommandEntry[] = [
  { name: 'import', summary: 'import a client’s inventory (.xlsx, .csv) or discovery export into an estate, with the preview', load: async () => (await import('./commands/import.js')).importCommand },
  { name: 'plan', summary: 'plan an estate’s migration waves and print them as a table', load: async () => (await import('./commands/plan.js')).planCommand },
  { name: 'export', summary: 'export an estate’s plan as a workbook (.xlsx), a CSV sheet, YAML or the board pack (PDF)', load: async () => (await import('./commands/export.js')).exportCommand },
  { name: 'check', summary: 'list an estate’s findings; exit 1 when any is at or above --fail-on (a CI gate)', load: async () => (await import('./commands/check.js')).checkCommand },
  { name: 'diff', summary: 'what changed between two copies of an estate, field by field, and how the plan moved', load: async () => (await import('./commands/diff.js')).diffCommand },
  { name: 'merge', summary: 'three-way merge of two copies of an estate, listing conflicts field by field', load: async () => (await import('./commands/merge.js')).mergeCommand },
];
