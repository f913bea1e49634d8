import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../../../../electron/backend/services/excel/read-spreadsheet.js';
import { writeWorkbook } from '../../../../../../electron/backend/services/excel/write-workbook.js';
import { applyChanges } from '../../../../../../shared/changes/apply.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../../../shared/estate/estate-settings.js';
import type { EstateContent } from '../../../../../../shared/estate/estate.js';
import { buildWorkbookModel } from '../../../../../../shared/excel/export-model.js';
import { guessMapping } from '../../../../../../shared/import/header-mapping.js';
import { changesOf, previewImport } from '../../../../../../shared/import/import-plan.js';
import { reportOf } from '../../../../../../shared/report/estate-report.js';
import { healthcareSampleEstate } from '../../../../../../shared/sample/healthcare-estate.js';

function sampleContent(): EstateContent {
  const { workloads, dependencies } = healthcareSampleEstate();
  return { workloads, dependencies, positions: Object.fromEntries(workloads.map((w, i) => [w.id, i + 1])), nodePositions: {}, ...DEFAULT_ESTATE_SETTINGS };
}

/** The sample's workbook, edited as a client would in Excel, and read back. */
async function roundTrip(content: EstateContent, edit: (sheet: ExcelJS.Worksheet, column: (header: string) => number) => void) {
  const exported = await writeWorkbook(buildWorkbookModel('Meridian', content, reportOf(content)));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(exported as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Inventory') as ExcelJS.Worksheet;
  const headers = (sheet.getRow(1).values as string[]).slice(1);
  edit(sheet, (h) => headers.indexOf(h) + 1);
  const edited = Buffer.from(await book.xlsx.writeBuffer());
  const read = await readSpreadsheet('returned.xlsx', edited);
  const inventory = read.sheets.find((s) => s.name === 'Inventory');
  if (!inventory) throw new Error('no Inventory sheet');
  let n = 0;
  const table = { sheet: 'Inventory', rows: inventory.rows };
  return previewImport(content, table, guessMapping(inventory.rows[0] ?? []), () => `imported-${n++}`);
}

const rowOf = (sheet: ExcelJS.Worksheet, name: string) => {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(2).value === name) found = row;
  });
  if (!found) throw new Error(name);
  return found;
};

