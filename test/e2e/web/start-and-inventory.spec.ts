import { join } from 'node:path';
import { SCREENSHOTS, cell, expect, openSample, test } from '../support/fixtures.js';

test('a first-time user sees what to do, opens the sample and sees its inventory', async ({ app }) => {
  await expect(app.getByText('No estates yet')).toBeVisible();
  await expect(app.getByRole('button', { name: /Open the healthcare sample/ })).toBeVisible();
  await expect(app.getByRole('button', { name: /New estate/ })).toBeVisible();
  await expect(app.getByRole('button', { name: /Open an estate file/ })).toBeVisible();
  await app.screenshot({ path: join(SCREENSHOTS, 'start-screen-empty.png') });

  await openSample(app);
  await expect(app.getByText('45 workloads', { exact: true })).toBeVisible();
  await expect(app.getByText('✓ Saved')).toBeVisible();
  await expect(cell(app, 'PostgreSQL primary (hospital)', 'sensitivity')).toHaveText('Restricted');
  await cell(app, 'Odoo web (hospital)', 'system').click();
  await expect(app.getByRole('complementary', { name: 'Workload details' }).getByRole('heading', { name: 'Odoo web (hospital)' })).toBeVisible();
  await app.screenshot({ path: join(SCREENSHOTS, 'inventory.png') });

  await app.getByRole('button', { name: 'Estates' }).click();
  await expect(app.getByRole('button', { name: 'Meridian Health Group (sample)', exact: true })).toBeVisible();
  await app.screenshot({ path: join(SCREENSHOTS, 'start-screen.png') });
});

test('an edited cell is saved, survives a reload, and undo takes it back', async ({ app }) => {
  await openSample(app);
  const owner = cell(app, 'Redis cache and queue (hospital)', 'owner');
  await owner.click();
  await app.keyboard.press('Enter');
  await app.keyboard.press('ControlOrMeta+a');
  await app.keyboard.type('Cache platform team');
  await app.keyboard.press('Enter');
  await expect(owner).toHaveText('Cache platform team');
  await expect(app.getByText('✓ Saved')).toBeVisible();

  await app.reload();
  await expect(cell(app, 'Redis cache and queue (hospital)', 'owner')).toHaveText('Cache platform team');

  // Undo history lives in the window; make a second edit after the reload and undo both ways.
  await cell(app, 'Redis cache and queue (hospital)', 'owner').click();
  await app.keyboard.type('Z');
  await app.keyboard.press('Enter');
  await expect(cell(app, 'Redis cache and queue (hospital)', 'owner')).toHaveText('Z');
  await app.keyboard.press('ControlOrMeta+z');
  await expect(cell(app, 'Redis cache and queue (hospital)', 'owner')).toHaveText('Cache platform team');
  await app.keyboard.press('ControlOrMeta+y');
  await expect(cell(app, 'Redis cache and queue (hospital)', 'owner')).toHaveText('Z');
  await app.keyboard.press('ControlOrMeta+Shift+z'); // nothing left to redo: no change
  await app.getByRole('button', { name: /Undo/ }).click();
  await expect(app.getByText('✓ Saved')).toBeVisible();
  await app.reload();
  await expect(cell(app, 'Redis cache and queue (hospital)', 'owner')).toHaveText('Cache platform team');
});

test('a bad value is shown on the cell with the reason, keeps what was typed, and is not saved', async ({ app }) => {
  await openSample(app);
  const rto = cell(app, 'Odoo web (hospital)', 'rtoMinutes');
  await rto.click();
  await app.keyboard.type('soon');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('alert').filter({ hasText: 'RTO must be a number of minutes' })).toBeVisible();
  await expect(rto.locator('input')).toHaveValue('soon');
  await app.keyboard.press('Escape');
  await expect(rto).toHaveText('240');

  const vcpu = cell(app, 'Odoo web (hospital)', 'vcpu');
  await vcpu.click();
  await app.keyboard.type('-4');
  await app.keyboard.press('Enter');
  await expect(app.getByText('vCPU cannot be negative')).toBeVisible();
  await app.keyboard.press('Escape');

  // Typing and then clicking another cell keeps the edit in the cell it was typed in.
  const owner = cell(app, 'Odoo web (hospital)', 'owner');
  await owner.click();
  await app.keyboard.type('Finance IT');
  await cell(app, 'Odoo queue workers (hospital)', 'system').click();
  await expect(owner).toHaveText('Finance IT');
  await expect(cell(app, 'Odoo queue workers (hospital)', 'system')).toHaveText('Odoo ERP');

  // "4h" is understood as 240 minutes.
  await rto.click();
  await app.keyboard.type('8h');
  await app.keyboard.press('Enter');
  await expect(rto).toHaveText('480');
});

