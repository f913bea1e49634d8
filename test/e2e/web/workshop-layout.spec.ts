import { join } from 'node:path';
import { SCREENSHOTS, cell, expect, openSample, test } from '../support/fixtures.js';

// Issue 19: the inventory, the side panels and the Waves view on a 1366 × 768 laptop.
// Each test failed before its fix.

test.use({ viewport: { width: 1366, height: 768 } });

test('the inventory gives the whole width to the grid until a workload is picked, and its details fold back', async ({ app }) => {
  await openSample(app);
  const grid = app.getByRole('grid', { name: 'Workload inventory' });
  await expect(app.getByRole('complementary', { name: 'Workload details' })).toHaveCount(0);
  expect((await grid.boundingBox())!.width).toBeGreaterThan(1300);
  await expect(app.getByText(/Arrow keys move, Enter edits/)).toBeVisible();
  await cell(app, 'Odoo web (hospital)', 'owner').click();
  await expect(app.getByRole('complementary', { name: 'Workload details' })).toBeVisible();
});

test('the Name column stays in view when the inventory scrolls right', async ({ app }) => {
  await openSample(app);
  const name = cell(app, 'Odoo web (hospital)', 'name');
  const before = (await name.boundingBox())!;
  // The last column: the grid scrolls right to bring it into view.
  await cell(app, 'Odoo web (hospital)', 'owner').click();
  await app.keyboard.press('End');
  await expect(cell(app, 'Odoo web (hospital)', 'blackouts')).toHaveClass(/active/);
  await expect.poll(() => app.locator('.inventory-grid').evaluate((el) => el.scrollLeft)).toBeGreaterThan(200);
  const after = (await name.boundingBox())!;
  expect(after.x).toBe(before.x);
  // Nothing scrolled under it shows through: the name is the cell drawn at its middle.
  const onTop = await app.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('[data-col]')?.getAttribute('data-col'), [after.x + after.width / 2, after.y + after.height / 2] as const);
  expect(onTop).toBe('name');
  await expect(app.locator('.grid-header [role="columnheader"]', { hasText: /^Name$/ })).toBeInViewport();
  // Moving back left brings a column hidden under the frozen name into view beside it.
  await app.keyboard.press('Home');
  await app.keyboard.press('ArrowRight');
  const system = (await app.locator('.grid-row .cell.active').boundingBox())!;
  expect(system.x).toBeGreaterThanOrEqual(after.x + after.width - 1);
  await app.screenshot({ path: join(SCREENSHOTS, 'inventory-frozen-name.png') });
});

test('the Waves view says the waves are planned already and takes you to the plan settings', async ({ app }) => {
  await openSample(app);
  await app.getByRole('tab', { name: 'Waves' }).click();
  await expect(app.getByRole('note')).toContainText(/These \d+ waves are already planned from your \d+ workloads\. There is nothing to generate/);
  const settings = app.getByRole('complementary', { name: 'Plan settings', exact: true });
  const heading = settings.getByRole('heading', { name: 'Plan settings' });
  // Below the plan's issues and the lists: at the foot of the window, most of it under the fold.
  expect((await heading.boundingBox())!.y).toBeGreaterThan(500);
  await app.getByRole('button', { name: '⚙ Plan settings' }).click();
  await expect.poll(async () => (await heading.boundingBox())!.y).toBeLessThan(150);
  await expect(settings.locator('input[type="date"]').first()).toBeFocused();
});

test('a side panel folds to a rail and opens again, giving its width to the view', async ({ app }) => {
  await openSample(app);
  await app.getByRole('tab', { name: 'Waves' }).click();
  const timeline = app.getByRole('region', { name: 'Wave timeline' });
  const wide = (await timeline.boundingBox())!.width;
  await app.getByRole('button', { name: 'Hide plan settings and what gave way' }).click();
  const rail = app.getByRole('button', { name: /Plan settings and what gave way/ });
  await expect(rail).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(async () => (await timeline.boundingBox())!.width).toBeGreaterThan(wide + 250);
  await app.screenshot({ path: join(SCREENSHOTS, 'waves-side-folded.png') });
  // The settings button opens it again where the settings are.
  await app.getByRole('button', { name: '⚙ Plan settings' }).click();
  await expect(app.getByRole('complementary', { name: 'Plan settings', exact: true })).toBeVisible();
});

test('What gave way speaks plainly: no loose links, hybrid links or move units', async ({ app }) => {
  await openSample(app);
  await app.getByRole('tab', { name: 'Waves' }).click();
  const issues = app.getByRole('region', { name: 'Plan issues' });
  await expect(issues).toContainText('Critical work moves before the process is fully tried');
  await expect(issues).not.toContainText(/hybrid link|loose link|move unit|gave way for/);
});

test('the Graph and Costs side panels fold to a rail too, giving their width to the canvas and the figures', async ({ app }) => {
  await openSample(app);
  await app.getByRole('tab', { name: 'Graph' }).click();
  await expect(app.locator('.graph-main[data-layout="ready"]')).toHaveCount(1);
  const canvas = app.locator('.graph-main');
  const narrow = (await canvas.boundingBox())!.width;
  await app.getByRole('button', { name: 'Hide graph details' }).click();
  await expect(app.getByRole('button', { name: /Graph details/ })).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(async () => (await canvas.boundingBox())!.width).toBeGreaterThan(narrow + 250);
  await app.screenshot({ path: join(SCREENSHOTS, 'graph-side-folded.png') });

  await app.getByRole('tab', { name: 'Costs' }).click();
  const figures = app.locator('.waves-main');
  const before = (await figures.boundingBox())!.width;
  await app.getByRole('button', { name: 'Hide rate card' }).click();
  await expect.poll(async () => (await figures.boundingBox())!.width).toBeGreaterThan(before + 250);
  await app.getByRole('button', { name: /Rate card/ }).click();
  await expect(app.getByRole('textbox', { name: 'vCPU, per month' })).toBeVisible();
});
