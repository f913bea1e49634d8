import { join } from 'node:path';
import { SCREENSHOTS, expect, openSample, test } from '../support/fixtures.js';
import { ESTATE_VIEWS, WORKSHOP_SIZES, controlsOffScreen, waitForView } from '../support/workshop-sizes.js';

// Issue 19: every view at every screen a workshop uses, photographed, with no control of
// the top bar or of a view's toolbar off screen or cut off.

for (const size of WORKSHOP_SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test('every view fits: nothing in the top bar or a toolbar is off screen', async ({ app }) => {
      await openSample(app);
      for (const view of ESTATE_VIEWS) {
        await app.getByRole('tab', { name: new RegExp(`^${view}`) }).click();
        await waitForView(app, view);
        await app.screenshot({ path: join(SCREENSHOTS, `sizes-${size.name}-${view.toLowerCase()}.png`) });
        expect.soft(await controlsOffScreen(app), `${view} at ${size.name}`).toEqual([]);
      }
      // The start screen with the estate in its list, as a workshop comes back to it.
      await app.getByRole('button', { name: 'Estates' }).click();
      await expect(app.getByRole('button', { name: 'Meridian Health Group (sample)', exact: true })).toBeVisible();
      await app.screenshot({ path: join(SCREENSHOTS, `sizes-${size.name}-start.png`) });
    });
  });
}

test.describe('the top bar on a laptop', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('shows the estate name whole at 1366 px', async ({ app }) => {
    await openSample(app);
    const title = app.locator('.estate-title');
    await expect(title).toHaveText('Meridian Health Group (sample)');
    const cut = await title.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(cut, 'the name is cut with an ellipsis').toBe(false);
  });
});

test.describe('the top bar at 150% zoom', () => {
  test.use({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1.5 });

  test('folds Import and Export into a More menu that offers both', async ({ app }) => {
    await openSample(app);
    await expect(app.getByRole('button', { name: 'Export ▾' })).toBeHidden();
    await app.getByRole('button', { name: 'More ▾' }).click();
    const menu = app.getByRole('menu', { name: 'More' });
    await expect(menu.getByRole('menuitem', { name: /^Import…/ })).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: /Plan workbook for the client/ })).toBeVisible();
    const box = await menu.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    await app.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
  });
});
