import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { SCREENSHOTS, expect, test } from '../support/fixtures.js';
import { openManyWavesEstate } from '../support/many-waves-estate.js';

// Issue 19: beyond some 20 waves the Costs charts' wave labels ran into each other, and
// a payback "not within 10 years" ran out of its card. Each check failed before the fix.

test.use({ viewport: { width: 1366, height: 768 } });

/** The boxes of the text labels drawn in one chart, left to right, that overlap their neighbour. */
async function overlapping(labels: Locator): Promise<string[]> {
  const boxes = await labels.evaluateAll((els) =>
    els
      .map((el) => ({ text: el.textContent ?? '', box: el.getBoundingClientRect() }))
      .filter((l) => l.text !== '')
      .sort((a, b) => a.box.left - b.box.left)
      .map((l) => ({ text: l.text, left: l.box.left, right: l.box.right, top: l.box.top, bottom: l.box.bottom })),
  );
  const out: string[] = [];
  for (let i = 1; i < boxes.length; i++) {
    const [a, b] = [boxes[i - 1]!, boxes[i]!];
    const sameRow = a.top < b.bottom && b.top < a.bottom;
    if (sameRow && b.left < a.right) out.push(`${a.text} / ${b.text}`);
  }
  return out;
}

test('with 60+ waves the Costs charts keep their labels apart, and a payback beyond ten years stays in its card', async ({ app, host }) => {
  test.setTimeout(90_000);
  await openManyWavesEstate(app, host);
  await app.getByRole('tab', { name: 'Costs' }).click();
  const perWave = app.locator('figure[aria-label="Cost per wave"]');
  await expect(perWave.locator('.recharts-bar-rectangle').first()).toBeVisible({ timeout: 20_000 });
  const ticks = perWave.locator('[class*="xAxis"] .recharts-cartesian-axis-tick-value');
  expect(await ticks.count(), 'some waves are named').toBeGreaterThan(2);
  expect(await overlapping(ticks)).toEqual([]);
  const cumulative = app.locator('figure[aria-label="Cumulative spend"]');
  const marks = cumulative.locator('text.recharts-label');
  expect(await marks.count(), 'some cutovers are named').toBeGreaterThan(1);
  expect(await overlapping(marks)).toEqual([]);
  expect(await overlapping(app.locator('figure[aria-label="Run rate before and after, by tier"] [class*="xAxis"] .recharts-cartesian-axis-tick-value'))).toEqual([]);
  await app.locator('.cost-charts').screenshot({ path: join(SCREENSHOTS, 'costs-charts-60-waves.png') });

  // Dear enough cloud that the plan never pays back.
  const vcpu = app.getByRole('textbox', { name: 'vCPU, per month' });
  await vcpu.fill('5000');
  await vcpu.press('Enter');
  const payback = app.getByRole('button', { name: 'Payback month' });
  await expect(payback).toHaveText('not within 10 years');
  const card = app.locator('.headline', { has: payback });
  const [figure, box] = [(await payback.boundingBox())!, (await card.boundingBox())!];
  expect(figure.x + figure.width).toBeLessThanOrEqual(box.x + box.width);
  await app.locator('.cost-headlines').screenshot({ path: join(SCREENSHOTS, 'costs-payback-not-within-10-years.png') });
});
