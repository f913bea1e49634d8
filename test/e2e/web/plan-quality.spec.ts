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

    // The critical path, when the plan has one: listed, and marked on the timeline in words, not colour alone.
    const path = app.locator('details.critical-path');
    if ((await path.count()) > 0) {
      await path.locator('summary').click();
      await expect(path.locator('li').first()).toContainText('Wave');
      await expect(app.locator('.wave-label .critical-mark').first()).toHaveAttribute('title', 'On the critical path');
    }
    await app.screenshot({ path: join(SCREENSHOTS, 'waves-quality.png') });
    await app.locator('.waves-main').screenshot({ path: join(SCREENSHOTS, 'waves-quality-main.png') });
  });
});
