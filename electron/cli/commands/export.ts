import { relative, resolve } from 'node:path';
import { CSV_SHEETS } from '../../../shared/excel/csv-write.js';
import { slugify } from '../../backend/services/library.js';
import { COMMON_OPTIONS, oneOf, parseCommandArgs, positionalsOf } from '../args.js';
import type { CliCommand, CliIo } from '../command.js';
import { EXIT, UsageError } from '../cli-error.js';
import { estatePath, printJson } from '../estate-arg.js';
import { readEstateAt } from '../estate-at-path.js';
import { boardPackPdf } from '../board-pack-pdf.js';
import { readEstateFile } from '../estate-text-at-path.js';
import { writeEstateYaml } from '../../../shared/estate-text/write-text.js';
import { progressLine } from '../progress-line.js';
import { writeOutput } from '../write-output.js';
import { checkOutputPath } from '../output-path.js';

// `waveplan export <estate> --xlsx|--csv|--yaml|--pdf`: the same files the app's Export
// menu writes (the plan workbook and its CSV sheets come from export-plan.ts), to a file
// or, for the text formats, to stdout.

const OPTIONS = {
  ...COMMON_OPTIONS,
  xlsx: { type: 'boolean' },
  csv: { type: 'boolean' },
  yaml: { type: 'boolean' },
  pdf: { type: 'boolean' },
  sheet: { type: 'string' },
  output: { type: 'string', short: 'o' },
  stdout: { type: 'boolean' },
} as const;

type Format = 'xlsx' | 'csv' | 'yaml' | 'pdf';

// exceljs takes most of a second to load: only `export` loads it, so `plan` and `check` start quickly.
const loadExport = () => import('../../backend/services/excel/export-plan.js');

function csvSheet(given: string | undefined): (typeof CSV_SHEETS)[number] {
  if (given === undefined) return 'Inventory';
  const sheet = CSV_SHEETS.find((s) => s.toLowerCase() === given.toLowerCase());
  if (!sheet) throw new UsageError(`export: --sheet ${given}: a CSV export is one of ${CSV_SHEETS.join(', ')}`, 'export');
  return sheet;
}

async function produce(format: Format, path: string, sheet: string | undefined, io: CliIo): Promise<{ fileName: string; bytes: Uint8Array | string }> {
  if (format === 'yaml') {
    // Read once: its name names the file.
    const estate = readEstateFile(path);
    return { fileName: `${slugify(estate.name)}.yaml`, bytes: writeEstateYaml(estate) };
  }
  if (format === 'pdf') return boardPackPdf(path, io);
  const snapshot = await readEstateAt(path);
  const { exportPlanCsv, exportPlanWorkbook } = await loadExport();
  if (format === 'csv') return exportPlanCsv(snapshot, csvSheet(sheet));
  const progress = progressLine(io, 'Writing the workbook');
  try {
    return await exportPlanWorkbook(snapshot, (done, total, stage) => progress.update(done, total, stage));
  } finally {
    progress.end();
  }
}

export const exportCommand: CliCommand = {
  name: 'export',
  help: `Usage: waveplan export <estate.waveplan> --xlsx|--csv|--yaml|--pdf [options]

Writes what the app's Export menu writes:
  --xlsx   the client's plan workbook (Summary, Inventory, Dependencies, Waves, Cutover,
           Rollback, Costs, Findings, Settings), with progress on a terminal
  --csv    one sheet of it as CSV: --sheet Inventory (the default) or --sheet Waves
  --yaml   the estate in its text form, every scenario included, for review and diff
           in a git repository
  --pdf    the board pack (printed by headless Chromium from the app's built pages:
           \`npm run build\` first; Chromium is found on the system or at WAVEPLAN_CHROMIUM)
The file is named after the estate (e.g. meridian-migration-plan.xlsx) in the current
folder unless -o says where. The estate file is read, never changed; an existing output
file is replaced whole, never left half-written.

Options:
  -o, --output <file>  where to write
  --stdout             write a text format (--csv, --yaml) to stdout instead of a file
  --sheet <name>       with --csv: Inventory or Waves
  --json               say what was written as JSON ({format, file, bytes})
  -h, --help           this help

Exit codes: 0 written; 2 a usage error or an estate that cannot be read.

Examples:
  waveplan export estates/meridian.waveplan --xlsx -o plan.xlsx
  waveplan export estates/meridian.waveplan --csv --sheet Waves --stdout
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('export', args, OPTIONS);
    if (values.help) return (io.out(this.help), EXIT.ok);
    const [given] = positionalsOf('export', positionals, ['estate']) as [string];
    const format = oneOf('export', { xlsx: values.xlsx, csv: values.csv, yaml: values.yaml, pdf: values.pdf }, true) as Format;
    if (values.sheet !== undefined && format !== 'csv') throw new UsageError('export: --sheet goes with --csv', 'export');
    if (values.stdout && (format === 'xlsx' || format === 'pdf')) throw new UsageError(`export: --${format} is a binary file; write it with -o <file>, not --stdout`, 'export');
    if (values.stdout && values.output !== undefined) throw new UsageError('export: choose one of -o and --stdout', 'export');
    const path = estatePath('export', io, given);
    // A named output is checked before the work: a workbook or board pack takes a while to make.
    if (values.output !== undefined) checkOutputPath(resolve(io.cwd, values.output));
    const { fileName, bytes } = await produce(format, path, values.sheet, io);
    if (values.stdout) {
      io.out(typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8'));
      return EXIT.ok;
    }
    const written = writeOutput(io, values.output ?? fileName, bytes);
    const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength;
    if (values.json) printJson(io, { format, file: written, bytes: size });
    else io.out(`Wrote ${relative(io.cwd, written) || written} (${size.toLocaleString('en')} bytes)\n`);
    return EXIT.ok;
  },
};
