import { join } from 'node:path';
import { SCREENSHOTS, expect, openSample, test } from '../support/fixtures.js';

test.describe('migration waves', () => {
  test('plans the sample with reasons, a dragged unit is pinned and kept, and a blackout moves a cutover', async ({ app }) => {
    await openSample(app);
    await app.getByRole('tab', { name: 'Waves' }).click();
    // The shared platform moves first; the pilot is the first wave of workloads.
    const wave1 = app.getByRole('article', { name: 'Wave 1', exact: true });
    await expect(wave1).toContainText('Foundation');
    await expect(wave1).toContainText('Identity provider (SSO and MFA)');
    const pilot = app.getByRole('article', { name: 'Wave 2', exact: true });
    await expect(pilot).toContainText('Pilot');
    await expect(pilot).toContainText('Odoo development (clinics)');
    // Gates are flagged on the waves by default; holding back is a setting.
    await expect(app.locator('.wave-gates').first()).toContainText('Gate:');
    await app.waitForTimeout(200);
    await app.screenshot({ path: join(SCREENSHOTS, 'waves.png') });

    // Drag a unit to wave 3: it is pinned there, and the change is listed. (A tall window,
    // so both cards are on screen: a drag that has to scroll is not a drag a person makes.)
    await app.setViewportSize({ width: 1440, height: 3200 });
    const wave3 = app.getByRole('article', { name: 'Wave 3', exact: true });
    await pilot.locator('.unit-members', { hasText: 'Odoo development (clinics)' }).dragTo(wave3);
    await expect(wave3.locator('.member-chip.pinned')).toContainText('Odoo development (clinics)');
    await expect(app.getByRole('status').filter({ hasText: 'The last change moved' })).toContainText('Odoo development (clinics) 2 → 3');
    await expect(app.getByRole('region', { name: 'Pins' })).toContainText('Odoo development (clinics) → wave 3');
    await expect(wave3.locator('.wave-unit', { hasText: 'Odoo development (clinics)' })).toContainText('Pinned to wave 3 by the architect.');
    await wave3.screenshot({ path: join(SCREENSHOTS, 'wave-card.png') });

    // The pin is saved in the estate.
    await expect(app.getByText('✓ Saved')).toBeVisible();
    await app.reload();
    await expect(app.getByRole('article', { name: 'Wave 3', exact: true }).locator('.member-chip.pinned')).toContainText('Odoo development (clinics)');

    // A blackout over wave 1's cutover weekend moves it to the last open day before, in its slot.
    const cutover = (await app.getByRole('article', { name: 'Wave 1', exact: true }).locator('.wave-facts strong').textContent()) as string;
    expect(cutover).toBe('2027-01-17');
    // A window that ends before it starts is refused, and says why.
    await app.getByLabel('Blackout from').fill('2027-01-19');
    await app.getByLabel('Blackout to').fill('2027-01-15');
    await expect(app.getByText('The end is before the start.')).toBeVisible();
    await expect(app.getByRole('button', { name: 'Add', exact: true })).toBeDisabled();
    await app.getByLabel('Blackout from').fill('2027-01-15');
    await app.getByLabel('Blackout to').fill('2027-01-19');
    await app.getByLabel('Blackout label').fill('EHR upgrade');
    await app.getByRole('button', { name: 'Add', exact: true }).click();
    const moved = app.getByRole('article', { name: 'Wave 1', exact: true });
    await expect(moved.locator('.wave-facts strong')).toHaveText('2027-01-10');
    await expect(moved).toContainText('kept clear of EHR upgrade');
    await expect(app.locator('.blackout', { hasText: 'EHR upgrade' })).toBeVisible();

    // The graph groups by wave.
    await app.getByRole('tab', { name: 'Graph' }).click();
    await app.getByLabel('Grouping').selectOption('wave');
    await expect(app.locator('.group-label', { hasText: 'Wave 1' })).toBeVisible();
    await expect(app.locator('.group-label', { hasText: 'Not migrating' })).toBeVisible();
    await expect(app.locator('.graph-main[data-layout="ready"]')).toHaveCount(1);
    await app.waitForTimeout(300);
    await app.screenshot({ path: join(SCREENSHOTS, 'graph-by-wave.png') });
    await app.getByRole('tab', { name: 'Waves' }).click();

    // The keyboard way: the Move menu pins a unit too.
    await app.getByLabel('Move HL7 interface engine (test) to wave').selectOption('4');
    await expect(app.getByRole('region', { name: 'Pins' })).toContainText('HL7 interface engine (test) → wave 4');
    await app.keyboard.press('ControlOrMeta+z');
    await expect(app.getByRole('region', { name: 'Pins' })).not.toContainText('HL7 interface engine (test)');

    // Clearing the pin puts the unit back where the plan wants it.
    await app.getByRole('button', { name: /Clear all 1 pins/ }).click();
    await expect(app.getByRole('article', { name: 'Wave 2', exact: true })).toContainText('Odoo development (clinics)');

    // A provider dragged later takes what needs it along. (A tall window, so both cards
    // are on screen: a drag that has to scroll is not a drag a person makes.)
    await app.setViewportSize({ width: 1440, height: 2600 });
    await app.getByLabel('Move EHR HL7/FHIR interface engine to wave').selectOption('6');
    await expect(app.getByRole('article', { name: 'Wave 6', exact: true }).locator('.member-chip.pinned')).toContainText('EHR HL7/FHIR interface engine');
    await expect(app.getByRole('status').filter({ hasText: 'The last change moved' })).toContainText(/Appointment scheduling 3 → [6-9]/);
  });
});
