import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { downloadPlanWorkbook, expect, openSample, test } from '../support/fixtures.js';
import { openLargeEstate } from '../support/large-estate.js';

// Issue 15: the badge, the Findings view and the workbook read one report, and views
// read the report that is there instead of planning again.

async function highInWorkbook(app: Page): Promise<number> {
  const path = await downloadPlanWorkbook(app, 'report');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Findings') as ExcelJS.Worksheet;
  let high = 0;
  sheet.eachRow((row, n) => {
    if (n > 1 && row.getCell(1).value === 'high') high++;
  });
  return high;
}

test('the badge, the Findings view and the workbook count the same high findings', async ({ app }) => {
  await openSample(app);
  const badge = app.locator('[data-high-findings]');
  await expect(badge).toBeVisible();
  const fromBadge = Number(await badge.getAttribute('data-high-findings'));
  await app.getByRole('tab', { name: /Findings/ }).click();
  const toggle = app.getByRole('button', { name: /^High \d+/ });
  await expect(toggle).toBeVisible();
  const fromView = Number((await toggle.textContent())?.replace(/\D/g, ''));
  expect(fromView).toBe(fromBadge);
  expect(await highInWorkbook(app)).toBe(fromBadge);
  // The sample's runbooks fit their windows and RTOs (issue 17), so no wave is blocked among them.
  await expect(app.locator('.finding-card', { hasText: /Wave \d+ is blocked/ })).toHaveCount(0);
});

test('switching between Waves, Rollback, Costs and Findings on 10,000 workloads does not plan again', async ({ app, host }) => {
  await openLargeEstate(app, host);

  await app.getByRole('tab', { name: 'Waves' }).click();
  await expect(app.locator('.wave-card').first()).toBeVisible({ timeout: 60_000 });
  await expect(app.getByText('Replanning…')).toHaveCount(0);
  const plansMade = await app.evaluate(() => document.documentElement.dataset.plansMade);
  expect(Number(plansMade)).toBeGreaterThan(0);

  await app.getByRole('tab', { name: 'Rollback' }).click();
  await expect(app.getByRole('heading', { name: /Wave \d+ rollback plan/ })).toBeVisible({ timeout: 30_000 });
  await app.getByRole('tab', { name: 'Costs' }).click();
  await expect(app.locator('.costs-view')).toBeVisible({ timeout: 30_000 });
  await app.getByRole('tab', { name: /Findings/ }).click();
  await expect(app.locator('.finding-card').first()).toBeVisible({ timeout: 30_000 });
  await app.getByRole('tab', { name: 'Waves' }).click();
  await expect(app.locator('.wave-card').first()).toBeVisible();
  expect(await app.evaluate(() => document.documentElement.dataset.plansMade)).toBe(plansMade);
});
