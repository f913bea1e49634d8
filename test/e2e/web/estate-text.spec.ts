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

test('opens a text with scenarios; a merge brings in every scenario, conflicts in one settled by hand, and one undo takes it all back', async ({ app }) => {
  await openSample(app);
  const download = app.waitForEvent('download');
  await more(app).click();
  await app.getByRole('menuitem', { name: /Estate as text \(YAML\)/ }).click();
  const path = join(tmpdir(), `scenarios-${Date.now()}.yaml`);
  await (await download).saveAs(path);
  const exported = readFileSync(path, 'utf8').replace('name: Meridian Health Group (sample)', 'name: Meridian with scenarios');
  // Lean start decides the web tier's strategy, Cloud first the workers'; ours and theirs both change Lean start's (a conflict).
  const decide = (id: string, name: string, workload: string, strategy: string) => ['  - id: ' + id, '    name: ' + name, '    decisions:', `      ${workload}:`, `        strategy: ${strategy}`];
  const textOf = (lean: string, cloud: string, extra: string[] = []) =>
    exported + ['scenarios:', ...decide('lean-start-1a2b3c', 'Lean start', 'hosp-odoo-web', lean), ...decide('cloud-first-9z8y7x', 'Cloud first', 'hosp-odoo-workers', cloud), ...extra, ''].join('\n');
  const basePath = join(tmpdir(), `base-scenarios-${Date.now()}.yaml`);
  writeFileSync(basePath, textOf('refactor', 'refactor'));
  writeFileSync(path, textOf('rehost', 'refactor'));
  const copy = join(tmpdir(), `colleague-scenarios-${Date.now()}.yaml`);
  writeFileSync(copy, textOf('retire', 'repurchase', decide('theirs-plan-4d5e6f', 'Theirs plan', 'hosp-redis', 'retain')).replace('    storageGb: 200\n', '    storageGb: 250\n'));

  await app.getByRole('button', { name: 'Estates' }).click();
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: /Open an estate file/ }).click();
  await (await chooser).setFiles(path);
  await expect(app.getByText(/Added “Meridian with scenarios” to your library/)).toBeVisible();

  // It opens on the baseline; the scenarios from the text are there, each with its decision.
  const switcher = app.locator('.scenario-button');
  const web = () => cell(app, 'Odoo web (hospital)', 'strategy');
  const workers = () => cell(app, 'Odoo queue workers (hospital)', 'strategy');
  const switchTo = async (name: string, id: string) => {
    await switcher.click();
    await app.getByRole('menuitemradio', { name: new RegExp(name) }).click();
    await expect(switcher).toHaveAttribute('data-active-scenario', id);
  };
  const scenarioNames = async () => {
    await switcher.click();
    const names = await app.getByRole('menuitemradio').allInnerTexts();
    await app.keyboard.press('Escape');
    return names.join(' | ');
  };
  await expect(switcher).toHaveAttribute('data-active-scenario', 'baseline');
  await expect(web()).toHaveText(/replatform/i);
  await switchTo('Lean start', 'lean-start-1a2b3c');
  await expect(web()).toHaveText(/rehost/i);

  // Merge the colleague's copy against the base: every scenario, not only the one open.
  let picked = app.waitForEvent('filechooser');
  await more(app).click();
  await app.getByRole('menuitem', { name: /Merge another copy of this estate/ }).click();
  await (await picked).setFiles(copy);
  const dialog = app.getByRole('dialog', { name: /^Merge colleague-scenarios-/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).not.toContainText('Not merged here');
  picked = app.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose the base copy…' }).click();
  await (await picked).setFiles(basePath);
  await expect(dialog).toHaveAttribute('data-unresolved', '1');
  const conflict = dialog.locator('[data-conflict="scenario:lean-start-1a2b3c:hosp-odoo-web:strategy"]');
  await expect(conflict).toContainText("scenario 'Lean start' (lean-start-1a2b3c), workload 'Odoo web (hospital)' (hosp-odoo-web)");
  await expect(dialog.getByRole('region', { name: 'Changes' })).toContainText('storageGb: 200 → 250');
  const scenarios = dialog.getByRole('region', { name: 'Scenarios', exact: true });
  await expect(scenarios).toContainText('New scenario “Theirs plan”');
  await expect(scenarios).toContainText('In “Cloud first”');
  await expect(scenarios).toContainText('Odoo queue workers (hospital) · strategy: refactor → repurchase');
  await app.screenshot({ path: join(SCREENSHOTS, 'merge-scenarios-conflict-1366.png') });
  await app.setViewportSize({ width: 1920, height: 1080 });
  await app.screenshot({ path: join(SCREENSHOTS, 'merge-scenarios-conflict-1920.png') });
  await app.setViewportSize({ width: 1366, height: 768 });
  const problems = await seriousProblems(app);
  expect(problems, `merge dialog:\n${report(problems)}`).toEqual([]);
  await conflict.getByRole('radio', { name: 'retire' }).check();
  await expect(dialog).toHaveAttribute('data-unresolved', '0');
  await expect(scenarios).toContainText('In “Lean start”');
  await app.screenshot({ path: join(SCREENSHOTS, 'merge-scenarios-settled-1366.png') });
  await dialog.getByRole('button', { name: /^Merge \d+ changes?$/ }).click();
  await expect(dialog).toBeHidden();

  // Lean start (open) takes the settled value, the baseline's storage; Cloud first (not open) and the new scenario came in too.
  await expect(web()).toHaveText(/retire/i);
  await expect(cell(app, 'Odoo web (hospital)', 'storageGb')).toHaveText(/250/);
  expect(await scenarioNames()).toContain('Theirs plan');
  await switchTo('Cloud first', 'cloud-first-9z8y7x');
  await expect(workers()).toHaveText(/repurchase/i);
  await switchTo('Lean start', 'lean-start-1a2b3c');

  // One undo takes the whole merge back, in every scenario.
  await app.getByRole('button', { name: /Undo/ }).click();
  await expect(web()).toHaveText(/rehost/i);
  await expect(cell(app, 'Odoo web (hospital)', 'storageGb')).toHaveText(/200/);
  expect(await scenarioNames()).not.toContain('Theirs plan');
  await switchTo('Cloud first', 'cloud-first-9z8y7x');
  await expect(workers()).toHaveText(/refactor/i);
  await switchTo('Lean start', 'lean-start-1a2b3c');

  // And redo brings it all back.
  await app.getByRole('button', { name: /Redo/ }).click();
  await expect(web()).toHaveText(/retire/i);
  await expect(cell(app, 'Odoo web (hospital)', 'storageGb')).toHaveText(/250/);
  expect(await scenarioNames()).toContain('Theirs plan');
  await switchTo('Cloud first', 'cloud-first-9z8y7x');
  await expect(workers()).toHaveText(/repurchase/i);
});

