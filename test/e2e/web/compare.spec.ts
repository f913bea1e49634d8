import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { report, seriousProblems } from '../support/a11y/audit.js';
import { SCREENSHOTS, api, expect, openSample, test } from '../support/fixtures.js';
import { openLargeEstate } from '../support/large-estate.js';

// The Compare view. With the baseline alone it explains how to make a scenario. The
// second and third tests stand a scenario in at the page's network (the estate lists a
// second scenario, and openScenario answers for it with the sample under other plan
// settings), so they test the view alone; scenarios.spec.ts compares a real scenario.

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

async function openCompare(page: Page) {
  await page.getByRole('tab', { name: 'Compare' }).click();
  await expect(page.getByRole('tab', { name: 'Compare' })).toHaveAttribute('aria-selected', 'true');
}

/** Lists a second scenario with the estate, and answers openScenario for it with the estate under other plan settings. */
async function standInScenario(page: Page) {
  await page.route('**/api/openEstate', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { ok: boolean; value: { scenarios: { id: string; name: string }[] } };
    if (json.ok) json.value.scenarios.push({ id: 'march', name: 'Two in flight from March' });
    await route.fulfill({ response, json });
  });
  await page.route('**/api/openScenario', async (route) => {
    const { id, scenarioId } = route.request().postDataJSON() as { id: string; scenarioId: string };
    if (scenarioId !== 'march') return route.continue();
    const response = await route.fetch({ url: route.request().url().replace('openScenario', 'openEstate'), postData: JSON.stringify({ id }) });
    const json = (await response.json()) as { value: { planSettings: Record<string, unknown>; activeScenarioId: string } };
    json.value.planSettings = { ...json.value.planSettings, wavesInFlight: 2, startDate: '2027-03-01' };
    json.value.activeScenarioId = 'march';
    await route.fulfill({ response, json });
  });
}

