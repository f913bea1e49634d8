import { basename, extname, relative, resolve } from 'node:path';
import { changesOf } from '../../../shared/import/import-plan.js';
import { readSpreadsheet } from '../../backend/services/excel/read-spreadsheet.js';
import { readPickedFile } from '../../backend/services/read-picked-file.js';
import { COMMON_OPTIONS, parseCommandArgs, positionalsOf } from '../args.js';
import type { CliCommand, CliIo } from '../command.js';
import { EXIT, UsageError } from '../cli-error.js';
import { estatePath, printJson } from '../estate-arg.js';
import { emptyEstate, readEstateAt, writeChangesAt } from '../estate-at-path.js';
import { PRESETS, formatOf } from '../import-presets.js';
import { printPreview, problemLine } from '../import-preview-text.js';
import { previewFileImport } from '../import-session.js';
import { loadMappingFile } from '../mapping-file.js';
import { checkOutputPath } from '../output-path.js';
import { readEstateText } from '../text-form-io.js';
import { existsSync } from 'node:fs';

// `waveplan import <file> --into <estate>`: the import dialog without the dialog. The file
// is read by the back end's reader (the same limits and refusals), recognised and mapped
// as the dialog does, previewed (import-session.ts), and written as the dialog's one
// change set in one transaction, or not at all.

const OPTIONS = {
  ...COMMON_OPTIONS,
  into: { type: 'string' },
  preset: { type: 'string' },
  mapping: { type: 'string' },
  sheet: { type: 'string' },
  name: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'skip-bad': { type: 'boolean' },
  'remove-missing': { type: 'boolean' },
} as const;

const SHOWN_PROBLEMS = 50;

async function importYaml(io: CliIo, file: string, into: string, dryRun: boolean | undefined, json: boolean | undefined): Promise<number> {
  if (dryRun) throw new UsageError('import: --dry-run reads spreadsheets; a YAML estate is checked as it is read', 'import');
  await readEstateText(file, into);
  if (json) printJson(io, { file, into, written: true });
  else io.out(`Wrote ${relative(io.cwd, into) || into} from ${basename(file)}\n`);
  return EXIT.ok;
}

export const importCommand: CliCommand = {
  name: 'import',
  help: `Usage: waveplan import <file> --into <estate.waveplan> [options]

Reads a client's inventory or a discovery export (.xlsx or CSV: RVTools, Azure Migrate,
AWS Application Discovery and Migration Factory, ServiceNow CMDB, Konveyor, a returned
Waveplan workbook, or any sheet with headers) as the app's Import dialog does: the export
is recognised and mapped (units included), or the columns are guessed from their headers;
then prints the preview (each column's field and unit, the rows to add and update, every
refused row with its sheet, row and column, and why) and writes it into the estate as one
change, or nothing. The estate file is created when it does not exist.
A .yaml file is an estate's text form: it replaces the estate file's content, every
scenario included (the baseline active).

Options:
  --into <estate>      the estate file to write (required)
  --preset <name>      take the file as this export instead of recognising it:
                       ${PRESETS.join(', ')}, or none (map from the headers)
  --mapping <file>     a JSON file of column mappings laid over the guess, e.g.
                       {"sheet": "Servers", "columns": {"Storage (TB)": "field:storageGb",
                        "Mem": {"to": "field:memoryGb", "unit": "MiB"}, "Site": "notes"}}
  --sheet <name>       the sheet to read the workloads from
  --name <name>        the name of an estate created by this import (default: the file's)
  --dry-run            print the preview and write nothing
  --skip-bad           import the rows that read, leaving out those with problems
                       (without it, a file with a refused row writes nothing)
  --remove-missing     a returned workbook: remove the workloads it no longer lists
  --json               the preview (and what was written) as JSON on stdout
  -h, --help           this help

Exit codes: 0 imported (or previewed with --dry-run and no refused row); 2 a usage
error, a file that cannot be read, or refused rows without --skip-bad (nothing written).

Examples:
  waveplan import clients.csv --into estates/clinic.waveplan --dry-run
  waveplan import RVTools_export.xlsx --into estates/clinic.waveplan --skip-bad
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('import', args, OPTIONS);
    if (values.help) return (io.out(this.help), EXIT.ok);
    const [given] = positionalsOf('import', positionals, ['file']) as [string];
    if (values.into === undefined) throw new UsageError('import: say which estate to import into with --into <estate.waveplan>', 'import');
    const into = estatePath('import', io, values.into);
    const source = resolve(io.cwd, given);
    // A new estate file's folder is checked before the source is read and previewed.
    if (!values['dry-run'] && !existsSync(into)) checkOutputPath(into);
    if (['.yaml', '.yml'].includes(extname(source).toLowerCase())) return importYaml(io, source, into, values['dry-run'], values.json);

    const mappingFile = values.mapping === undefined ? undefined : loadMappingFile(resolve(io.cwd, values.mapping));
    const picked = await readPickedFile(source);
    const file = await readSpreadsheet(picked.fileName, picked.bytes);
    const exists = existsSync(into);
    const name = values.name ?? basename(into).replace(/\.waveplan$/i, '');
    const snapshot = exists ? await readEstateAt(into) : emptyEstate(into, name);
    const match = formatOf(file, file.fileName, values.preset);
    const session = previewFileImport(snapshot, file, match, values.sheet, mappingFile);
    const preview = session.built.preview;
    const changes = changesOf(snapshot, preview, { removeMissing: Boolean(values['remove-missing']) });
    const refused = preview.problems.length > 0 && !values['skip-bad'];
    const write = !values['dry-run'] && !refused && changes.length > 0;
    const written = write ? writeChangesAt(into, snapshot.estate.revision, changes, name) : null;

    if (values.json) {
      printJson(io, {
        file: file.fileName,
        sheet: session.sheet.name,
        recognised: match ? { id: match.id, label: match.label, confidence: match.confidence } : null,
        columns: preview.sample?.columns ?? [],
        adds: preview.adds.map((a) => ({ row: a.row, name: a.workload.name })),
        updates: preview.updates.map((u) => ({ row: u.row, name: u.name, diffs: u.diffs })),
        unchanged: preview.unchanged,
        missing: preview.missing.map((m) => m.name),
        dependencies: preview.dependencies.length,
        problems: preview.problems,
        warnings: preview.warnings ?? [],
        changes: changes.length,
        written: written !== null,
        created: written?.created ?? false,
      });
    } else printPreview(io, file, session, preview);

    for (const p of preview.problems.slice(0, SHOWN_PROBLEMS)) io.err(`waveplan: ${problemLine(file.fileName, p)}\n`);
    if (preview.problems.length > SHOWN_PROBLEMS) io.err(`waveplan: … and ${(preview.problems.length - SHOWN_PROBLEMS).toLocaleString('en')} more problems (--json lists them all)\n`);
    const shownInto = relative(io.cwd, into) || into;
    if (refused) {
      io.err(`waveplan: ${file.fileName}: ${preview.skipped.length.toLocaleString('en')} rows refused; nothing was written to ${shownInto}. Fix them, or pass --skip-bad to import the rest.\n`);
      return EXIT.usage;
    }
    if (values.json) return EXIT.ok;
    if (values['dry-run']) io.out(`\nDry run: nothing written (${changes.length.toLocaleString('en')} changes would be).\n`);
    else if (!written) io.out(`\nNothing to import: ${shownInto} already holds all of it.\n`);
    else io.out(`\n${written.created ? 'Created' : 'Updated'} ${shownInto}: ${changes.length.toLocaleString('en')} changes in one transaction (revision ${written.revision}).\n`);
    return EXIT.ok;
  },
};
