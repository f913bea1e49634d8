import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronRuntime } from '../../../scripts/electron-runtime.mjs';
import { ROOT } from '../support/fixtures.js';

const runtime = findElectronRuntime(ROOT);

const SKIP_REASON = 'the Electron runtime is not installed on this machine (its binary download is outside the npm registry); the same renderer and contract are tested through the web host';

test('the desktop host opens the start screen and the sample', async () => {
  if (!runtime) console.log(`Electron spec skipped: ${SKIP_REASON}.`);
  test.skip(!runtime, SKIP_REASON);
  const app = await electron.launch({ executablePath: runtime, args: [ROOT], env: { ...process.env, WAVEPLAN_LIBRARY_DIR: mkdtempSync(join(tmpdir(), 'waveplan-electron-')) } });
  const window = await app.firstWindow();
  await expect(window.getByRole('heading', { name: 'Waveplan' })).toBeVisible();
  expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  await window.getByRole('button', { name: /Open the healthcare sample/ }).click();
  await expect(window.getByText('45 workloads')).toBeVisible();
  await app.close();
});
