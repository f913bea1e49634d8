import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SCREENSHOTS, expect, test } from '../support/fixtures.js';
import { openManyWavesEstate } from '../support/many-waves-estate.js';

// Issue 19: the wave timeline of a plan with 60 and more waves (a realistic estate in
// small waves) was unreadable: month labels on top of each other, bars a few pixels wide,
// 15 rows, no dates and no links between waves. Each check failed before the fix.

test.use({ viewport: { width: 1366, height: 768 } });

async function openWaves(app: Page): Promise<number> {
  await app.getByRole('tab', { name: 'Waves' }).click();
  await expect(app.locator('.view-toolbar').getByText(/\d+ workloads planned/)).toBeVisible({ timeout: 30_000 });
  const waves = Number(/(\d+) waves/.exec((await app.locator('.view-toolbar strong').first().innerText()) ?? '')?.[1]);
  return waves;
}

/** The axis's dates and its Today and Last cutover badges, each with the box of its text, left to right. */
async function axisLabels(app: Page) {
  return app.locator('.timeline-axis .tick.named, .timeline-axis .axis-marker').evaluateAll((ticks) =>
    ticks
      .filter((t) => (t.textContent ?? '') !== '')
      .map((t) => {
        const r = t.classList.contains('axis-marker') ? t.getBoundingClientRect() : { left: Infinity, right: -Infinity };
        const range = document.createRange();
        range.selectNodeContents(t);
        const text = range.getBoundingClientRect();
        return { label: t.textContent ?? '', left: Math.min(text.left, r.left), right: Math.max(text.right, r.right) };
      })
      .sort((a, b) => a.left - b.left),
  );
}

test('60+ waves: labels apart at every zoom, readable bars with dates, a sticky axis, links and the today and last-cutover marks', async ({ app, host }) => {
  test.setTimeout(120_000);
  await openManyWavesEstate(app, host);
  const count = await openWaves(app);
  expect(count).toBeGreaterThanOrEqual(60);
  // By its label as CSS: a role query walks the whole page, and 100 wave cards make it a big one.
  const timeline = app.locator('section[aria-label="Wave timeline"]');
  await timeline.scrollIntoViewIfNeeded();
  // Opens by month: too many waves to fit the width readably.
  await expect(timeline.getByRole('button', { name: 'Months', pressed: true })).toBeVisible();
  await timeline.screenshot({ path: join(SCREENSHOTS, 'timeline-60-waves-months.png') });

  for (const zoom of ['Weeks', 'Months', 'Quarters', 'Fit']) {
    await timeline.getByRole('button', { name: zoom }).click();
    await expect(timeline.getByRole('button', { name: zoom, pressed: true })).toBeVisible();
    const labels = await axisLabels(app);
    expect(labels.length, `${zoom}: the axis names some dates`).toBeGreaterThan(1);
    for (let i = 1; i < labels.length; i++) {
      expect(labels[i]!.left, `${zoom}: "${labels[i - 1]!.label}" and "${labels[i]!.label}" overlap`).toBeGreaterThan(labels[i - 1]!.right + 4);
    }
    await timeline.screenshot({ path: join(SCREENSHOTS, `timeline-60-waves-${zoom.toLowerCase()}.png`) });
  }

  await timeline.getByRole('button', { name: 'Months' }).click();
  // Every wave has its row and its bar, wide enough to see and click, with its dates beside it.
  await expect(timeline.locator('.wave-bar')).toHaveCount(await timeline.locator('.wave-label').count());
  expect(await timeline.locator('.wave-label').count()).toBeGreaterThanOrEqual(60);
  const widths = await timeline.locator('.wave-bar').evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().width));
  expect(Math.min(...widths)).toBeGreaterThanOrEqual(20);
  await expect(timeline.locator('.bar-dates').first()).toHaveText(/^\d{1,2}(–| [A-Z][a-z]{2} – )\d{1,2} [A-Z][a-z]{2}/);

  // Scrolled down to the last wave, the axis is still at the top of the timeline and the names at its left.
  const scroller = timeline.locator('.timeline-scroll');
  const axisTop = (await timeline.locator('.timeline-axis').boundingBox())!.y;
  await scroller.evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight));
  const lastLabel = timeline.locator('.wave-label').last();
  await expect(lastLabel).toBeInViewport();
  expect((await timeline.locator('.timeline-axis').boundingBox())!.y).toBe(axisTop);
  const scrollBox = (await scroller.boundingBox())!;
  expect((await lastLabel.boundingBox())!.x).toBeLessThan(scrollBox.x + 20);
  await timeline.screenshot({ path: join(SCREENSHOTS, 'timeline-60-waves-scrolled.png') });

  // Links between dependent waves, and the last cutover marked on the axis and through the rows.
  expect(await timeline.locator('.timeline-links path[data-link]').count()).toBeGreaterThan(10);
  await expect(timeline.locator('.axis-marker.end')).toHaveText('Last cutover');
  await expect(timeline.locator('.marker-line.end')).toHaveCount(1);
  await expect(timeline.getByText(/today/)).toBeVisible();
});

test('the timeline marks today on the plan when the plan runs over it', async ({ app, host }) => {
  await openManyWavesEstate(app, host);
  await openWaves(app);
  const timeline = app.locator('section[aria-label="Wave timeline"]');
  // Start the plan a month ago: today falls inside it.
  const start = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  await app.locator('.plan-settings input[type="date"]').first().fill(start);
  await expect(timeline.locator('.axis-marker.today')).toHaveText('Today', { timeout: 30_000 });
  await expect(timeline.locator('.marker-line.today')).toHaveCount(1);
});
