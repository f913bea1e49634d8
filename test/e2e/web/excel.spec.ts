import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCREENSHOTS, expect, openSample, test } from '../support/fixtures.js';

test.describe('Excel', () => {
  test('the plan workbook and the CSVs download from the Export menu', async ({ app }) => {
    await openSample(app);
    await app.getByRole('button', { name: 'Export ▾' }).click();
    await app.screenshot({ path: join(SCREENSHOTS, 'export-menu.png') });
    const download = app.waitForEvent('download');
    await app.getByRole('menuitem', { name: /Plan workbook for the client/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('meridian-health-group-sample-migration-plan.xlsx');
    const path = join(tmpdir(), `plan-${Date.now()}.xlsx`);
    await file.saveAs(path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'Inventory', 'Dependencies', 'Waves', 'Cutover', 'Rollback', 'Costs', 'Findings', 'Lists']);
    expect(book.getWorksheet('Inventory')?.rowCount).toBe(46);

    await app.getByRole('button', { name: 'Export ▾' }).click();
    const csv = app.waitForEvent('download');
    await app.getByRole('menuitem', { name: /Waves as CSV/ }).click();
    const waves = await csv;
    expect(waves.suggestedFilename()).toBe('meridian-health-group-sample-waves.csv');
    const text = readFileSync(await waves.path(), 'utf8');
    expect(text.startsWith('\uFEFFWave,Phase,Start,Cutover')).toBe(true);
  });
});
