import type { EstateSnapshot } from '../../../../shared/estate/estate.js';
import { CSV_SHEETS, tableToCsv } from '../../../../shared/excel/csv-write.js';
import { buildWorkbookModel } from '../../../../shared/excel/export-model.js';
import { reportOf } from '../../../../shared/report/estate-report.js';
import type { SheetTable } from '../../../../shared/excel/sheet-model.js';
import { yieldToEventLoop } from '../progress.js';
import { writeWorkbook } from './write-workbook.js';

// The client's plan as a file: the workbook, or one of its sheets as CSV. Worked out
// from the estate as stored, so the file says exactly what the app shows.

export const fileNameSlug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60) || 'estate';

export async function exportPlanWorkbook(snapshot: EstateSnapshot, onProgress: (done: number, total: number, stage: string) => void = () => undefined): Promise<{ fileName: string; bytes: Buffer }> {
  const { estate, ...content } = snapshot;
  onProgress(0, 10, 'working out the plan, runbooks and costs');
  await yieldToEventLoop();
  const model = buildWorkbookModel(estate.name, content, reportOf(content));
  // Each sheet is a step; the last is packing the file.
  const bytes = await writeWorkbook(model, async (done, total, name) => {
    onProgress(done + 1, total + 2, name ? `the ${name} sheet` : 'packing the file');
    await yieldToEventLoop();
  });
  return { fileName: `${fileNameSlug(estate.name)}-migration-plan.xlsx`, bytes };
}

export { CSV_SHEETS };

export function exportPlanCsv(snapshot: EstateSnapshot, sheet: (typeof CSV_SHEETS)[number]): { fileName: string; bytes: Buffer } {
  const { estate, ...content } = snapshot;
  const model = buildWorkbookModel(estate.name, content, reportOf(content), [sheet]);
  const table = model.sheets[0]?.tables[0] as SheetTable;
  return { fileName: `${fileNameSlug(estate.name)}-${sheet.toLowerCase()}.csv`, bytes: Buffer.from(tableToCsv(table), 'utf8') };
}
