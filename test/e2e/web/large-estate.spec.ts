import { join } from 'node:path';
import { SCREENSHOTS, cell, expect, test } from '../support/fixtures.js';
import { openLargeEstate } from '../support/large-estate.js';

test('a 10,000-workload estate opens, scrolls to its last row and saves an edit there', async ({ app, host }) => {
  await openLargeEstate(app, host);
  // Virtualized: only the rows in view are in the page.
  expect(await app.locator('.grid-row').count()).toBeLessThan(80);

  await app.locator('.grid-row').first().locator('[data-col="owner"]').click();
  await app.keyboard.press('ControlOrMeta+End');
  await app.keyboard.press('ControlOrMeta+ArrowDown');
  const last = 'Rostering 139 integration 9999';
  await expect(cell(app, last, 'blackouts')).toHaveClass(/active/); // the last column: the workload's own blackouts
  await app.keyboard.press('Home');
  await app.keyboard.press('ArrowRight');
  await app.keyboard.type('test');
  await app.keyboard.press('Enter');
  await expect(app.getByText('✓ Saved')).toBeVisible();
  await app.screenshot({ path: join(SCREENSHOTS, 'inventory-10k.png') });
  await app.reload();
  await expect(app.getByText('10,000 workloads', { exact: true })).toBeVisible();
  await app.getByLabel('Search workloads').fill('integration 9999');
  await expect(cell(app, last, 'environment')).toHaveText('Test');

  // The graph opens collapsed, one node per system, and expands a system on click.
  await app.getByRole('tab', { name: 'Graph' }).click();
  await expect(app.getByText(/10,000 workloads shown as 1,667 systems, with the 600 heaviest links/)).toBeVisible();
  await expect(app.locator('.layout-status')).toHaveCount(0);
  await app.screenshot({ path: join(SCREENSHOTS, 'graph-10k-collapsed.png') });
  await app.keyboard.press('ControlOrMeta+k');
  await app.getByPlaceholder('Find a workload…').fill(last);
  await app.keyboard.press('Enter');
  await expect(app.locator('.react-flow__node.selected')).toContainText(last);
  // Its system is expanded: one system node fewer (only what is on screen is drawn, so count by the banner).
  await expect(app.getByText(/10,000 workloads shown as 1,666 systems/)).toBeVisible();
});

test('the Tiers and Findings views stay usable on a 10,000-workload estate', async ({ app, host }) => {
  await openLargeEstate(app, host);

  await app.getByRole('tab', { name: /Findings/ }).click();
  await expect(app.getByText(/of [0-9,]+ findings/)).toBeVisible();
  expect(await app.locator('.finding-card').count()).toBeLessThan(30);
  await app.screenshot({ path: join(SCREENSHOTS, 'findings-10k.png') });

  await app.getByRole('tab', { name: 'Tiers' }).click();
  await expect(app.getByText('10,000 of 10,000')).toBeVisible();
  expect(await app.locator('.tiers-row').count()).toBeLessThan(40);
  // A choice on the last row is saved and shown against its recommendation.
  await app.getByLabel('Search tiers').fill('integration 9999');
  const row = app.locator('.tiers-row', { hasText: 'integration 9999' });
  await row.getByLabel(/Chosen tier for/).selectOption('dedicated-environment');
  await expect(app.getByText('✓ Saved')).toBeVisible();
  await expect(row.locator('.status-text')).toHaveText('Chosen as recommended');
  await app.screenshot({ path: join(SCREENSHOTS, 'tiers-10k.png') });

  // The plan comes from a worker; the view stays responsive and shows it when ready.
  await app.getByRole('tab', { name: 'Waves' }).click();
  await expect(app.getByText(/\d+ workloads planned/)).toBeVisible({ timeout: 20_000 });
  expect(await app.locator('.member-chip').count()).toBeLessThan(2_000);
  await app.screenshot({ path: join(SCREENSHOTS, 'waves-10k.png') });
});

test('the Rollback and Costs views stay usable on a 10,000-workload estate', async ({ app, host }) => {
  await openLargeEstate(app, host);
  await app.getByRole('tab', { name: 'Rollback' }).click();
  await expect(app.getByRole('heading', { name: /Wave \d+ rollback plan/ })).toBeVisible({ timeout: 20_000 });
  // Thousands of steps, only those in view in the page.
  expect(await app.locator('.step-row').count()).toBeLessThan(60);
  const first = app.locator('.step-row').first();
  await first.getByLabel('Owner').fill('Cutover lead');
  await first.getByLabel('Owner').press('Enter');
  await expect(app.getByText('✓ Saved')).toBeVisible();
  await app.screenshot({ path: join(SCREENSHOTS, 'rollback-10k.png') });

  await app.getByRole('tab', { name: 'Costs' }).click();
  await expect(app.getByRole('table', { name: 'Costs per wave' })).toBeVisible();
  expect(await app.locator('.cost-grid .cost-grid-row').count()).toBeLessThan(60);
  const rate = app.getByRole('textbox', { name: 'Effort day rate' });
  const total = app
    .getByRole('table', { name: 'Costs per wave' })
    .getByRole('row', { name: /^Planned in waves/ })
    .locator('td')
    .nth(3);
  const before = await total.textContent();
  await rate.fill('1000');
  await rate.press('Enter');
  await expect(total).not.toHaveText(before as string);
  await app.screenshot({ path: join(SCREENSHOTS, 'costs-10k.png') });
});

test('the 10,000-workload plan exports to Excel with its progress shown', async ({ app, host }) => {
  test.setTimeout(120_000);
  await openLargeEstate(app, host);
  await app.getByRole('button', { name: 'Export ▾' }).click();
  const download = app.waitForEvent('download', { timeout: 90_000 });
  await app.getByRole('menuitem', { name: /Plan workbook for the client/ }).click();
  await expect(app.getByRole('status').filter({ hasText: /Writing the plan workbook: the [\w ]+ sheet \(\d+ of 12\)/ })).toBeVisible({ timeout: 30_000 });
  await app.screenshot({ path: join(SCREENSHOTS, 'export-progress-10k.png') });
  const file = await download;
  expect(file.suggestedFilename()).toBe('synthetic-group-10k-migration-plan.xlsx');
  const { statSync } = await import('node:fs');
  expect(statSync(await file.path()).size).toBeGreaterThan(5_000_000);
});