test('keyboard moves through the grid and a block pasted from Excel fills cells and rows', async ({ app }) => {
  await app.getByRole('button', { name: /New estate/ }).click();
  await app.getByRole('textbox', { name: 'Name' }).fill('Workshop estate');
  await app.getByRole('button', { name: 'Create' }).click();
  await expect(app.getByText('0 workloads', { exact: true })).toBeVisible();
  await app.getByRole('button', { name: '+ Add workload' }).click();
  await app.keyboard.press('ControlOrMeta+a');
  await app.keyboard.type('Odoo web');
  await app.keyboard.press('Tab');
  await app.keyboard.type('staging');
  await app.keyboard.press('Enter');
  await expect(cell(app, 'Odoo web', 'environment')).toHaveText('Staging');

  // Paste two rows of name, environment, kind, system starting at the name cell of the first row.
  await cell(app, 'Odoo web', 'name').click();
  await app.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Odoo web\tProd\tapp\tOdoo ERP\r\nPostgreSQL\tproduction\tdatabase\tOdoo ERP\r\nRedis\tlive\tcache\tOdoo ERP\r\nBroken\tsomewhere\tcache\tOdoo ERP\r\n');
    document.querySelector('.inventory-grid')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expect(app.getByText('4 workloads', { exact: true })).toBeVisible();
  await expect(cell(app, 'Odoo web', 'environment')).toHaveText('Production');
  await expect(cell(app, 'Redis', 'kind')).toHaveText('Cache');
  await expect(cell(app, 'Broken', 'environment')).toHaveText('somewhere');
  await expect(cell(app, 'Broken', 'environment')).toHaveClass(/invalid/);
  await expect(app.getByText(/1 need fixing/)).toBeVisible();

  await cell(app, 'PostgreSQL', 'name').click();
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('F2');
  await app.keyboard.press('ControlOrMeta+a');
  await app.keyboard.type('database');
  await app.keyboard.press('Enter');
  await expect(cell(app, 'Redis', 'kind')).toHaveText('Database');
});

test('a workload added below the fold is scrolled to and named in place', async ({ app }) => {
  await openSample(app);
  await app.getByRole('button', { name: '+ Add workload' }).click();
  const editor = app.locator('.cell-editor input');
  await expect(editor).toBeInViewport();
  await app.screenshot({ path: join(SCREENSHOTS, 'inventory-add-workload.png') });
  await app.keyboard.press('ControlOrMeta+a');
  await app.keyboard.type('Keycloak staging');
  await app.keyboard.press('Enter');
  await expect(cell(app, 'Keycloak staging', 'name')).toBeInViewport();
  await expect(app.getByText('46 workloads', { exact: true })).toBeVisible();
});

test('bulk edit sets one field on the selected workloads', async ({ app }) => {
  await openSample(app);
  await app.getByLabel('Filter by environment').selectOption('development');
  await expect(app.getByText('3 of 45 workloads')).toBeVisible();
  await app.getByLabel('Select all visible workloads').check();
  await expect(app.getByText('3 selected')).toBeVisible();
  await app.locator('#bulk-field').selectOption('owner');
  await app.locator('#bulk-value').fill('Dev platform team');
  await app.getByRole('button', { name: 'Apply' }).click();
  await expect(app.getByText('Set owner on 3 workloads.')).toBeVisible();
  await expect(app.locator('.grid-row [data-col="owner"]', { hasText: 'Dev platform team' })).toHaveCount(3);
  await app.screenshot({ path: join(SCREENSHOTS, 'inventory-bulk-edit.png') });
});
