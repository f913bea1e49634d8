import { join } from 'node:path';
import { SCREENSHOTS, expect, openSample, test } from '../support/fixtures.js';

// Issue 17: the way back by strategy and role, the rollback time as a critical path, and
// a wave that no longer fits blocked in words that compare correctly.

test('wave 5 of the sample goes back by traffic switches and reverse replication, fits its window, and is blocked when the window shrinks', async ({ app }) => {
  await openSample(app);
  await app.getByRole('tab', { name: 'Rollback' }).click();
  await app.getByRole('button', { name: 'Wave 5', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Wave 5 rollback plan' })).toBeVisible();
  // The refactored warehouse's restore (144 + 10) and its dashboards (15) are the critical path.
  await expect(app.locator('.meter-caption strong')).toHaveText('Rollback 2 h 49 min');
  await expect(app.locator('.meter-caption')).toContainText("fits the 8 h maintenance window; every workload is back within its RTO (the smallest, 1 h, is Redis cache and queue (hospital)'s)");
  await app.waitForTimeout(200);
  await app.screenshot({ path: join(SCREENSHOTS, 'rollback-ways.png') });
  // The runbook is virtualized: a tall window shows the way back, as a person would scroll to it.
  await app.setViewportSize({ width: 1440, height: 6000 });
  const row = (id: string) => app.locator(`.step-row[data-step="${id}"]`);
  await expect(row('catch-up:hosp-object-storage')).toContainText('let reverse replication close its lag (25 GB a day over one 8 h window at 100 GB/h)');
  await expect(row('follow:hosp-pg-replica')).toContainText('it is not promoted');
  await expect(row('restore:group-analytics-dw')).toContainText('Restore the source Analytics warehouse from the cutover backup');
  await expect(app.locator('.step-row[data-step="restore:hosp-object-storage"]')).toHaveCount(0);
  await expect(app.locator('.step-row[data-step="drain:hosp-object-storage"]')).toHaveCount(0);
  // The point of no return and the way back, as the architect reads them.
  const from = await row('wave-5:point-of-no-return').boundingBox();
  if (from) await app.screenshot({ path: join(SCREENSHOTS, 'rollback-ways-steps.png'), clip: { x: 0, y: from.y - 60, width: 1100, height: 1300 } });
  await app.setViewportSize({ width: 1440, height: 900 });

  // The rollback settings carry the new ones. A 2 h window no longer holds the warehouse's restore: the planner
  // splits wave 5, so the rest of it fits, and the warehouse's own wave is blocked, saying why.
  const panel = app.getByRole('complementary', { name: 'Rollback settings' });
  await expect(panel.getByRole('textbox', { name: 'Restores at once' })).toHaveValue('4');
  const window = panel.getByRole('textbox', { name: 'Maintenance window (hours)' });
  await window.fill('2');
  await window.press('Enter');
  await expect(app.locator('.meter-caption')).toContainText('fits the 2 h maintenance window');
  await app.getByRole('button', { name: 'Wave 6', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Wave 6 rollback plan' })).toBeVisible();
  await expect(app.locator('.meter-caption')).toContainText('is longer than the 2 h maintenance window');
  await app.waitForTimeout(200);
  await app.screenshot({ path: join(SCREENSHOTS, 'rollback-blocked.png') });
  await app.getByRole('tab', { name: /Findings/ }).click();
  await expect(app.locator('.finding-card', { hasText: 'Wave 6 is blocked: its rollback takes 2 h 49 min, longer than its 2 h maintenance window' })).toBeVisible();
});
