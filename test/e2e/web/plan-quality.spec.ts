import { join } from 'node:path';
import { SCREENSHOTS, expect, openSample, test } from '../support/fixtures.js';

test.describe('plan quality', () => {
  test('the Waves view measures the sample’s plan: waves, end date, hybrid links, link-days, balance and dual running', async ({ app }) => {
    await openSample(app);
    await app.getByRole('tab', { name: 'Waves' }).click();
    const strip = app.locator('[data-quality="ready"]');
    await expect(strip).toHaveCount(1);
    await expect(strip).toHaveAttribute('aria-label', 'Plan quality');
    const value = (measure: string) => strip.locator(`[data-measure="${measure}"] .quality-value`);
    await expect(value('waves')).toHaveText(/^[1-9]\d*$/);
    await expect(value('end-date')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
    await expect(value('hybrid-links')).toHaveText(/^\d[\d,]*$/);
    await expect(value('link-days')).toHaveText(/^\d[\d,]*$/);
    await expect(value('balance')).toHaveText(/^\d+–\d+$/);
    await expect(value('dual-running')).toHaveText(/€[\d,]+/);
    // The strip agrees with the timeline: as many waves that move workloads as the count says.
    const waves = Number(await value('waves').textContent());
    const cards = app.getByRole('article', { name: /^Wave \d+$/ });
    await expect(cards).toHaveCount(waves);
    // The end date is the last wave's cutover.
    await expect(cards.last().locator('.wave-facts strong')).toHaveText((await value('end-date').textContent()) as string);

    // The critical path: listed (folded), and marked on the timeline and the wave cards in words, not colour alone.
    const path = app.locator('details.critical-path');
    await expect(path).toHaveCount(1);
    const steps = Number(await path.getAttribute('data-steps'));
    expect(steps).toBeGreaterThan(0);
    await path.locator('summary').click();
    await expect(path.locator('li')).toHaveCount(steps);
    const lastWave = Number(((await path.locator('li').last().getByRole('button').textContent()) as string).replace('Wave ', ''));
    await expect(app.locator('.wave-label', { hasText: `Wave ${lastWave}` }).locator('.critical-mark')).toHaveAttribute('title', 'On the critical path');
    await expect(app.getByRole('button', { name: new RegExp(`^Wave ${lastWave}:.*on the critical path$`) })).toHaveCount(1);
    await expect(app.getByRole('article', { name: `Wave ${lastWave}`, exact: true }).locator('.critical-note')).toContainText('On the critical path:');
    await app.screenshot({ path: join(SCREENSHOTS, 'waves-quality.png') });
    await app.locator('.waves-main').screenshot({ path: join(SCREENSHOTS, 'waves-quality-main.png') });
  });
});
