import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCREENSHOTS, downloadPlanWorkbook, expect, openSample, test } from '../support/fixtures.js';

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
    expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'Inventory', 'Dependencies', 'Waves', 'Wave members', 'Cutover', 'Rollback', 'Costs', 'Findings', 'Settings', 'Lists']);
    expect(book.getWorksheet('Inventory')?.rowCount).toBe(46);
    // Each finding names its controls (issue 18), labels joined with "; ".
    const findings = book.getWorksheet('Findings') as ExcelJS.Worksheet;
    expect(findings.getRow(1).getCell(3).value).toBe('Controls');
    expect(String(findings.getRow(2).getCell(3).value)).toMatch(/^(HIPAA|GDPR|ISO 27001) [^;]+(; (HIPAA|GDPR|ISO 27001) [^;]+)*$/);

    await app.getByRole('button', { name: 'Export ▾' }).click();
    const csv = app.waitForEvent('download');
    await app.getByRole('menuitem', { name: /Waves as CSV/ }).click();
    const waves = await csv;
    expect(waves.suggestedFilename()).toBe('meridian-health-group-sample-waves.csv');
    const text = readFileSync(await waves.path(), 'utf8');
    expect(text.startsWith('\uFEFFWave,Phase,Start,Cutover')).toBe(true);
  });
});

test.describe('bringing a workbook back', () => {
  test('an exported workbook with one cell changed comes back as a one-line diff, and the plan follows', async ({ app }) => {
    await openSample(app);
    const path = await downloadPlanWorkbook(app, 'returned');

    // The client pins the patient portal to wave 6 in Excel.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.getWorksheet('Inventory') as ExcelJS.Worksheet;
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    sheet.eachRow((row) => {
      if (row.getCell(2).value === 'Patient portal (web)') row.getCell(headers.indexOf('Pinned wave') + 1).value = 6;
    });
    await book.xlsx.writeFile(path);

    const chooser = app.waitForEvent('filechooser');
    await app.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles(path);
    const dialog = app.getByRole('dialog', { name: /^Import returned-/ });
    await expect(dialog.getByLabel('Field for Pinned wave')).toHaveValue('field:pinnedWave');
    // The workbook's own Dependencies sheet is offered for the dependencies, its columns mapped.
    await expect(dialog.getByLabel('Dependencies from')).toHaveValue('sheet:Dependencies');
    await expect(dialog.getByLabel('Dependency role of Consumer', { exact: true })).toHaveValue('consumer');
    await app.screenshot({ path: join(SCREENSHOTS, 'import-round-trip-mapping.png') });
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(dialog.getByRole('region', { name: 'Changes' })).toContainText('Patient portal (web)');
    await expect(dialog.getByRole('region', { name: 'Changes' })).toContainText('Pinned wave: (blank) → 6');
    await expect(dialog.locator('.import-counts')).toContainText('1 to update');
    await expect(dialog.locator('.import-counts')).toContainText('44 unchanged');
    await app.screenshot({ path: join(SCREENSHOTS, 'import-preview.png') });
    await dialog.getByRole('button', { name: 'Import one change' }).click();
    await expect(dialog).toHaveCount(0);

    await app.getByRole('tab', { name: 'Waves' }).click();
    await expect(app.getByRole('article', { name: 'Wave 6', exact: true }).locator('.member-chip.pinned')).toContainText('Patient portal (web)');
    // One undo takes the whole import back.
    await app.keyboard.press('ControlOrMeta+z');
    await expect(app.getByRole('article', { name: 'Wave 6', exact: true }).locator('.member-chip.pinned')).toHaveCount(0);
  });

  test('a client’s CSV with its own headers, semicolons and Latin-1 goes through the mapping step', async ({ app }) => {
    await openSample(app);
    const csv = [
      'Server Name;Env;Application;Server Role;Business Criticality;Monthly run cost;Depends on;Rack',
      'Radiology PACS;PRD;Radiology;App;High;1 200;;R12',
      'PACS database;Prod;Radiology;DB;High;800;;R12',
      'PACS viewer (Zürich);UAT;Radiology;web;Medium;150;Radiology PACS;R14',
      'Badge printer;Moon;Facilities;App;Low;20;;R1',
    ].join('\r\n');
    const path = join(tmpdir(), `client-${Date.now()}.csv`);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, Buffer.from(csv, 'latin1'));

    const chooser = app.waitForEvent('filechooser');
    await app.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles(path);
    const dialog = app.getByRole('dialog', { name: /^Import client-/ });
    await expect(dialog).toContainText('read as Latin-1 (Windows-1252)');
    await expect(dialog.getByLabel('Field for Server Name')).toHaveValue('field:name');
    await expect(dialog.getByLabel('Field for Env')).toHaveValue('field:environment');
    await expect(dialog.getByLabel('Field for Depends on')).toHaveValue('dependsOn');
    await expect(dialog.getByLabel('Field for Rack')).toHaveValue('notes');
    // "Monthly run cost" is guessed; "Server Role" is mapped by hand to the kind.
    await dialog.getByLabel('Field for Server Role').selectOption('field:kind');
    await app.screenshot({ path: join(SCREENSHOTS, 'import-mapping.png') });
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const problems = dialog.getByRole('region', { name: 'Problems' });
    await expect(problems).toContainText('Moon');
    await expect(problems.getByRole('row', { name: /Moon/ })).toContainText('5');
    await expect(problems.getByRole('row', { name: /Moon/ })).toContainText('B (Env)');
    await expect(problems.getByRole('row')).toHaveCount(2);
    await expect(dialog.locator('.import-counts')).toContainText('3 to add');
    await expect(dialog.locator('.import-counts')).toContainText('1 dependencies to add');
    await app.screenshot({ path: join(SCREENSHOTS, 'import-problems.png') });
    await expect(dialog.getByRole('button', { name: /^Import/ })).toBeDisabled();
    await expect(dialog.getByLabel('Leave out the row with problems and import the rest')).toBeVisible();
    // Back in the mapping, say what "Moon" means: the row comes in too.
    await dialog.getByRole('button', { name: 'Back to the mapping' }).click();
    await dialog.getByLabel('Value for Env “Moon”').selectOption('test');
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(dialog.locator('.import-counts')).toContainText('4 to add');
    await expect(dialog.getByRole('region', { name: 'Problems' })).toHaveCount(0);
    await dialog.getByRole('button', { name: /^Import \d+ changes/ }).click();
    await expect(app.getByText('49 workloads', { exact: true })).toBeVisible();
    await app.getByLabel('Search workloads').fill('Zürich');
    await expect(app.locator('.grid-row')).toHaveCount(1);
  });
});