describe('bringing the client’s workbook back', () => {
  it('reads an untouched export as no change at all', async () => {
    const preview = await roundTrip(sampleContent(), () => undefined);
    expect(preview.problems).toEqual([]);
    expect(preview.adds).toEqual([]);
    expect(preview.updates).toEqual([]);
    expect(preview.missing).toEqual([]);
    expect(preview.unchanged).toBe(45);
  });

  it('shows the client’s edits as a diff, and applying it re-plans', async () => {
    const content = sampleContent();
    const preview = await roundTrip(content, (sheet, column) => {
      rowOf(sheet, 'Odoo web (hospital)').getCell(column('Criticality')).value = '2 · Business critical';
      rowOf(sheet, 'Analytics dashboards').getCell(column('Chosen tier')).value = 'Dedicated environment';
      rowOf(sheet, 'Patient portal (web)').getCell(column('Pinned wave')).value = 6;
      const added = sheet.addRow([]);
      added.getCell(column('Name')).value = 'Radiology PACS viewer';
      added.getCell(column('Environment')).value = 'Production';
      added.getCell(column('Kind')).value = 'Application';
      added.getCell(column('System')).value = 'Radiology';
      sheet.spliceRows(rowOf(sheet, 'Legacy fax gateway').number, 1);
    });
    expect(preview.problems).toEqual([]);
    expect(preview.updates.map((u) => [u.name, u.diffs.map((d) => `${d.label}: ${d.from} → ${d.to}`)])).toEqual([
      ['Odoo web (hospital)', ['Criticality: 1 · Mission critical → 2 · Business critical']],
      ['Analytics dashboards', ['Chosen tier:  → Dedicated environment']],
      ['Patient portal (web)', ['Pinned wave:  → 6']],
    ]);
    expect(preview.adds.map((a) => a.workload.name)).toEqual(['Radiology PACS viewer']);
    expect(preview.missing.map((m) => m.name)).toEqual(['Legacy fax gateway']);
    const after = applyChanges(content, changesOf(content, preview, { removeMissing: true }));
    expect(after.workloads.find((w) => w.name === 'Legacy fax gateway')).toBeUndefined();
    expect(after.dependencies.some((d) => d.consumerId === 'group-fax' || d.providerId === 'group-fax')).toBe(false);
    expect(reportOf(after).plan.waveOf.get('hosp-portal-web')).toBe(6);
  });

  it('says where each problem is: sheet, row, column, the value and what was expected', async () => {
    const preview = await roundTrip(sampleContent(), (sheet, column) => {
      rowOf(sheet, 'Odoo web (hospital)').getCell(column('Environment')).value = 'Moon base';
      rowOf(sheet, 'Redis cache and queue (hospital)').getCell(column('RTO (min)')).value = 'soon';
      rowOf(sheet, 'Analytics warehouse').getCell(column('Name')).value = 'Odoo web (hospital)';
    });
    expect(preview.problems.map((p) => [p.row, p.column, p.value, p.message])).toEqual([
      [2, 'D (Environment)', 'Moon base', expect.stringMatching(/^Unknown environment “Moon base”; expected one of production, staging/)],
      [7, expect.stringMatching(/\(RTO \(min\)\)$/), 'soon', 'RTO must be a number of minutes (or 4h, 1d); got “soon”'],
      [expect.any(Number), 'B (Name)', 'Odoo web (hospital)', 'Duplicate name: row 2 has it too'],
    ]);
    expect(preview.skipped).toHaveLength(3);
  });

  it('carries workload date limits out and back: days as dates, own blackouts in one cell, a blank clears, a bad window is named', async () => {
    const content = sampleContent();
    const december = { from: '2026-12-01', to: '2026-12-31', label: 'December freeze, EHR vendor' };
    content.workloads = content.workloads.map((w) => (w.id === 'hosp-redis' ? { ...w, doneBy: '2027-01-27', notBefore: '2026-11-02', blackouts: [december] } : w));
    const untouched = await roundTrip(content, () => undefined);
    expect(untouched.problems).toEqual([]);
    expect(untouched.updates).toEqual([]);

    const preview = await roundTrip(content, (sheet, column) => {
      const redis = rowOf(sheet, content.workloads.find((w) => w.id === 'hosp-redis')?.name as string);
      expect(redis.getCell(column('Done by')).value).toEqual(new Date('2027-01-27T00:00:00Z'));
      expect(redis.getCell(column('Own blackouts')).value).toBe('2026-12-01..2026-12-31 December freeze, EHR vendor');
      // The format is written where the client types: the cell's input message.
      expect(redis.getCell(column('Own blackouts')).dataValidation).toMatchObject({ promptTitle: 'Own blackouts', prompt: expect.stringContaining('2026-12-01..2026-12-31 December freeze') });
      redis.getCell(column('Not before')).value = null;
      // What a client types into a date column is a real date cell.
      rowOf(sheet, 'Odoo web (hospital)').getCell(column('Not after')).value = new Date('2027-02-26T00:00:00Z');
      rowOf(sheet, 'Odoo web (hospital)').getCell(column('Own blackouts')).value = '2027-03-26 Easter upgrade; 2026-12-24..2026-12-26';
      rowOf(sheet, 'Analytics dashboards').getCell(column('Own blackouts')).value = '2026-12-01..2026-12-31; all of January';
      rowOf(sheet, 'Analytics dashboards').getCell(column('Done by')).value = '2027-02-30';
    });
    expect(preview.updates.map((u) => [u.name, u.diffs.map((d) => `${d.label}: ${d.from} → ${d.to}`)])).toEqual([
      ['Odoo web (hospital)', ['Not after:  → 2027-02-26', 'Own blackouts:  → 2026-12-24..2026-12-26; 2027-03-26 Easter upgrade']],
      ['Redis cache and queue (hospital)', ['Not before: 2026-11-02 → ']],
    ]);
    expect(preview.problems.map((p) => [p.sheet, p.column, p.message])).toEqual([
      ['Inventory', 'AH (Done by)', 'Done by must be a date as yyyy-mm-dd (a day that exists); got “2027-02-30”'],
      ['Inventory', 'AI (Own blackouts)', expect.stringContaining('Own blackouts: “all of January” does not start with a date that exists (yyyy-mm-dd)')],
    ]);
    expect(preview.problems.every((p) => p.row > 1)).toBe(true);
  });
});
