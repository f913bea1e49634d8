// Issue 7: the client workbook of the 10,000-workload plan against exceljs writing the
// same cell values with no styling; importing a 10,000-row inventory against exceljs
// reading the same file. Same run, interleaved; peak memory of the export printed.
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { readSpreadsheet } from '../../electron/backend/services/excel/read-spreadsheet.js';
import { writeWorkbook } from '../../electron/backend/services/excel/write-workbook.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../shared/estate/estate-settings.js';
import type { EstateContent } from '../../shared/estate/estate.js';
import type { Dependency } from '../../shared/domain/dependency.js';
import type { Workload } from '../../shared/domain/workload.js';
import { buildWorkbookModel } from '../../shared/excel/export-model.js';
import { guessMapping } from '../../shared/import/header-mapping.js';
import { previewImport } from '../../shared/import/import-plan.js';
import { reportOf } from '../../shared/report/estate-report.js';
import { collectGarbage } from './memory-bench.js';
import type { WorkbookModel } from '../../shared/excel/sheet-model.js';

/** exceljs's streaming writer, the same sheets and values, no styles, widths, filters or dropdowns. */
async function plainWrite(model: WorkbookModel): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => sink.on('end', resolve));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: false, useSharedStrings: true });
  for (const sheet of model.sheets) {
    const ws = book.addWorksheet(sheet.name);
    for (const t of sheet.tables) {
      ws.addRow(t.columns.map((c) => c.header)).commit();
      for (const row of t.rows) ws.addRow(row.map((v, i) => (t.columns[i]?.kind === 'date' && typeof v === 'string' ? new Date(`${v}T00:00:00Z`) : v))).commit();
    }
    ws.commit();
  }
  await book.commit();
  await done;
  return Buffer.concat(chunks);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function timed(run: () => Promise<unknown>): Promise<number> {
  collectGarbage();
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export async function excelBenchmarks(estate: { workloads: Workload[]; dependencies: Dependency[] }, rounds: number) {
  const content: EstateContent = { ...estate, positions: Object.fromEntries(estate.workloads.map((w, i) => [w.id, i + 1])), nodePositions: {}, ...DEFAULT_ESTATE_SETTINGS };
  const report = reportOf(content);
  const model = buildWorkbookModel('Synthetic', content, report);
  let peak = 0;
  const base = process.memoryUsage();
  const sample = () => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.heapUsed + m.external + m.arrayBuffers - (base.heapUsed + base.external + base.arrayBuffers));
  };
  // Warm-up, then rounds that alternate the two sides, each after a full collection; the medians are compared.
  await plainWrite(model);
  const bytes = await writeWorkbook(buildWorkbookModel('Synthetic', content, report), sample);
  const exportBase: number[] = [];
  const exportOurs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    exportBase.push(await timed(() => plainWrite(model)));
    exportOurs.push(await timed(() => writeWorkbook(buildWorkbookModel('Synthetic', content, report), sample)));
  }

  // Import: the exported workbook's Inventory as the client's file, read and previewed.
  const inventoryOnly = new ExcelJS.Workbook();
  await inventoryOnly.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const ws of [...inventoryOnly.worksheets]) if (ws.name !== 'Inventory') inventoryOnly.removeWorksheet(ws.id);
  const file = Buffer.from(await inventoryOnly.xlsx.writeBuffer());
  const plainRead = async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
  };
  let n = 0;
  const ours = async () => {
    const read = await readSpreadsheet('inventory.xlsx', file);
    const sheet = read.sheets[0] as { name: string; rows: string[][] };
    return previewImport(content, { sheet: sheet.name, rows: sheet.rows }, guessMapping(sheet.rows[0] ?? []), () => `n${n++}`);
  };
  await plainRead();
  const check = await ours();
  const importBase: number[] = [];
  const importOurs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    importBase.push(await timed(plainRead));
    importOurs.push(await timed(ours));
  }
  return {
    export: { base: median(exportBase), ours: median(exportOurs), bytes: bytes.length, peakMb: peak / 1024 / 1024 },
    import: { base: median(importBase), ours: median(importOurs), rows: 10_000, unchanged: check.unchanged, problems: check.problems.length },
  };
}
