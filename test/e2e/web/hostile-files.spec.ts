import { test as base } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeBadEstates } from '../../../scripts/bad-estates.js';
import { ROOT, SCREENSHOTS, expect, openSample, test } from '../support/fixtures.js';
import { startWebHostProcess } from '../support/web-host-process.js';

// Issue 13 in the browser: a hostile estate file is refused with its message and the
// library stays as it was; a view that cannot draw what it was given says so in its own
// place, and the rest of the app goes on working.

test('an estate file that carries a trigger is refused, and the library stays as it was', async ({ app }) => {
  const bad = makeBadEstates(mkdtempSync(join(tmpdir(), 'waveplan-e2e-bad-')));
  await openSample(app);
  await app.getByRole('button', { name: 'Estates' }).click();
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: /Open an estate file/ }).click();
  await (await chooser).setFiles(bad.get('trigger-strips-classes.waveplan') as string);
  const alert = app.getByRole('alert');
  await expect(alert).toContainText('Could not open “trigger-strips-classes.waveplan”');
  await expect(alert).toContainText('holds more than estate data: an extra trigger “strip” on “workload”');
  await expect(alert).toContainText('It was not changed');
  await app.screenshot({ path: join(SCREENSHOTS, 'refused-trigger.png') });
  await expect(app.locator('.recent tbody tr')).toHaveCount(1);
});

// Its own page, not the `app` fixture: React reports the error it caught on the console, as it should.
base('a view that cannot draw shows its own message with a way back; the estate and the other views work', async ({ page }) => {
  const host = await startWebHostProcess(ROOT);
  try {
    await page.goto(host.launchUrl);
    await openSample(page);
    const estateUrl = page.url();
    // The back end would never send this (it refuses such a date); the renderer must survive it anyway.
    await page.route('**/api/openEstate', async (route) => {
      const response = await route.fetch();
      const envelope = await response.json();
      envelope.value.planSettings.startDate = '2027-02-30';
      await route.fulfill({ response, json: envelope });
    });
    await page.goto(`${estateUrl}/waves`);
    await page.reload();
    const failed = page.locator('[data-view-error="The Waves view"]');
    await expect(failed).toBeVisible();
    await expect(failed.getByRole('heading', { name: 'The Waves view could not be drawn' })).toBeVisible();
    await expect(failed).toContainText('Your estate is safe');
    await page.screenshot({ path: join(SCREENSHOTS, 'view-error.png') });
    // The top bar is still there, and another view draws.
    await failed.getByRole('button', { name: 'Go to the inventory' }).click();
    await expect(page.getByRole('grid', { name: 'Workload inventory' })).toBeVisible();
    await expect(page.locator('.grid-row').first()).toBeVisible();
  } finally {
    await host.stop();
  }
});

base('hostile files left in the library folder are listed with what is wrong, and the app starts and works', async ({ page }) => {
  const libraryDir = mkdtempSync(join(tmpdir(), 'waveplan-e2e-hostile-library-'));
  const bad = makeBadEstates(libraryDir); // written straight into the library, as if put there by hand
  const host = await startWebHostProcess(ROOT, libraryDir);
  try {
    await page.goto(host.launchUrl);
    const rows = page.locator('.recent tbody tr');
    await expect(rows).toHaveCount(bad.size);
    await expect(page.locator('.recent tr.has-problem')).toHaveCount([...bad.keys()].filter((f) => !/impossible-start-date|settings-garbage/.test(f)).length);
    await expect(page.locator('tr', { hasText: 'view-never-ends' }).locator('.problem')).toContainText('an extra view “forever”');
    await page.screenshot({ path: join(SCREENSHOTS, 'hostile-library.png'), fullPage: true });
    // The sample still opens beside them.
    await openSample(page);
    await expect(page.getByRole('button', { name: 'Estates' })).toBeVisible();
  } finally {
    await host.stop();
  }
});
