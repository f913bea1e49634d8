import type { Spreadsheet } from '../../shared/import/build-preview.js';
import type { ImportPreview, ImportProblem } from '../../shared/import/import-types.js';
import type { CliIo } from './command.js';
import type { ImportSession } from './import-session.js';
import { count, textTable, truncate } from './text-table.js';

// The import preview as text: what the import dialog's two steps show (the recognised
// export, each column's field with its unit and how full it is; then the rows to add and
// update, with their differences, and every problem at its sheet, row and column).

const SHOWN = 20;

/** "clients.csv: sheet clients, row 12, column D (Storage)": where a problem is, as every message says it. */
export function problemPlace(fileName: string, p: ImportProblem): string {
  return `${fileName}: sheet ${p.sheet}, row ${p.row}, column ${p.column}`;
}

export function problemLine(fileName: string, p: ImportProblem): string {
  return `${problemPlace(fileName, p)}: ${p.message}${p.value.trim() ? ` (the cell says “${truncate(p.value, 60)}”)` : ''}`;
}

function more(io: CliIo, total: number): void {
  if (total > SHOWN) io.out(`  … and ${(total - SHOWN).toLocaleString('en')} more (--json lists them all)\n`);
}

export function printPreview(io: CliIo, file: Spreadsheet, session: ImportSession, preview: ImportPreview): void {
  const { match, sheet } = session;
  const encoding = file.encoding ? `, read as ${file.encoding}` : '';
  io.out(`${file.fileName}: sheet ${sheet.name}, ${count(Math.max(0, sheet.rows.length - 1), 'row')}${encoding}\n`);
  io.out(match ? `Recognised: ${match.label} (${Math.round(match.confidence * 100)}% of its signature headers)\n` : 'Not a known discovery export: columns mapped from their headers\n');
  for (const e of session.built.enriched) io.out(`Added from sheet ${e.sheet}: ${count(e.workloads, 'workload')} (${e.kind})\n`);
  const columns = preview.sample?.columns ?? [];
  if (columns.length) {
    io.out('\nColumns\n');
    io.out(
      textTable(columns, [
        { header: 'Column', cell: (c) => c.header, max: 32 },
        { header: 'Read as', cell: (c) => c.target, max: 32 },
        { header: 'Unit', cell: (c) => c.unit ?? '' },
        { header: 'Filled', cell: (c) => `${c.filled}/${c.total}`, align: 'right' },
      ]),
    );
  }
  io.out(
    `\nTo add: ${count(preview.adds.length, 'workload')}; to update: ${preview.updates.length.toLocaleString('en')}; unchanged: ${preview.unchanged.toLocaleString('en')}; ` +
      `refused: ${count(preview.skipped.length, 'row')}; new dependencies: ${preview.dependencies.length.toLocaleString('en')}\n`,
  );
  if (preview.adds.length) {
    io.out('\nAdd\n');
    for (const a of preview.adds.slice(0, SHOWN)) io.out(`  row ${a.row}: ${truncate(a.workload.name, 60)} (${a.workload.environment}, ${a.workload.kind})\n`);
    more(io, preview.adds.length);
  }
  if (preview.updates.length) {
    io.out('\nUpdate\n');
    for (const u of preview.updates.slice(0, SHOWN))
      io.out(`  row ${u.row}: ${truncate(u.name, 40)}: ${u.diffs.map((d) => `${d.label} ${truncate(d.from || '(blank)', 30)} → ${truncate(d.to || '(blank)', 30)}`).join('; ')}\n`);
    more(io, preview.updates.length);
  }
  if (preview.missing.length) {
    io.out(`\nIn the estate, not in the file (removed only with --remove-missing): ${preview.missing.length.toLocaleString('en')}\n`);
    for (const m of preview.missing.slice(0, SHOWN)) io.out(`  ${truncate(m.name, 60)}\n`);
    more(io, preview.missing.length);
  }
  const warnings = preview.warnings ?? [];
  if (warnings.length) {
    io.out(`\nWarnings (${warnings.length.toLocaleString('en')}, not blocking)\n`);
    for (const w of warnings.slice(0, SHOWN)) io.out(`  ${problemLine(file.fileName, w)}\n`);
    more(io, warnings.length);
  }
}
