import { join } from 'node:path';
import { SCREENSHOTS, cell, expect, openSample, test } from '../support/fixtures.js';

// Issue 14: a workload with no data classes is unclassified, not public. Until it is
// classified, production is planned as restricted; the Tiers view says so and leads to
// the inventory's bulk edit to classify.

test('unclassified production is planned as restricted, said in the Tiers view, and classified in bulk', async ({ app }) => {
  await openSample(app);
  await app.getByRole('button', { name: '+ Add workload' }).click();
  await app.keyboard.press('ControlOrMeta+a');
  await app.keyboard.type('Payroll export job');
  await app.keyboard.press('Enter');
  await expect(cell(app, 'Payroll export job', 'name')).toBeVisible();
  await expect(app.getByText('✓ Saved')).toBeVisible();

  await app.getByRole('tab', { name: 'Tiers' }).click();
  const notice = app.locator('[data-unclassified]');
  await expect(notice).toContainText('1 production workload has no data classes.');
  await expect(notice).toContainText('treated as restricted and recommended a dedicated environment');
  await app.getByLabel('Sensitivity').selectOption('unclassified');
  const row = app.locator('.tiers-row', { hasText: 'Payroll export job' });
  await expect(row).toContainText('Unclassified');
  await expect(row).toContainText('Dedicated environment');
  await app.screenshot({ path: join(SCREENSHOTS, 'tiers-unclassified.png') });

  // The estate's setting relaxes it (undoably), and says what that means.
  await notice.getByLabel('Treat unclassified production as restricted').uncheck();
  await expect(notice).toContainText('its recommendation may be too weak');
  await expect(row).toContainText('Multi-tenant');
  await notice.getByLabel('Treat unclassified production as restricted').check();
  await expect(row).toContainText('Dedicated environment');

  // Classify them: the inventory opens filtered to what needs classifying.
  await notice.getByRole('button', { name: 'Classify in the inventory' }).click();
  await expect(app.getByText('1 of 46 workloads')).toBeVisible();
  await app.getByLabel('Select all visible workloads').check();
  await app.locator('#bulk-field').selectOption('dataClasses');
  await app.locator('#bulk-value').fill('financial, workforce');
  await app.getByRole('button', { name: 'Apply' }).click();
  await expect(app.getByText('0 of 46 workloads')).toBeVisible();
  await app.getByRole('tab', { name: 'Tiers' }).click();
  await expect(app.locator('[data-unclassified]')).toHaveCount(0);
  await app.getByLabel('Search tiers').fill('Payroll export');
  await expect(app.locator('.tiers-row', { hasText: 'Payroll export job' })).toContainText('Confidential');
});