test('a merge whose other copy removed the scenario open here opens the baseline; undo opens the scenario again', async ({ app }) => {
  await openSample(app);
  const download = app.waitForEvent('download');
  await more(app).click();
  await app.getByRole('menuitem', { name: /Estate as text \(YAML\)/ }).click();
  const path = join(tmpdir(), `removed-open-${Date.now()}.yaml`);
  await (await download).saveAs(path);
  const exported = readFileSync(path, 'utf8').replace('name: Meridian Health Group (sample)', 'name: Meridian losing a scenario');
  writeFileSync(path, `${exported}scenarios:\n  - id: lean-start-1a2b3c\n    name: Lean start\n    decisions:\n      hosp-odoo-web:\n        strategy: rehost\n`);
  const copy = join(tmpdir(), `colleague-without-${Date.now()}.yaml`);
  writeFileSync(copy, exported);
  await app.getByRole('button', { name: 'Estates' }).click();
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: /Open an estate file/ }).click();
  await (await chooser).setFiles(path);
  await expect(app.getByText(/Added “Meridian losing a scenario” to your library/)).toBeVisible();
  const switcher = app.locator('.scenario-button');
  await switcher.click();
  await app.getByRole('menuitemradio', { name: /Lean start/ }).click();
  await expect(switcher).toHaveAttribute('data-active-scenario', 'lean-start-1a2b3c');
  await expect(cell(app, 'Odoo web (hospital)', 'strategy')).toHaveText(/rehost/i);

  const picked = app.waitForEvent('filechooser');
  await more(app).click();
  await app.getByRole('menuitem', { name: /Merge another copy of this estate/ }).click();
  await (await picked).setFiles(copy);
  const dialog = app.getByRole('dialog', { name: /^Merge colleague-without-/ });
  await expect(dialog.getByRole('note')).toContainText('The merge removes “Lean start”, the scenario open now: the baseline (“Baseline”) opens in its place.');
  await expect(dialog.getByRole('region', { name: 'Scenarios', exact: true })).toContainText('Scenario “Lean start” removed');
  await app.screenshot({ path: join(SCREENSHOTS, 'merge-removes-open-scenario-1366.png') });
  await dialog.getByRole('button', { name: /^Merge (one change|\d+ changes)$/ }).click();
  await expect(dialog).toBeHidden();
  await expect(switcher).toHaveAttribute('data-active-scenario', 'baseline');
  await expect(cell(app, 'Odoo web (hospital)', 'strategy')).toHaveText(/replatform/i);

  await app.getByRole('button', { name: /Undo/ }).click();
  await expect(switcher).toHaveAttribute('data-active-scenario', 'lean-start-1a2b3c');
  await expect(cell(app, 'Odoo web (hospital)', 'strategy')).toHaveText(/rehost/i);
  // The back end agrees: a reload opens Lean start with its decision.
  await app.reload();
  await expect(app.locator('.scenario-button')).toHaveAttribute('data-active-scenario', 'lean-start-1a2b3c');
  await expect(cell(app, 'Odoo web (hospital)', 'strategy')).toHaveText(/rehost/i);
});
