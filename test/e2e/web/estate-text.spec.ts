import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { report, seriousProblems } from '../support/a11y/audit.js';
import { SCREENSHOTS, cell, expect, openSample, test } from '../support/fixtures.js';

// The estate's text form in the app (issue 20): exported from the More menu (the
// laptop's folded Import and Export), merged back with a conflict settled by hand, one
// undo for the whole merge, and opened as a new estate from the start screen.

test.use({ viewport: { width: 1366, height: 768 } });

const more = (app: Page) => app.getByRole('button', { name: 'More ▾' });

test('exports the estate as YAML, merges a changed copy with a conflict settled, and undoes the merge at once', async ({ app }) => {
  await openSample(app);
  const download = app.waitForEvent('download');
  await more(app).click();
  await app.getByRole('menuitem', { name: /Estate as text \(YAML\)/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('meridian-health-group-sample.yaml');
  const basePath = join(tmpdir(), `base-${Date.now()}.yaml`);
  await file.saveAs(basePath);
  const base = readFileSync(basePath, 'utf8');
  expect(base).toContain('name: Meridian Health Group (sample)');

  // Their copy: the first workload's storage and owner changed, one line each.
  const theirs = base.replace('    owner: ERP platform team\n', '    owner: Hospital ERP team\n').replace('    storageGb: 200\n', '    storageGb: 250\n');
  expect(theirs).not.toBe(base);
  const theirsPath = join(tmpdir(), `colleague-${Date.now()}.yaml`);
  writeFileSync(theirsPath, theirs);

  // Ours: the same owner changed differently here.
  await cell(app, 'Odoo web (hospital)', 'owner').click();
  await app.keyboard.type('Platform squad');
  await app.keyboard.press('Enter');
  await expect(cell(app, 'Odoo web (hospital)', 'owner')).toHaveText('Platform squad');

  let chooser = app.waitForEvent('filechooser');
  await more(app).click();
  await expect(app.getByRole('menuitem', { name: /Merge another copy of this estate/ })).toBeVisible();
  await app.screenshot({ path: join(SCREENSHOTS, 'more-menu-merge-1366.png') });
  await app.getByRole('menuitem', { name: /Merge another copy of this estate/ }).click();
  await (await chooser).setFiles(theirsPath);
  const dialog = app.getByRole('dialog', { name: /^Merge colleague-/ });
  await expect(dialog).toBeVisible();
  // Without a base the copy's values are brought in: no conflict.
  await expect(dialog).toHaveAttribute('data-conflicts', '0');
  await expect(dialog.getByRole('region', { name: 'Changes' })).toContainText('storageGb: 200 → 250');

  // With the base both started from, the owner changed on both sides: a conflict, settled by hand.
  chooser = app.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose the base copy…' }).click();
  await (await chooser).setFiles(basePath);
  await expect(dialog).toHaveAttribute('data-conflicts', '1');
  await expect(dialog).toHaveAttribute('data-unresolved', '1');
  const conflict = dialog.locator('[data-conflict="workload:hosp-odoo-web:owner"]');
  await expect(conflict).toContainText('Platform squad');
  await expect(conflict).toContainText('Hospital ERP team');
  await expect(dialog.getByRole('button', { name: 'Settle the conflicts to merge' })).toBeDisabled();
  await app.screenshot({ path: join(SCREENSHOTS, 'merge-conflict-1366.png') });
  const problems = await seriousProblems(app);
  expect(problems, `merge dialog:\n${report(problems)}`).toEqual([]);
  await conflict.getByRole('radio', { name: 'Hospital ERP team' }).check();
  await expect(dialog).toHaveAttribute('data-unresolved', '0');
  await app.screenshot({ path: join(SCREENSHOTS, 'merge-settled-1366.png') });
  await dialog.getByRole('button', { name: /^Merge \d+ changes?$/ }).click();
  await expect(dialog).toBeHidden();
  await expect(cell(app, 'Odoo web (hospital)', 'owner')).toHaveText('Hospital ERP team');
  await expect(cell(app, 'Odoo web (hospital)', 'storageGb')).toHaveText(/250/);

  // One undo takes the whole merge back.
  await app.getByRole('button', { name: /Undo/ }).click();
  await expect(cell(app, 'Odoo web (hospital)', 'owner')).toHaveText('Platform squad');
  await expect(cell(app, 'Odoo web (hospital)', 'storageGb')).toHaveText(/200/);
});

test('opens an estate from its text form, and refuses bad text with its line and field', async ({ app }) => {
  await openSample(app);
  const download = app.waitForEvent('download');
  await more(app).click();
  await app.getByRole('menuitem', { name: /Estate as text \(YAML\)/ }).click();
  const path = join(tmpdir(), `handover-${Date.now()}.yaml`);
  await (await download).saveAs(path);
  const text = readFileSync(path, 'utf8').replace('name: Meridian Health Group (sample)', 'name: Meridian from text');
  writeFileSync(path, text);
  await app.getByRole('button', { name: 'Estates' }).click();

  let chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: /Open an estate file/ }).click();
  await (await chooser).setFiles(path);
  await expect(app.getByText(/Added “Meridian from text” to your library \(45 workloads\)/)).toBeVisible();
  await expect(cell(app, 'Odoo web (hospital)', 'owner')).toHaveText('ERP platform team');

  const bad = join(tmpdir(), `bad-${Date.now()}.yaml`);
  writeFileSync(bad, text.replace('    storageGb: 200\n', '    storageGb: lots\n'));
  await app.getByRole('button', { name: 'Estates' }).click();
  chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: /Open an estate file/ }).click();
  await (await chooser).setFiles(bad);
  await expect(app.getByRole('alert')).toContainText(/line \d+, workload 'hosp-odoo-web', field storageGb: expected number, received string/);
  await app.screenshot({ path: join(SCREENSHOTS, 'estate-text-refused-1366.png') });
});

