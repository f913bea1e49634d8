import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCREENSHOTS, cell, expect, openSample, test } from '../support/fixtures.js';

// A client's inventory as it arrives: semicolons, a BOM, dotted thousands, RAM in MiB,
// recovery objectives in hours, Y/N data flags, its own words for environments. Imported
// with no hand mapping, the preview shows each value converted beside what the file said,
// and the grid holds the true numbers.

const CSV = [
  'Server Name;Env;Memory (MiB);Recovery Time Obj (hrs);RPO (hrs);Monthly cost (EUR);Contains PHI? (Y/N);PCI',
  'Lab results portal;PRD;4096;4;1;1.950;Y;N',
  'Lab results database;PRD;16384;4;0,5;2.200;Y;N',
  'Card payments gateway;ACC;8192;8;4;250;N;Y',
].join('\r\n');

test('a client’s CSV with units, locale and flags comes in with the true numbers', async ({ app }) => {
  await openSample(app);
  const path = join(tmpdir(), `client-units-${Date.now()}.csv`);
  writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')]));

  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(path);
  const dialog = app.getByRole('dialog', { name: /^Import client-units-/ });
  // Nothing mapped by hand: the units, the number style and the flags are read from the file.
  await expect(dialog.getByLabel('Field for Memory (MiB)')).toHaveValue('field:memoryGb');
  await expect(dialog.getByLabel('Unit of Memory (MiB)')).toHaveValue('MiB');
  await expect(dialog.getByLabel('Field for Recovery Time Obj (hrs)')).toHaveValue('field:rtoMinutes');
  await expect(dialog.getByLabel('Unit of Recovery Time Obj (hrs)')).toHaveValue('h');
  await expect(dialog.getByLabel('Field for Contains PHI? (Y/N)')).toHaveValue('flag:phi');
  await expect(dialog.getByLabel('Field for PCI')).toHaveValue('flag:financial');
  await expect(dialog.getByRole('row', { name: /Monthly cost \(EUR\)/ })).toContainText('as 1.234,5');
  // "ACC" is guessed as staging, and shown as a guess that can be changed.
  await expect(dialog.getByLabel('Value for Env “ACC”')).toHaveValue('staging');
  await app.screenshot({ path: join(SCREENSHOTS, 'import-units-mapping.png') });

  await dialog.getByRole('button', { name: 'Preview' }).click();
  const stored = dialog.getByRole('region', { name: 'As stored' });
  const portal = stored.getByRole('row', { name: /Lab results portal/ });
  await expect(portal).toContainText('4 GB ← 4096 MiB');
  await expect(portal).toContainText('240 min ← 4 h');
  await expect(portal).toContainText('1,950 EUR ← 1.950');
  await expect(portal).toContainText('adds PHI ← Y');
  await expect(stored.getByRole('row', { name: /Card payments gateway/ })).toContainText('Staging ← ACC');
  await expect(dialog.locator('.import-counts')).toContainText('3 to add');
  await expect(dialog.getByRole('region', { name: 'Problems' })).toHaveCount(0);
  await app.screenshot({ path: join(SCREENSHOTS, 'import-units-preview.png') });
  await dialog.getByRole('button', { name: /^Import \d+ changes/ }).click();
  await expect(dialog).toHaveCount(0);

  await app.getByLabel('Search workloads').fill('Lab results');
  await expect(cell(app, 'Lab results portal', 'memoryGb')).toHaveText('4');
  await expect(cell(app, 'Lab results portal', 'rtoMinutes')).toHaveText('240');
  await expect(cell(app, 'Lab results database', 'rpoMinutes')).toHaveText('30');
  await expect(cell(app, 'Lab results database', 'currentMonthlyCost')).toHaveText('2200');
  await expect(cell(app, 'Lab results portal', 'dataClasses')).toHaveText('PHI');
  await app.getByLabel('Search workloads').fill('Card payments');
  await expect(cell(app, 'Card payments gateway', 'environment')).toHaveText('Staging');
  await expect(cell(app, 'Card payments gateway', 'dataClasses')).toHaveText('Financial');
});

test('the mapping asks how an ambiguous column writes numbers, and the preview questions memory that looks like MiB', async ({ app }) => {
  await openSample(app);
  const path = join(tmpdir(), `client-ambiguous-${Date.now()}.csv`);
  writeFileSync(path, ['Server;Memory;Monthly cost', 'Alpha;4096;1.950', 'Beta;8;1.5'].join('\n'));
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(path);
  const dialog = app.getByRole('dialog', { name: /^Import client-ambiguous-/ });
  const style = dialog.getByLabel('Number style of Monthly cost');
  await expect(style).toHaveValue('');
  await expect(style.locator('option:checked')).toHaveText('“1.950” means…?');
  await app.screenshot({ path: join(SCREENSHOTS, 'import-units-ambiguous.png') });

  // Unanswered, the value that reads two ways is a problem at its cell; the odd memory is a warning.
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('region', { name: 'Problems' })).toContainText('“1.950” could be 1.95 or 1,950');
  await expect(dialog.getByRole('region', { name: 'Warnings' })).toContainText('4,096 GB of memory for one workload: looks like MiB');
  await app.screenshot({ path: join(SCREENSHOTS, 'import-units-warnings.png') });

  await dialog.getByRole('button', { name: 'Back to the mapping' }).click();
  await dialog.getByLabel('Number style of Monthly cost').selectOption({ label: 'as 1234.5' });
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('region', { name: 'Problems' })).toHaveCount(0);
  await expect(dialog.getByRole('region', { name: 'As stored' }).getByRole('row', { name: /Alpha/ })).toContainText('1.95 EUR ← 1.950');
  await dialog.getByRole('button', { name: /^Import \d+ changes/ }).click();
  await app.getByLabel('Search workloads').fill('Alpha');
  await expect(cell(app, 'Alpha', 'currentMonthlyCost')).toHaveText('1.95');
});
