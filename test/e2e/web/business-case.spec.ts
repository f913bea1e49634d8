import { join } from 'node:path';
import { SCREENSHOTS, expect, openSample, test } from '../support/fixtures.js';

// The Costs view as a business case: every headline a range, the lines a business case
// has, each figure opening to its terms, and the new rates editable where the card is.

test.describe('the business case in the Costs view', () => {
  test('shows ranges and the business case lines, explains them, and follows a commitment change', async ({ app }) => {
    await openSample(app);
    await app.getByRole('tab', { name: 'Costs' }).click();
    // Every headline has its low – high beside the likely figure; the payback its earliest and latest.
    await expect(app.locator('.cost-headlines .range-note')).toHaveCount(4);
    await expect(app.locator('.cost-headlines .range-note').first()).toHaveText(/^€[\d,]+ – €[\d,]+ \(low – high\)$/);
    await expect(app.getByLabel('Payback range')).toContainText('earliest');
    const lines = app.getByRole('region', { name: 'Business case lines' });
    for (const name of ['Landing zone and platform', 'Connectivity', 'Egress', 'Programme tools', 'Licences', 'Provider support', 'Subscriptions', 'Commitment discounts', 'Retired: run cost saved']) {
      await expect(lines.getByRole('rowheader', { name, exact: true })).toBeVisible();
    }
    await expect(lines).toContainText('current monthly cost recorded for 42 of 42 (100%)');

    // The landing zone says its terms; the one-time headline its sum, its range and its data.
    await lines.getByRole('button', { name: /^Connectivity, one-time/ }).click();
    await expect(app.getByRole('note')).toContainText('3 × €6,000 set-up = €18,000');
    await app.keyboard.press('Escape');
    await app.getByRole('button', { name: /^One-time cost, likely/ }).click();
    await expect(app.getByRole('note')).toContainText('€60,000 landing zone and platform + €18,000 connectivity');
    await expect(app.getByRole('note')).toContainText('Range');
    await app.waitForTimeout(200);
    await app.screenshot({ path: join(SCREENSHOTS, 'costs-business-case.png'), fullPage: true });
    await app.keyboard.press('Escape');

    // The hospital Odoo web's run rate shows its right-sizing and isolation premium.
    await app
      .locator('.cost-grid-row', { hasText: 'Odoo web (hospital)' })
      .getByRole('button', { name: /^Run after, Odoo web \(hospital\)/ })
      .click();
    await expect(app.getByRole('note')).toContainText('8 vCPU × €22 (right-sized from 16 at a 35% peak + 30% headroom)');
    await expect(app.getByRole('note')).toContainText('€320 isolation premium');
    await app.keyboard.press('Escape');

    // A 3-year commitment, set where the rate card is edited, makes the run rate after cheaper.
    const runAfter = app.getByRole('button', { name: /^Run rate after, likely/ });
    const before = Number(((await runAfter.textContent()) ?? '').replace(/[^\d]/g, ''));
    await app.getByRole('combobox', { name: 'Commitment term' }).selectOption({ label: '3 years' });
    await expect(app.getByText('✓ Saved')).toBeVisible();
    await expect.poll(async () => Number(((await runAfter.textContent()) ?? '').replace(/[^\d]/g, ''))).toBeLessThan(before);
    await expect(app.getByRole('textbox', { name: 'Landing zone and platform, one-time' })).toBeVisible();
    await app.getByRole('combobox', { name: 'Commitment term' }).scrollIntoViewIfNeeded();
    await app.screenshot({ path: join(SCREENSHOTS, 'costs-rate-card.png') });
  });
});
