import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { EstateSnapshot } from '../../../shared/estate/estate.js';
import { api, expect, openSample, SCREENSHOTS, test } from '../support/fixtures.js';
import { VIEWS } from '../support/views.js';

// Issue 18: scenarios inside one estate. From the sample, a "Clinics dedicated DB"
// scenario gets the clinics' tiers in bulk; the baseline keeps its own; both survive a
// reload; the active scenario is named on every view.

const SCENARIO = 'Clinics dedicated DB';

const switcher = (page: Page) => page.locator('.scenario-button');

async function chooseScenario(page: Page, name: string) {
  await switcher(page).click();
  await page.getByRole('menuitemradio', { name }).click();
  await expect(switcher(page)).toContainText(name);
  await expect(switcher(page)).toBeEnabled();
}

async function tierOf(page: Page, workload: string) {
  await page.getByRole('tab', { name: 'Tiers' }).click();
  await page.getByLabel('Search tiers').fill(workload);
  return page.getByLabel(`Chosen tier for ${workload}`);
}

test('a scenario keeps its own tiers apart from the baseline, survives a reload and is named on every view', async ({ app }) => {
  await openSample(app);
  await expect(switcher(app)).toHaveAttribute('data-active-scenario', 'baseline');
  await expect(switcher(app)).toContainText('Baseline');

  // Create from the current one (the baseline) and switch to it.
  await switcher(app).click();
  await app.getByRole('menuitem', { name: /New scenario from this one/ }).click();
  const dialog = app.getByRole('dialog', { name: 'New scenario from “Baseline”' });
  await dialog.getByLabel('Name').fill('baseline');
  await expect(dialog).toContainText('This estate already has a scenario called “Baseline”');
  await expect(dialog.getByRole('button', { name: 'Create and switch' })).toBeDisabled();
  await app.screenshot({ path: join(SCREENSHOTS, 'scenario-create-taken-name.png') });
  await dialog.getByLabel('Name').fill(SCENARIO);
  await dialog.getByRole('button', { name: 'Create and switch' }).click();
  await expect(switcher(app)).toContainText(SCENARIO);
  await expect(switcher(app)).not.toHaveAttribute('data-active-scenario', 'baseline');

  // The clinics (tenant Meridian Clinics) get a dedicated database, in bulk.
  await app.getByRole('tab', { name: 'Inventory' }).click();
  await app.getByLabel('Search workloads').fill('Meridian Clinics');
  await expect(app.getByText('9 of 45 workloads')).toBeVisible();
  await app.getByLabel('Select all visible workloads').check();
  await app.locator('#bulk-field').selectOption('chosenTier');
  await app.locator('#bulk-value').fill('Dedicated database');
  await app.getByRole('button', { name: 'Apply' }).click();
  await expect(
    app
      .getByRole('alert')
      .or(app.getByRole('status'))
      .filter({ hasText: /Set chosen tier on/ }),
  ).toBeVisible();
  await expect(app.locator('.save-status.saved')).toBeVisible();

  await expect(await tierOf(app, 'PostgreSQL (clinics)')).toHaveValue('dedicated-database');
  await expect(await tierOf(app, 'Redis (clinics)')).toHaveValue('dedicated-database');

  // The baseline still has the clinics on the shared cluster.
  await chooseScenario(app, 'Baseline');
  await expect(await tierOf(app, 'PostgreSQL (clinics)')).toHaveValue('multi-tenant');
  await expect(await tierOf(app, 'Redis (clinics)')).toHaveValue('multi-tenant');

  // Back to the scenario, then a reload: both are as they were left, in the file.
  await chooseScenario(app, SCENARIO);
  await app.reload();
  await expect(switcher(app)).toContainText(SCENARIO);
  await expect(await tierOf(app, 'PostgreSQL (clinics)')).toHaveValue('dedicated-database');
  const estateId = /estate\/([a-z0-9-]+)/.exec(new URL(app.url()).hash)?.[1] as string;
  const baseline = await api<EstateSnapshot>(app, 'openScenario', { id: estateId, scenarioId: 'baseline' });
  expect(baseline.scenarios.map((s) => s.name)).toEqual(['Baseline', SCENARIO]);
  expect(baseline.workloads.find((w) => w.id === 'clin-pg')?.chosenTier).toBe('multi-tenant');

  // The active scenario is named on every view.
  for (const view of VIEWS) {
    await view.open(app);
    await expect(switcher(app), view.name).toBeVisible();
    await expect(switcher(app), view.name).toContainText(SCENARIO);
  }

  // Compared with the baseline: the tiers differ for the nine clinics, and a figure opens to its explanation.
  await app.getByRole('tab', { name: 'Compare' }).click();
  await expect(app.locator('[data-compare="ready"]')).toHaveCount(1);
  const table = app.getByRole('table', { name: 'Figures by scenario' });
  await expect(table.getByRole('columnheader')).toHaveText(['Figure', 'Baseline (reference)', SCENARIO]);
  const runAfter = table.locator('tr[data-figure="runAfter"] td').nth(1);
  // Dedicated databases for the clinics cost more to run: the after run rate moves.
  await expect(runAfter).toHaveAttribute('data-changed', 'true');
  await runAfter.getByRole('button').click();
  await expect(app.getByRole('note')).toContainText('(The Costs view shows this figure.)');
  await app.keyboard.press('Escape');
  await app.getByRole('combobox', { name: 'Which workloads to show' }).selectOption('tier');
  // Of the nine clinic workloads, those whose planned tier the choice changes (some already needed a dedicated one).
  await expect(app.getByRole('list', { name: 'Workloads' }).getByText('PostgreSQL (clinics)')).toBeVisible();
  const tierRows = Number(await app.locator('[data-diff-rows]').getAttribute('data-diff-rows'));
  expect(tierRows).toBeGreaterThan(0);
  expect(tierRows).toBeLessThanOrEqual(9);
  await app.screenshot({ path: join(SCREENSHOTS, 'scenario-compare-clinics.png') });

  // The board pack is the active scenario's: its name is on the cover.
  test.skip(!existsSync('/usr/bin/pdftotext'), 'poppler-utils is not installed (apt-get install poppler-utils)');
  const pack = await api<{ fileName: string; bytes: string }>(app, 'exportBoardPack', { id: estateId });
  const pdf = join(tmpdir(), `scenario-pack-${Date.now()}.pdf`);
  writeFileSync(pdf, Buffer.from(pack.bytes, 'base64'));
  const text = execFileSync('pdftotext', ['-layout', '-l', '2', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain(SCENARIO);

  // The board pack of the comparison, from the Compare view: the baseline's pack with the scenario compared with it.
  await app.getByRole('tab', { name: 'Compare' }).click();
  const download = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Board pack of this comparison (PDF)…' }).click();
  const compared = join(tmpdir(), `scenario-compare-pack-${Date.now()}.pdf`);
  await (await download).saveAs(compared);
  const comparedText = execFileSync('pdftotext', ['-layout', compared, '-'], { encoding: 'utf8' });
  expect(comparedText).toContain('8 Scenarios compared');
  expect(comparedText).toContain('Baseline (reference)');
  expect(comparedText).toMatch(/Run rate per month, after/);
});

test('the switcher fits the top bar of a laptop and of a large screen', async ({ app }) => {
  await openSample(app);
  // On a laptop the baseline is its icon, named for screen readers and in its tooltip.
  await app.setViewportSize({ width: 1366, height: 768 });
  await expect(switcher(app)).toHaveAccessibleName('Scenario: Baseline');
  await expect(switcher(app).locator('.scenario-name')).toBeHidden();
  await app.screenshot({ path: join(SCREENSHOTS, 'scenario-baseline-1366.png') });
  await switcher(app).click();
  await app.getByRole('menuitem', { name: /New scenario from this one/ }).click();
  await app.getByRole('dialog').getByLabel('Name').fill(SCENARIO);
  await app.getByRole('button', { name: 'Create and switch' }).click();
  await expect(switcher(app)).toContainText(SCENARIO);
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await app.setViewportSize({ width, height });
    // Every control of the top bar is on screen, the switcher beside the estate's name.
    const bar = await app.locator('.top-bar').boundingBox();
    for (const control of await app.locator('.top-bar button:visible').all()) {
      const box = await control.boundingBox();
      expect(box && bar && box.x + box.width <= bar.x + bar.width + 0.5, await control.innerText()).toBe(true);
    }
    const title = await app.locator('.estate-title').boundingBox();
    const chip = await switcher(app).boundingBox();
    expect(chip && title && chip.x >= title.x + title.width).toBe(true);
    await app.screenshot({ path: join(SCREENSHOTS, `scenario-switcher-${width}.png`) });
    await switcher(app).click();
    await expect(app.getByRole('menu', { name: 'Scenarios' })).toBeVisible();
    await app.screenshot({ path: join(SCREENSHOTS, `scenario-menu-${width}.png`) });
    await app.keyboard.press('Escape');
    await expect(app.getByRole('menu', { name: 'Scenarios' })).toHaveCount(0);
  }
});
