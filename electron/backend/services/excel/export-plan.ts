import type { EstateSnapshot } from '../../../../shared/estate/estate.js';
import { CSV_SHEETS, tableToCsv } from '../../../../shared/excel/csv-write.js';
import { compareScenarios, MAX_COMPARED, type ComparedScenario } from '../../../../shared/compare/compare-scenarios.js';
import { buildWorkbookModel, type ScenariosToCompare } from '../../../../shared/excel/export-model.js';
import { reportOf, type EstateReport } from '../../../../shared/report/estate-report.js';
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

/** One scenario's snapshot, read the way openScenario reads it. */
export type ScenarioReader = (scenarioId: string) => EstateSnapshot;

/**
 * The Scenarios sheet's comparison: the first four scenarios (the baseline first), each
 * read through `readScenario`; the one the snapshot shows reuses its report. Null when
 * the estate has one scenario.
 */
async function compareForWorkbook(
  snapshot: EstateSnapshot,
  shown: EstateReport,
  readScenario: ScenarioReader | undefined,
  onProgress: (stage: string) => void,
): Promise<ScenariosToCompare | undefined> {
  if (!readScenario || snapshot.scenarios.length < 2) return undefined;
  const compared = snapshot.scenarios.slice(0, MAX_COMPARED);
  const scenarios: ComparedScenario[] = [];
  for (const s of compared) {
    onProgress(`working out the ${s.name} scenario`);
    await yieldToEventLoop();
    scenarios.push({ id: s.id, name: s.name, report: s.id === snapshot.activeScenarioId ? shown : reportOf(readScenario(s.id)) });
  }
  return { comparison: compareScenarios(scenarios), leftOut: snapshot.scenarios.slice(MAX_COMPARED).map((s) => s.name) };
}

export async function exportPlanWorkbook(
  snapshot: EstateSnapshot,
  onProgress: (done: number, total: number, stage: string) => void = () => undefined,
  readScenario?: ScenarioReader,
): Promise<{ fileName: string; bytes: Buffer }> {
  const { estate, ...content } = snapshot;
  onProgress(0, 10, 'working out the plan, runbooks and costs');
  await yieldToEventLoop();
  const report = reportOf(content);
  const scenarios = await compareForWorkbook(snapshot, report, readScenario, (stage) => onProgress(0, 10, stage));
  const model = buildWorkbookModel(estate.name, content, report, undefined, scenarios);
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
