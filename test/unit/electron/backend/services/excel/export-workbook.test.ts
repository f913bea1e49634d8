import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../../../../../electron/backend/services/excel/write-workbook.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../../../shared/estate/estate-settings.js';
import type { EstateContent } from '../../../../../../shared/estate/estate.js';
import { buildWorkbookModel } from '../../../../../../shared/excel/export-model.js';
import { ID_HEADER } from '../../../../../../shared/excel/inventory-columns.js';
import { reportOf } from '../../../../../../shared/report/estate-report.js';
import { parseSpreadsheet } from '../../../../../../electron/backend/services/excel/parse-spreadsheet.js';
import { controlLabelsText } from '../../../../../../shared/controls/rule-controls.js';
import { previewImport } from '../../../../../../shared/import/import-plan.js';
import { recogniseFormat } from '../../../../../../shared/import/formats/recognise.js';
import { FINDING_CHECK_NAMES } from '../../../../../../shared/report/finding-stage.js';
import { healthcareSampleEstate } from '../../../../../../shared/sample/healthcare-estate.js';

function sampleContent(): EstateContent {
  const { workloads, dependencies } = healthcareSampleEstate();
  return { workloads, dependencies, positions: Object.fromEntries(workloads.map((w, i) => [w.id, i + 1])), nodePositions: {}, ...DEFAULT_ESTATE_SETTINGS };
}