test('opens a text with a scenario, which then switches like any other; a merge compares the copy’s same scenario and names the rest', async ({ app }) => {
  await openSample(app);
  const download = app.waitForEvent('download');
  await more(app).click();
  await app.getByRole('menuitem', { name: /Estate as text \(YAML\)/ }).click();
  const path = join(tmpdir(), `scenarios-${Date.now()}.yaml`);
  await (await download).saveAs(path);
  const scenario = ['scenarios:', '  - id: lean-start-1a2b3c', '    name: Lean start', '    decisions:', '      hosp-odoo-web:', '        strategy: rehost', ''].join('\n');
  const text = readFileSync(path, 'utf8').replace('name: Meridian Health Group (sample)', 'name: Meridian with scenarios') + scenario;
  writeFileSync(path, text);
  await app.getByRole('button', { name: 'Estates' }).click();
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: /Open an estate file/ }).click();
  await (await chooser).setFiles(path);
  await expect(app.getByText(/Added “Meridian with scenarios” to your library/)).toBeVisible();

  // It opens on the baseline; the scenario from the text is there, with its one decision.
  const switcher = app.locator('.scenario-button');
  await expect(switcher).toHaveAttribute('data-active-scenario', 'baseline');
  await expect(cell(app, 'Odoo web (hospital)', 'strategy')).toHaveText(/replatform/i);
  await switcher.click();
  await app.getByRole('menuitemradio', { name: /Lean start/ }).click();
  await expect(switcher).toHaveAttribute('data-active-scenario', 'lean-start-1a2b3c');
  await expect(cell(app, 'Odoo web (hospital)', 'strategy')).toHaveText(/rehost/i);

  // Merging a copy that holds the scenario: the dialog says the app merges one scenario's view and names the rest.
  const copy = join(tmpdir(), `colleague-scenarios-${Date.now()}.yaml`);
  writeFileSync(copy, text.replace('    storageGb: 200\n', '    storageGb: 250\n'));
  const picked = app.waitForEvent('filechooser');
  await more(app).click();
  await app.getByRole('menuitem', { name: /Merge another copy of this estate/ }).click();
  await (await picked).setFiles(copy);
  const dialog = app.getByRole('dialog', { name: /^Merge colleague-scenarios-/ });
  // The copy's own “Lean start” is compared with the one shown: its storage change comes in, the scenario's decision stays.
  await expect(dialog.getByRole('note')).toContainText('The scenario shown here, “Lean start”, is merged with');
  await expect(dialog.getByRole('note')).toContainText('Not merged here: “Baseline”. To merge every scenario, use waveplan merge');
  await expect(dialog.getByRole('region', { name: 'Changes' })).toContainText('storageGb: 200 → 250');
  await expect(dialog.getByRole('region', { name: 'Changes' })).not.toContainText('strategy');
  await app.screenshot({ path: join(SCREENSHOTS, 'merge-scenarios-note-1366.png') });
  const problems = await seriousProblems(app);
  expect(problems, `merge dialog:\n${report(problems)}`).toEqual([]);
});