test.describe('comparing scenarios', () => {
  test('with only the baseline, the view explains how to create a scenario', async ({ app }) => {
    await openSample(app);
    await openCompare(app);
    const empty = app.locator('[data-compare="one-scenario"]');
    await expect(empty).toBeVisible();
    await expect(empty.getByRole('heading', { name: 'Compare scenarios' })).toBeVisible();
    await expect(empty).toContainText('This estate has one scenario, the baseline');
    await expect(empty.getByRole('listitem')).toHaveCount(3);
    // The contract's openScenario: the baseline is the estate as opened; another id is not found.
    const id = /#\/estate\/([a-z0-9-]+)/.exec(app.url())?.[1] as string;
    const baseline = await api<{ scenarios: { id: string; name: string }[]; activeScenarioId: string; workloads: unknown[] }>(app, 'openScenario', { id, scenarioId: 'baseline' });
    expect(baseline.scenarios).toEqual([{ id: 'baseline', name: 'Baseline' }]);
    expect(baseline.activeScenarioId).toBe('baseline');
    expect(baseline.workloads).toHaveLength(45);
    await expect(api(app, 'openScenario', { id, scenarioId: 'no-such' })).rejects.toThrow(/no scenario .no-such./);
    await expect(api(app, 'openScenario', { id, scenarioId: 'Not An Id' })).rejects.toThrow(/scenarioId: A scenario id is lower-case letters, digits and dashes/);
    for (const size of SIZES) {
      await app.setViewportSize(size);
      await expect(empty).toBeInViewport();
      await app.screenshot({ path: join(SCREENSHOTS, `compare-one-scenario-${size.width}.png`) });
    }
  });

  test('two scenarios side by side: figures with their changes, each explained, the workloads that change, overlaid charts', async ({ app }) => {
    await standInScenario(app);
    await openSample(app);
    await openCompare(app);
    await expect(app.locator('[data-compare="ready"]')).toHaveCount(1);
    const table = app.getByRole('table', { name: 'Figures by scenario' });
    await expect(table.getByRole('columnheader')).toHaveText(['Figure', 'Baseline (reference)', 'Two in flight from March']);
    await expect(table.locator('tbody tr')).toHaveCount(13);
    // The end date moves with the later start: marked changed, with an arrow and words, not colour alone.
    const end = table.locator('tr[data-figure="endDate"] td').nth(1);
    await expect(end).toHaveAttribute('data-changed', 'true');
    await expect(end.locator('.compare-change')).toHaveText(/^[▲▼] [+−][\d,]+ days? \((better|worse)\) against Baseline$/);
    // The same inventory: the before run rate does not change.
    await expect(table.locator('tr[data-figure="runBefore"] td').nth(1)).toHaveAttribute('data-changed', 'false');
    await expect(table.locator('tr[data-figure="runBefore"] td').nth(1)).toContainText('same as Baseline');
    // A figure opens to its explanation, in its own scenario.
    await table.locator('tr[data-figure="endDate"] td').nth(1).getByRole('button').click();
    await expect(app.getByRole('note')).toContainText('the last cutover of a wave that moves workloads, 20');
    await expect(app.getByRole('note')).toContainText('(The Waves view shows this figure.)');
    await app.keyboard.press('Escape');
    await table.locator('tr[data-figure="oneTime"] td').first().getByRole('button').click();
    await expect(app.getByRole('note')).toContainText('(The Costs view shows this figure.)');
    await app.keyboard.press('Escape');
    // Both charts drawn, a line per scenario.
    for (const name of ['Cumulative spend by scenario', 'Workloads moved over time by scenario']) {
      const chart = app.getByRole('figure', { name });
      await expect(chart.locator('.recharts-line')).toHaveCount(2);
    }
    // The per-workload diff: only what changed, then every workload, then one field.
    const status = app.locator('[data-diff-rows]');
    const changed = Number(await status.getAttribute('data-diff-rows'));
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBeLessThanOrEqual(45);
    const which = app.getByRole('combobox', { name: 'Which workloads to show' });
    await which.selectOption('all');
    await expect(status).toHaveAttribute('data-diff-rows', '45');
    await which.selectOption('tier');
    await expect(status).toHaveAttribute('data-diff-rows', '0');
    await expect(app.getByText('No workload changes between these scenarios.')).toBeVisible();
    await which.selectOption('cutover');
    await expect(app.getByRole('list', { name: 'Workloads' }).getByRole('listitem').first()).toContainText('(changed)');
    const problems = await seriousProblems(app);
    expect(problems, report(problems)).toEqual([]);
    // The changes' tints and words keep their contrast in the other themes too.
    for (const theme of ['dark', 'contrast']) {
      await app.evaluate((t) => localStorage.setItem('waveplan.theme', t), theme);
      await app.reload();
      await expect(app.locator(`html[data-theme="${theme}"]`)).toHaveCount(1);
      await expect(app.locator('[data-compare="ready"]')).toHaveCount(1);
      const inTheme = await seriousProblems(app);
      expect(inTheme, `${theme}:\n${report(inTheme)}`).toEqual([]);
      await app.screenshot({ path: join(SCREENSHOTS, `compare-two-${theme}.png`) });
    }
    await app.evaluate(() => localStorage.setItem('waveplan.theme', 'light'));
    await app.reload();
    await expect(app.locator('[data-compare="ready"]')).toHaveCount(1);
    await expect(which).toHaveValue('changed');
    await which.selectOption('cutover');
    for (const size of SIZES) {
      await app.setViewportSize(size);
      await expect(table).toBeVisible();
      await app.screenshot({ path: join(SCREENSHOTS, `compare-two-${size.width}.png`) });
      await app.locator('.compare-view').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await app.screenshot({ path: join(SCREENSHOTS, `compare-two-${size.width}-lower.png`) });
      await app.locator('.compare-view').evaluate((el) => el.scrollTo(0, 0));
    }
  });

  test('on 10,000 workloads the scenarios are planned off the UI thread, with progress', async ({ app, host }) => {
    test.setTimeout(240_000);
    await standInScenario(app);
    await openLargeEstate(app, host);
    // Long tasks on the UI thread from here on, as the browser counts them.
    await app.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.longest = Math.max(w.longest, e.duration)))).observe({ type: 'longtask', buffered: false });
    });
    await openCompare(app);
    const working = app.locator('[data-compare="working"]');
    await expect(working).toBeVisible();
    await expect(working.getByRole('progressbar', { name: 'Comparing the scenarios' })).toBeVisible();
    await app.screenshot({ path: join(SCREENSHOTS, 'compare-large-working.png') });
    await expect(app.locator('[data-compare="ready"]')).toHaveCount(1, { timeout: 200_000 });
    await expect(app.locator('[data-diff-rows]')).not.toHaveAttribute('data-diff-rows', '0');
    const longest = await app.evaluate(() => (window as unknown as { longest: number }).longest);
    console.log(`compare on 10,000 workloads: longest UI-thread task ${Math.round(longest)} ms`);
    await app.screenshot({ path: join(SCREENSHOTS, 'compare-large-ready.png') });
  });
});
