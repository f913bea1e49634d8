import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SCREENSHOTS, cell, expect, openSample, test } from '../support/fixtures.js';

const step = (app: Page, id: string) => app.locator(`.step-row[data-step="${id}"]`);
const stepStartingWith = (app: Page, prefix: string, text: string) => app.locator(`.step-row[data-step^="${prefix}"]`, { hasText: text });

async function reword(row: ReturnType<typeof step>, text: string): Promise<void> {
  await row.locator('.step-text').click();
  await row.getByLabel('Step wording').fill(text);
  await row.getByLabel('Step wording').press('Enter');
  await expect(row.locator('.step-text')).toHaveText(text);
}

test.describe('rollback plans and costs', () => {
  test('the training and development wave’s rollback plan: edits survive replanning, follow their workload, and an edit whose step goes away is said', async ({ app }) => {
    await openSample(app);
    await app.getByRole('tab', { name: 'Waves' }).click();
    // The hospital's training and development move in the pilot, wave 2, after the platform (wave 1).
    await app.getByRole('article', { name: 'Wave 2', exact: true }).getByRole('button', { name: 'Rollback plan' }).click();
    await expect(app.getByRole('heading', { name: 'Wave 2 rollback plan' })).toBeVisible();
    // Databases are backed up with a restore estimate; the way back runs consumers first.
    await expect(stepStartingWith(app, 'backup:', 'PostgreSQL training (hospital)')).toContainText('a restore takes about 15 min at 250 GB/h');
    await app.waitForTimeout(200);
    await app.screenshot({ path: join(SCREENSHOTS, 'rollback.png') });
    // The runbook is virtualized: a tall window shows all of it, as a person would scroll to it.
    await app.setViewportSize({ width: 1440, height: 2800 });

    // Reword the change freeze, give the training backup an owner, reword Odoo training's way back.
    await reword(step(app, 'wave-2:freeze'), 'Change freeze on the training and development estates from Friday 18:00, announced to the ward managers.');
    const backup = stepStartingWith(app, 'backup:', 'PostgreSQL training (hospital)');
    await backup.getByLabel('Owner').fill('DBA on call');
    await backup.getByLabel('Owner').press('Enter');
    await reword(step(app, 'wave-2:dns'), 'Lower the TTLs of the training and development hostnames to 60 s on Wednesday.');
    const back = stepStartingWith(app, 'back:', 'Odoo training (hospital)');
    await reword(back, 'Point the training URL back at the old Odoo training server and tell the trainers.');
    await expect(back.locator('.step-mark.edited')).toBeVisible();
    await expect(app.getByText('✓ Saved')).toBeVisible();
    await app.locator('.runbook-list').screenshot({ path: join(SCREENSHOTS, 'rollback-edited.png') });

    // Plan the waves again (a longer wave): the edits are still on their steps.
    await app.getByRole('tab', { name: 'Waves' }).click();
    const waveLength = app.getByRole('textbox', { name: 'Wave length (days)' });
    await waveLength.fill('21');
    await waveLength.press('Enter');
    await expect(app.getByRole('article', { name: 'Wave 2', exact: true })).toContainText('2027-01-25');
    await app.getByRole('article', { name: 'Wave 2', exact: true }).getByRole('button', { name: 'Rollback plan' }).click();
    await expect(step(app, 'wave-2:freeze').locator('.step-text')).toHaveText(/^Change freeze on the training and development estates/);
    await expect(stepStartingWith(app, 'backup:', 'PostgreSQL training (hospital)').getByLabel('Owner')).toHaveValue('DBA on call');
    await expect(app.locator('.stale-edits')).toHaveCount(0);

    // Move the training unit to wave 6: its edited steps go with it, and wave 2's DNS step,
    // still there for Odoo development, keeps its wording with a mark that the generated one changed.
    await app.getByRole('tab', { name: 'Waves' }).click();
    await app.getByLabel('Move PostgreSQL training (hospital) and 1 more to wave').selectOption('6');
    await app.getByRole('tab', { name: 'Rollback' }).click();
    await app.getByRole('button', { name: 'Wave 6', exact: true }).click();
    await expect(stepStartingWith(app, 'back:', 'Odoo training (hospital)').locator('.step-text')).toHaveText(/^Point the training URL back/);
    await expect(stepStartingWith(app, 'backup:', 'PostgreSQL training (hospital)').getByLabel('Owner')).toHaveValue('DBA on call');
    await app.getByRole('button', { name: 'Wave 2', exact: true }).click();
    await expect(step(app, 'wave-2:dns').locator('.step-mark.changed')).toBeVisible();

    // The training database is retained where it is: nothing backs it up for a cutover any
    // more, so the owner given to that step no longer applies, and the view says so.
    await app.getByRole('tab', { name: 'Inventory' }).click();
    await cell(app, 'PostgreSQL training (hospital)', 'strategy').click();
    await app.keyboard.type('Retain');
    await app.keyboard.press('Enter');
    await expect(cell(app, 'PostgreSQL training (hospital)', 'strategy')).toHaveText('Retain');
    await app.getByRole('tab', { name: 'Rollback' }).click();
    const stale = app.locator('.stale-edits');
    await expect(stale).toContainText('One of your edits no longer applies');
    await expect(stale).toContainText(
      'Wave 2: “Back up or snapshot PostgreSQL training (hospital) (20 GB) and record the point: the last resort should the way back fail (a restore takes about 15 min at 250 GB/h).”: owner DBA on call',
    );
    await app.setViewportSize({ width: 1440, height: 900 });
    await app.screenshot({ path: join(SCREENSHOTS, 'rollback-stale.png') });
    await app.setViewportSize({ width: 1440, height: 2800 });
    // Undo brings the workload back into the plan, and the edit applies again.
    await app.keyboard.press('ControlOrMeta+z');
    await expect(stale).toHaveCount(0);
    await app.getByRole('button', { name: 'Wave 6', exact: true }).click();
    await expect(stepStartingWith(app, 'backup:', 'PostgreSQL training (hospital)').getByLabel('Owner')).toHaveValue('DBA on call');

    // The edits are in the estate file.
    await app.reload();
    await app.getByRole('button', { name: 'Wave 2', exact: true }).click();
    await expect(step(app, 'wave-2:freeze').locator('.step-text')).toHaveText(/^Change freeze on the training and development estates/);

    // Add a step, move it up, remove a generated one: the numbering and the rollback time follow.
    await app.getByRole('button', { name: '+ Add a step to validation' }).click();
    await app.getByLabel('New step in validation').fill('Ask a trainer to sign in to Odoo training and open a patient invoice.');
    await app.getByLabel('New step in validation').press('Enter');
    const added = app.locator('.step-row', { hasText: 'Ask a trainer to sign in' });
    await expect(added.locator('.step-mark.added')).toBeVisible();
    const numberOf = async (row: ReturnType<typeof step>) => Number(await row.locator('.step-number').textContent());
    const at = await numberOf(added);
    await added.getByRole('button', { name: 'Move up' }).click();
    await expect.poll(() => numberOf(added)).toBe(at - 1);
    // The way back is a critical path: the development database's catch-up (30 min, then Odoo development's 15)
    // runs beside two others as long, so only a longer catch-up moves it.
    const catchUp = stepStartingWith(app, 'catch-up:', 'PostgreSQL development (hospital)');
    await expect(app.locator('.meter-caption strong')).toHaveText('Rollback 45 min');
    await catchUp.getByLabel('Minutes').fill('90');
    await catchUp.getByLabel('Minutes').press('Enter');
    await expect(app.locator('.meter-caption strong')).toHaveText('Rollback 1 h 45 min');
    await catchUp.getByRole('button', { name: 'Remove' }).click();
    await expect(app.locator('.meter-caption strong')).toHaveText('Rollback 45 min');
    await expect(catchUp).toHaveClass(/removed/);

    // Minutes that are not minutes are said beside the step, and the step keeps its own.
    const smoke = stepStartingWith(app, 'smoke:', 'Odoo development (hospital)');
    await smoke.getByLabel('Minutes').fill('soon');
    await smoke.getByLabel('Minutes').press('Enter');
    await expect(smoke.getByRole('alert')).toHaveText('Minutes must be a whole number from 0 to 10,080 (a week); “soon” was not saved.');
    await expect(smoke.getByLabel('Minutes')).toHaveValue('10');
    await smoke.screenshot({ path: join(SCREENSHOTS, 'rollback-minutes-error.png') });
  });

  test('costs: a rate change moves the wave cost and the chart; each figure says how it was computed', async ({ app }) => {
    await openSample(app);
    await app.getByRole('tab', { name: 'Costs' }).click();
    const table = app.getByRole('table', { name: 'Costs per wave' });
    const wave2OneTime = table
      .getByRole('row', { name: /^Wave 2/ })
      .locator('td')
      .nth(3);
    const bars = app.locator('figure[aria-label="Cost per wave"] .recharts-bar-rectangle path');
    await expect(bars.first()).toBeVisible();
    const oneTimeBefore = (await wave2OneTime.textContent()) as string;
    const barsBefore = await bars.evaluateAll((paths) => paths.map((p) => p.getAttribute('d')).join('|'));
    expect(oneTimeBefore).toMatch(/^€[\d,]+$/);

    // Open the figure: it says what it sums.
    await wave2OneTime.getByRole('button').click();
    await expect(app.getByRole('note')).toContainText('One-time cost of wave 2: the sum over its 8 workloads');
    await app.waitForTimeout(200);
    await app.screenshot({ path: join(SCREENSHOTS, 'costs.png') });
    await app.keyboard.press('Escape');

    // A dearer effort day: the wave's one-time cost and the chart change.
    const rate = app.getByRole('textbox', { name: 'Effort day rate' });
    await rate.fill('1200');
    await rate.press('Enter');
    await expect(wave2OneTime).not.toHaveText(oneTimeBefore);
    const number = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));
    expect(number(await wave2OneTime.textContent())).toBeGreaterThan(number(oneTimeBefore));
    expect(await bars.evaluateAll((paths) => paths.map((p) => p.getAttribute('d')).join('|'))).not.toBe(barsBefore);

    // Another currency formats every figure its way; a code that is not one is refused and says why.
    const currency = app.getByRole('textbox', { name: 'Currency' });
    await currency.fill('EU');
    await expect(app.getByText('Three capital letters, an ISO 4217 code such as EUR, GBP or CHF.')).toBeVisible();
    await currency.fill('XYZ');
    await expect(app.getByText('XYZ is not a currency this computer knows; check the code.')).toBeVisible();
    await currency.press('Enter');
    await expect(wave2OneTime).toHaveText(/^€/);
    await currency.fill('GBP');
    await currency.press('Enter');
    await expect(wave2OneTime).toHaveText(/^£[\d,]+$/);

    // A tier change moves the run rate after at once.
    const runAfterTotal = table
      .getByRole('row', { name: /^Planned in waves/ })
      .locator('td')
      .nth(2);
    const runAfterBefore = (await runAfterTotal.textContent()) as string;
    await app.getByRole('tab', { name: 'Tiers' }).click();
    await app.getByLabel('Search tiers').fill('Odoo development (hospital)');
    await app.getByLabel('Chosen tier for Odoo development (hospital)').selectOption('dedicated-environment');
    await expect(app.getByText('✓ Saved')).toBeVisible();
    await app.getByRole('tab', { name: 'Costs' }).click();
    expect(number(await runAfterTotal.textContent())).toBeGreaterThan(number(runAfterBefore));

    // A workload's figure shows its formula.
    await app
      .locator('.cost-grid-row', { hasText: 'PostgreSQL primary (hospital)' })
      .getByRole('button', { name: /^Run after, PostgreSQL primary/ })
      .click();
    await expect(app.getByRole('note')).toContainText('vCPU × £22');
    await app.locator('.workload-costs').screenshot({ path: join(SCREENSHOTS, 'costs-per-workload.png') });
  });
});