async function exported(content: EstateContent): Promise<ExcelJS.Workbook> {
  const bytes = await writeWorkbook(buildWorkbookModel('Meridian Health Group', content, reportOf(content)));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

const headers = (sheet: ExcelJS.Worksheet, row = 1) => (sheet.getRow(row).values as unknown[]).slice(1);

describe('the client workbook', () => {
  it('has every sheet, with the sample’s rows, real numbers and dates, and a hidden id to match rows on return', async () => {
    const content = sampleContent();
    const book = await exported(content);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'Inventory', 'Dependencies', 'Waves', 'Wave members', 'Cutover', 'Rollback', 'Costs', 'Findings', 'Settings', 'Lists']);
    const inventory = book.getWorksheet('Inventory') as ExcelJS.Worksheet;
    expect(inventory.rowCount).toBe(content.workloads.length + 1);
    expect(headers(inventory)[0]).toBe(ID_HEADER);
    expect(inventory.getColumn(1).hidden).toBe(true);
    expect(inventory.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(inventory.autoFilter).toBeTruthy();
    const pg = inventory.getRows(2, content.workloads.length)?.find((r) => r.getCell(2).value === 'PostgreSQL primary (hospital)') as ExcelJS.Row;
    expect(pg.getCell(1).value).toBe('hosp-pg-primary');
    const cost = headers(inventory).indexOf('Monthly cost now') + 1;
    expect(typeof pg.getCell(cost).value).toBe('number');
    expect(pg.getCell(cost).numFmt).toContain('€');
    expect(book.getWorksheet('Dependencies')?.rowCount).toBe(content.dependencies.length + 1);
    const waves = book.getWorksheet('Waves') as ExcelJS.Worksheet;
    expect(waves.getRow(2).getCell(3).value).toBeInstanceOf(Date);
    expect(book.getWorksheet('Lists')?.state).toBe('hidden');
  });

  it('can be checked without the app: every wave member by id, a row each, and the settings the plan was made with (issue 16)', async () => {
    const sample = sampleContent();
    // A name with commas in it, which a joined list of members cannot carry.
    const content = {
      ...sample,
      workloads: sample.workloads.map((w) => (w.id === 'hosp-pg-primary' ? { ...w, name: 'PostgreSQL, primary, hospital' } : w)),
      planSettings: { ...sample.planSettings, blackouts: [{ from: '2027-03-01', to: '2027-03-07', label: 'Audit week' }] },
    };
    const plan = reportOf(content).plan;
    const book = await exported(content);
    const members = book.getWorksheet('Wave members') as ExcelJS.Worksheet;
    expect(headers(members)).toEqual(['Wave', 'Phase', 'Cutover', 'Cutover order', ID_HEADER, 'Workload', 'System', 'Environment']);
    expect(members.rowCount - 1).toBe(plan.waveOf.size);
    const rows = members.getRows(2, members.rowCount - 1) ?? [];
    const byId = new Map(rows.map((r) => [String(r.getCell(5).value), r]));
    for (const [id, wave] of plan.waveOf) expect(byId.get(id)?.getCell(1).value, id).toBe(wave);
    expect(byId.get('hosp-pg-primary')?.getCell(6).value).toBe('PostgreSQL, primary, hospital');
    const settings = book.getWorksheet('Settings') as ExcelJS.Worksheet;
    const values = new Map<string, unknown>();
    settings.eachRow((r) => values.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(values.get('Most workloads per wave')).toBe(content.planSettings.maxWorkloadsPerWave);
    expect(values.get('Waves in flight at once')).toBe(content.planSettings.wavesInFlight);
    expect(values.get('Finance close: business days before month end')).toBe(content.planSettings.financeClose.before);
    expect(values.get('Cutover time (local)')).toBe(content.planSettings.cutoverTime);
    expect(values.get('Audit week')).toBeUndefined(); // the blackout is in its own table, by its dates
    let blackout: ExcelJS.Row | undefined;
    settings.eachRow((r) => (r.getCell(3).value === 'Audit week' ? (blackout = r) : undefined));
    expect(blackout?.getCell(1).value).toBeInstanceOf(Date);
  });

  it('names the controls of each finding on the Findings sheet, and still comes back in through the import (issue 18)', async () => {
    const content = sampleContent();
    const bytes = await writeWorkbook(buildWorkbookModel('Meridian Health Group', content, reportOf(content)));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const findings = book.getWorksheet('Findings') as ExcelJS.Worksheet;
    expect(headers(findings).slice(0, 4)).toEqual(['Severity', 'Check', 'Controls', 'Finding']);
    const ruleOf = new Map([...FINDING_CHECK_NAMES].map(([rule, name]) => [name, rule]));
    const cells: { rule: string; controls: string }[] = [];
    findings.eachRow((row, n) => {
      if (n > 1) cells.push({ rule: ruleOf.get(String(row.getCell(2).value)) ?? '', controls: String(row.getCell(3).value ?? '') });
    });
    // Row by row, the report's findings in their order.
    const all = reportOf(content).findings.all;
    expect(cells.map((c) => c.rule)).toEqual(all.map((f) => f.rule));
    cells.forEach((c, i) => expect(c.controls, c.rule).toBe(controlLabelsText(all[i]!)));
    // Labels joined with "; ", never a bare comma: the sample's PHI on a shared tier names HIPAA, GDPR and ISO controls.
    const phi = cells.find((c) => c.rule === 'restricted-on-multi-tenant')?.controls ?? '';
    expect(phi.split('; ')).toEqual(expect.arrayContaining(['HIPAA 164.312(a)(1)', 'GDPR Art. 9(1)', 'ISO 27001 A.5.23']));
    // A cycle is no control matter: its cell is empty.
    expect(cells.find((c) => c.rule === 'cycle-forces-move-group')?.controls).toBe('');

    // The returned workbook is still recognised as Waveplan's, by its Inventory, and updates the same workloads.
    const file = parseSpreadsheet('plan.xlsx', bytes);
    const match = recogniseFormat(file);
    expect(match).toMatchObject({ id: 'waveplan', inventory: { sheet: 'Inventory' } });
    const inventory = file.sheets.find((s) => s.name === 'Inventory');
    const table = { sheet: 'Inventory', rows: inventory?.rows ?? [], nativeNumbers: true };
    const preview = previewImport(content, table, match?.inventory?.mapping ?? [], () => 'new');
    expect(preview.problems).toEqual([]);
    expect([preview.adds.length, preview.missing.length, preview.unchanged]).toEqual([0, 0, content.workloads.length]);
  });

  it('puts dropdowns on the editable columns', async () => {
    const book = await exported(sampleContent());
    const inventory = book.getWorksheet('Inventory') as ExcelJS.Worksheet;
    const h = headers(inventory);
    for (const header of ['Environment', 'Criticality', 'Chosen tier', 'Strategy', 'Pinned wave', 'Ready: Backup restore tested']) {
      const letter = inventory.getColumn(h.indexOf(header) + 1).letter;
      const validation = (inventory as unknown as { dataValidations: { find(address: string): ExcelJS.DataValidation | undefined } }).dataValidations.find(`${letter}2`);
      expect(validation, header).toMatchObject({ type: 'list' });
      expect(String(validation?.formulae?.[0])).toMatch(/^Lists!\$[A-Z]+\$1:\$[A-Z]+\$\d+$/);
    }
  });

  it('keeps text that looks like a formula as text', async () => {
    const content = sampleContent();
    content.workloads = content.workloads.map((w, i) =>
      i === 0 ? { ...w, notes: '=HYPERLINK("http://evil.example","click")', owner: '+44 20 7946 0000', businessUnit: '@SUM(A1)', tenant: '-1' } : w,
    );
    const book = await exported(content);
    const inventory = book.getWorksheet('Inventory') as ExcelJS.Worksheet;
    const h = headers(inventory);
    const row = inventory.getRow(2);
    for (const [header, text] of [
      ['Notes', '=HYPERLINK("http://evil.example","click")'],
      ['Owner', '+44 20 7946 0000'],
      ['Business unit', '@SUM(A1)'],
      ['Tenant', '-1'],
    ] as const) {
      const cell = row.getCell(h.indexOf(header) + 1);
      expect(cell.type, header).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.numFmt).toBe('@');
    }
  });
});
