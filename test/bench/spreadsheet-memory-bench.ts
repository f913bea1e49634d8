// Issue 13: what each hostile spreadsheet costs the worker that reads it — its peak
// heap against the worker's limit, and the time — one line each; then the time to read a
// normal 10,000-row workbook written by exceljs through readSpreadsheet (worker, stream)
// against exceljs's own xlsx.load of the same bytes, interleaved, with the ratio.
import ExcelJS from 'exceljs';
import { readSpreadsheet, type ReadReport } from '../../electron/backend/services/excel/read-spreadsheet.js';
import { cellKinds, hugeCell, lyingZip, manyFieldsCsv, oneLineCsv, sharedStringFlood, sparseCorner, wideSheet } from '../../scripts/bad-spreadsheets.js';

const mb = (bytes: number | undefined) => (bytes === undefined ? '   —' : (bytes / 1024 / 1024).toFixed(0).padStart(4));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** A plain 10,000-row inventory as a client's tool would write it: text, numbers, dates, booleans. */
async function normalWorkbook(rows = 10_000): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Inventory');
  ws.addRow(['Name', 'Environment', 'Application', 'Owner', 'Criticality', 'RTO hours', 'Monthly cost', 'Go-live', 'Cloud ready', 'Notes']);
  for (let i = 0; i < rows; i++) {
    ws.addRow([
      `Server ${String(i).padStart(6, '0')}`,
      ['Production', 'Test', 'Development'][i % 3],
      `App ${i % 250}`,
      `Team ${i % 40}`,
      (i % 4) + 1,
      (i % 48) + 1,
      100 + ((i * 37) % 5000) + 0.5,
      new Date(Date.UTC(2020 + (i % 6), i % 12, 1 + (i % 28))),
      i % 5 !== 0,
      i % 7 === 0 ? `Note for server ${i}, with a comma` : '',
    ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Reads each hostile spreadsheet through readSpreadsheet and prints the worker's peak memory against its limit. */
export async function spreadsheetMemoryBenchmark(rounds = 5): Promise<{ file: string; outcome: string; report: ReadReport | undefined }[]> {
  const files: [string, () => Buffer][] = [
    ['corner-XFD1.xlsx', () => sparseCorner('XFD1')],
    ['corner-A100000.xlsx', () => sparseCorner('A100000')],
    ['corner-A1048576.xlsx', () => sparseCorner('A1048576')],
    ['lying-directory-1.7GB.xlsx', () => lyingZip()],
    ['wide-16384-columns.xlsx', () => wideSheet()],
    ['huge-cell.xlsx', () => hugeCell('shared')],
    ['shared-string-1.1M-times.xlsx', () => sharedStringFlood()],
    ['one-line-50MB.csv', () => oneLineCsv(50)],
    ['one-field-50MB.csv', () => oneLineCsv(50, false)],
    ['many-fields-40MB.csv', () => manyFieldsCsv(40)],
  ];
  await readSpreadsheet('warm-up.xlsx', cellKinds()); // start the worker once, outside the figures
  const results: { file: string; outcome: string; report: ReadReport | undefined }[] = [];
  console.log('Hostile spreadsheets, each read in the worker (peak heap used / reserved incl. buffers, against the heap limit):');
  for (const [file, make] of files) {
    let report: ReadReport | undefined;
    let outcome: string;
    try {
      const read = await readSpreadsheet(file, make(), { onReport: (r) => (report = r) });
      outcome = `read, ${read.sheets.reduce((n, s) => n + s.rows.length, 0).toLocaleString('en')} rows`;
    } catch (error) {
      outcome = `refused: ${(error instanceof Error ? error.message : String(error)).slice(0, 90)}…`;
    }
    results.push({ file, outcome, report });
    console.log(
      `  ${file.padEnd(30)} peak ${mb(report?.peak?.heapUsed)} / ${mb(report?.peak?.heapTotal)} MB of ${report?.limitMb ?? '?'} MB  ${Math.round(report?.ms ?? 0)
        .toString()
        .padStart(5)} ms  ${outcome}`,
    );
  }

  const bytes = await normalWorkbook();
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let started = performance.now();
    await readSpreadsheet('inventory.xlsx', bytes);
    ours.push(performance.now() - started);
    started = performance.now();
    await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
    theirs.push(performance.now() - started);
  }
  const ratio = median(ours) / median(theirs);
  console.log(
    `  10,000-row workbook (${(bytes.length / 1024).toFixed(0)} KB): readSpreadsheet ${median(ours).toFixed(0)} ms vs exceljs xlsx.load ${median(theirs).toFixed(0)} ms (median of ${rounds}) — ratio ${ratio.toFixed(2)}x`,
  );
  return results;
}

if (process.argv[1]?.endsWith('spreadsheet-memory-bench.ts')) await spreadsheetMemoryBenchmark();
