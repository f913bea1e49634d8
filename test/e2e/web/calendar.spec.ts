import { join } from 'node:path';
import { SCREENSHOTS, expect, openSample, test } from '../support/fixtures.js';

test.describe('cutover calendar', () => {
  test('weekdays, time, public holidays and finance close are settings of the estate', async ({ app }) => {
    await openSample(app);
    await app.getByRole('tab', { name: 'Waves' }).click();
    const calendar = app.getByRole('region', { name: 'Cutover calendar' });
    await expect(calendar.getByRole('button', { name: 'Saturday' })).toHaveAttribute('aria-pressed', 'true');
    const wave1 = app.getByRole('article', { name: 'Wave 1', exact: true });
    await expect(wave1.locator('.wave-facts')).toContainText('at 20:00');

    // Sunday only: the last ticked day cannot be unticked.
    await calendar.getByRole('button', { name: 'Saturday' }).click();
    await expect(calendar.getByRole('button', { name: 'Saturday' })).toHaveAttribute('aria-pressed', 'false');
    await expect(calendar.getByRole('button', { name: 'Sunday' })).toBeDisabled();

    await calendar.getByLabel('Cutover time').fill('21:30');
    await expect(wave1.locator('.wave-facts')).toContainText('at 21:30');

    await calendar.getByLabel('Public holidays').selectOption('DE');
    await calendar.getByLabel('Holiday region').selectOption('BY');
    await expect(calendar.getByLabel('Holiday region')).toHaveValue('BY');
    await calendar.getByLabel('Public holidays').selectOption('IE');
    await expect(calendar.getByLabel('Holiday region')).toHaveCount(0);

    await calendar.getByLabel('Before month end').fill('2');
    await calendar.getByLabel('Before month end').press('Enter');
    await expect(calendar).toContainText('No cutover from BD-2 to BD+3');
    await expect(app.getByText('✓ Saved')).toBeVisible();
    await calendar.scrollIntoViewIfNeeded();
    await app.screenshot({ path: join(SCREENSHOTS, 'plan-settings-calendar.png') });

    // Kept in the estate.
    await app.reload();
    const again = app.getByRole('region', { name: 'Cutover calendar' });
    await expect(again.getByLabel('Public holidays')).toHaveValue('IE');
    await expect(again.getByRole('button', { name: 'Saturday' })).toHaveAttribute('aria-pressed', 'false');
  });
});
