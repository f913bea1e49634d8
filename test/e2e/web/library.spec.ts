import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCREENSHOTS, api, cell, expect, openSample, test } from '../support/fixtures.js';

test('creates, renames and deletes an estate from the start screen', async ({ app }) => {
  await app.getByRole('button', { name: /New estate/ }).click();
  await app.getByRole('textbox', { name: 'Name' }).fill('Clinic network 2027');
  await app.getByRole('button', { name: 'Create' }).click();
  await expect(app.getByRole('button', { name: 'Clinic network 2027' })).toBeVisible();
  await app.getByRole('button', { name: 'Estates' }).click();

  const row = app.locator('tr', { hasText: 'Clinic network 2027' });
  await row.getByRole('button', { name: 'Rename' }).click();
  await app.getByRole('textbox', { name: 'Name' }).fill('Clinic network FY27');
  await app.getByRole('dialog').getByRole('button', { name: 'Rename' }).click();
  await expect(app.getByRole('button', { name: 'Clinic network FY27', exact: true })).toBeVisible();

  await app
    .locator('tr', { hasText: 'Clinic network FY27' })
    .getByRole('button', { name: /Delete/ })
    .click();
  await expect(app.getByRole('dialog', { name: 'Delete estate' })).toBeVisible();
  await app.getByRole('button', { name: 'Move to trash' }).click();
  await expect(app.getByText('No estates yet')).toBeVisible();
});

test('refuses a corrupt estate file with a message that names it', async ({ app }) => {
  // A real estate file (exported, so complete) with pages overwritten in the middle.
  await openSample(app);
  await app.getByRole('button', { name: 'Estates' }).click();
  const [estate] = await api<{ id: string }[]>(app, 'listEstates');
  const exported = await api<{ bytes: string }>(app, 'exportEstateFile', { id: estate?.id });
  const corrupt = Buffer.from(exported.bytes, 'base64');
  corrupt.fill(0xa5, 4096, Math.min(corrupt.length, 4096 * 6));
  const path = join(tmpdir(), 'clinics-handover.waveplan');
  writeFileSync(path, corrupt);

  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: /Open an estate file/ }).click();
  await (await chooser).setFiles(path);
  await expect(app.getByRole('alert')).toContainText('Could not open “clinics-handover.waveplan”');
  await expect(app.getByRole('alert')).toContainText('is damaged');
  await expect(app.getByRole('alert')).toContainText('It was not changed');
  expect(readFileSync(path).equals(corrupt)).toBe(true);
  await app.screenshot({ path: join(SCREENSHOTS, 'refused-file.png') });

  // The library still has only the sample, which still opens.
  await app.getByRole('button', { name: 'Meridian Health Group (sample)', exact: true }).click();
  await expect(cell(app, 'Odoo web (hospital)', 'owner')).toHaveText('ERP platform team');
});

test('an exported estate file opens again as a copy', async ({ app }) => {
  await openSample(app);
  const download = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Export ▾' }).click();
  await app.getByRole('menuitem', { name: /Estate file \(\.waveplan\)/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('meridian-health-group-sample.waveplan');
  const path = join(tmpdir(), `exported-${Date.now()}.waveplan`);
  await file.saveAs(path);

  await app.getByRole('button', { name: 'Estates' }).click();
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: /Open an estate file/ }).click();
  await (await chooser).setFiles(path);
  await expect(app.getByText(/Added “Meridian Health Group \(sample\)” to your library \(45 workloads\)/)).toBeVisible();
  await expect(app.getByText('45 workloads', { exact: true })).toBeVisible();
});

test('two tabs on one estate do not silently overwrite each other', async ({ app, host, context }) => {
  await openSample(app);
  const estateUrl = app.url();
  const other = await context.newPage();
  await other.goto(host.launchUrl);
  await other.goto(estateUrl);
  await expect(cell(other, 'Odoo web (hospital)', 'owner')).toHaveText('ERP platform team');

  await cell(app, 'Odoo web (hospital)', 'owner').click();
  await app.keyboard.type('Tab one');
  await app.keyboard.press('Enter');
  await expect(app.getByText('✓ Saved')).toBeVisible();

  await cell(other, 'Odoo web (hospital)', 'users').click();
  await other.keyboard.type('1500');
  await other.keyboard.press('Enter');
  await expect(other.getByText('Not saved: this estate changed in another window.')).toBeVisible();
  await other.screenshot({ path: join(SCREENSHOTS, 'conflict.png') });
  await other.getByRole('button', { name: 'Reload' }).click();
  await expect(cell(other, 'Odoo web (hospital)', 'owner')).toHaveText('Tab one');
  await expect(cell(other, 'Odoo web (hospital)', 'users')).toHaveText('1400');
});
