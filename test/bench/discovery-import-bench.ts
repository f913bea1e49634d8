// Issue 14: a 10,000-VM RVTools workbook (vInfo, vDisk, vNetwork) read, recognised,
// mapped and previewed, against exceljs reading the same file, interleaved; the ratio is
// the figure (target ≤ 1.5x).
import ExcelJS from 'exceljs';
import { readSpreadsheet } from '../../electron/backend/services/excel/read-spreadsheet.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../shared/estate/estate-settings.js';
import { previewImport } from '../../shared/import/import-plan.js';
import { DEFAULT_DISCOVERY_CHOICES, withNameFallback, withTotals, workloadRows } from '../../shared/import/discovery-import.js';
import { recogniseFormat } from '../../shared/import/formats/recognise.js';
import { rvtoolsOfSize, xlsxBytes } from '../../scripts/import-fixtures.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export async function discoveryImportBenchmark(vms = 10_000, rounds = 5): Promise<{ ours: number; base: number; adds: number; label: string }> {
  const bytes = await xlsxBytes(rvtoolsOfSize(vms));
  const estate = { workloads: [], dependencies: [], positions: {}, nodePositions: {}, ...DEFAULT_ESTATE_SETTINGS };
  let adds = 0;
  let label = '';
  const ours = async () => {
    const file = await readSpreadsheet('RVTools_export_all.xlsx', bytes);
    const match = recogniseFormat(file);
    if (!match?.inventory) throw new Error('not recognised as RVTools');
    label = match.label;
    const sheet = file.sheets.find((s) => s.name === match.inventory?.sheet);
    if (!sheet) throw new Error('no vInfo');
    const totalled = withTotals({ sheet: sheet.name, rows: sheet.rows, nativeNumbers: true }, match.inventory.mapping, match.inventory.totals);
    const { table } = withNameFallback(totalled.table, totalled.mapping);
    let n = 0;
    adds = previewImport(estate, table, totalled.mapping, () => `b${n++}`, {}, workloadRows(match, table, DEFAULT_DISCOVERY_CHOICES)).adds.length;
  };
  const base = async () => {
    await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
  };
  const time = async (fn: () => Promise<void>) => {
    const started = performance.now();
    await fn();
    return performance.now() - started;
  };
  await ours();
  await base();
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    a.push(await time(ours));
    b.push(await time(base));
  }
  return { ours: median(a), base: median(b), adds, label };
}

if (process.argv[1]?.endsWith('discovery-import-bench.ts')) {
  const r = await discoveryImportBenchmark();
  console.log(
    `${r.label}: 10,000 VMs read, recognised, mapped and previewed (${r.adds} to add) ${r.ours.toFixed(0)} ms vs exceljs reading it ${r.base.toFixed(0)} ms = ${(r.ours / r.base).toFixed(2)}x`,
  );
}
