import { join } from 'node:path';
import { SCREENSHOTS, expect, openSample, test } from '../support/fixtures.js';

test.describe('the dependency graph', () => {
  test('lays out the sample, groups it by system and explains its cycle', async ({ app }) => {
    await openSample(app);
    await app.getByRole('tab', { name: 'Graph' }).click();
    await expect(app.locator('.react-flow__node-workload')).toHaveCount(45);
    await expect(app.locator('.graph-main[data-layout="ready"]')).toHaveCount(1);
    await app.waitForTimeout(400);
    await app.screenshot({ path: join(SCREENSHOTS, 'graph.png') });

    // A second layout (the first loaded ELK in the worker) must finish too.
    await app.getByLabel('Grouping').selectOption('system');
    await expect(app.locator('.group-label', { hasText: 'Odoo ERP' })).toBeVisible();
    await expect(app.locator('.graph-main[data-layout="ready"]')).toHaveCount(1);
    await app.waitForTimeout(300);
    await app.screenshot({ path: join(SCREENSHOTS, 'graph-by-system.png') });
    await app.getByLabel('Grouping').selectOption('none');
    await expect(app.locator('.graph-main[data-layout="ready"]')).toHaveCount(1);

    const cycle = app.locator('.cycle-card');
    await expect(cycle).toContainText('Pharmacy inventory → Procurement and supplier portal → Pharmacy inventory');
    await expect(cycle).toContainText('They must move together');
    await cycle.getByRole('button', { name: /Highlight its 2 dependencies/ }).click();
    await expect(app.locator('.wl-node:not(.dimmed)')).toHaveCount(2);
    await app.screenshot({ path: join(SCREENSHOTS, 'graph-cycle.png') });
  });

  test('search focuses a workload, and a dependency dragged between nodes is saved and undone', async ({ app }) => {
    await openSample(app);
    await app.getByRole('tab', { name: 'Graph' }).click();
    await expect(app.locator('.react-flow__node-workload')).toHaveCount(45);
    await expect(app.locator('.layout-status')).toHaveCount(0);

    await app.keyboard.press('ControlOrMeta+k');
    await app.getByPlaceholder('Find a workload…').fill('Secrets vault');
    await app.keyboard.press('Enter');
    await expect(app.locator('.react-flow__node.selected')).toContainText('Secrets vault');
    await expect(app.getByRole('region', { name: 'Workload details' }).getByRole('heading', { name: 'Secrets vault' })).toBeVisible();

    // Analytics dashboards → Secrets vault does not exist yet: draw it (0 fits the whole graph).
    await app.keyboard.press('0');
    const from = app.locator('.react-flow__node', { hasText: 'Analytics dashboards' }).locator('.react-flow__handle-right');
    const to = app.locator('.react-flow__node', { hasText: 'Secrets vault' }).locator('.react-flow__handle-left');
    await from.hover();
    await app.mouse.down();
    const box = await to.boundingBox();
    if (!box) throw new Error('no target node');
    await app.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 12 });
    await app.mouse.up();
    const dialog = app.getByRole('dialog', { name: 'New dependency' });
    await expect(dialog).toContainText('Analytics dashboards depends on Secrets vault');
    await dialog.getByLabel('Kind').selectOption('identity');
    await dialog.getByRole('button', { name: 'Create dependency' }).click();
    await expect(app.getByRole('heading', { name: 'Dependency' })).toBeVisible();
    await expect(app.getByText('✓ Saved')).toBeVisible();

    // The inventory's detail panel lists it.
    await app.getByRole('tab', { name: 'Inventory' }).click();
    await app.locator('.grid-row', { hasText: 'Analytics dashboards' }).locator('[data-col="name"]').click();
    const details = app.getByRole('complementary', { name: 'Workload details' });
    await expect(details.locator('.dep-list li', { hasText: 'Secrets vault' })).toContainText('identity, loose');

    await app.keyboard.press('ControlOrMeta+z');
    await expect(details.locator('.dep-list li', { hasText: 'Secrets vault' })).toHaveCount(0);
    await expect(app.getByText('✓ Saved')).toBeVisible();
  });
});

test('double-click adds a workload, a dragged position is kept, Delete removes it and undo brings it back, and the graph exports', async ({ app }) => {
  await app.getByRole('button', { name: /New estate/ }).click();
  await app.getByRole('textbox', { name: 'Name' }).fill('Canvas estate');
  await app.getByRole('button', { name: 'Create' }).click();
  await app.getByRole('tab', { name: 'Graph' }).click();
  const pane = app.locator('.react-flow__pane');
  await pane.dblclick({ position: { x: 300, y: 250 } });
  const node = app.locator('.react-flow__node-workload', { hasText: 'New workload' });
  await expect(node).toHaveCount(1);
  await expect(app.getByText('✓ Saved')).toBeVisible();

  // Drag it 200px right; the position is saved in the estate and survives a reload.
  const before = await node.boundingBox();
  if (!before) throw new Error('no node');
  await app.mouse.move(before.x + 60, before.y + 30);
  await app.mouse.down();
  await app.mouse.move(before.x + 260, before.y + 30, { steps: 10 });
  await app.mouse.up();
  await expect(app.getByText('✓ Saved')).toBeVisible();
  const transform = await node.evaluate((el) => (el as HTMLElement).style.transform);
  await app.reload();
  await expect(app.locator('.react-flow__node-workload', { hasText: 'New workload' })).toHaveCount(1);
  expect(await app.locator('.react-flow__node-workload').evaluate((el) => (el as HTMLElement).style.transform)).toBe(transform);

  const png = app.waitForEvent('download');
  await app.getByRole('button', { name: 'PNG' }).click();
  expect((await png).suggestedFilename()).toBe('canvas-estate-graph.png');
  const svg = app.waitForEvent('download');
  await app.getByRole('button', { name: 'SVG' }).click();
  const svgFile = await svg;
  const svgPath = await svgFile.path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(svgPath, 'utf8')).toMatch(/^<svg[\s\S]*New workload/);

  await app.locator('.react-flow__node-workload').click();
  await app.keyboard.press('Delete');
  await app.getByRole('dialog', { name: 'Delete 1 workload?' }).getByRole('button', { name: 'Delete 1 workload' }).click();
  await expect(app.locator('.react-flow__node-workload')).toHaveCount(0);
  await app.keyboard.press('ControlOrMeta+z');
  await expect(app.locator('.react-flow__node-workload')).toHaveCount(1);
});
