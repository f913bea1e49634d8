import type { Page } from '@playwright/test';
import { EstateLibrary } from '../../../electron/backend/services/library.js';
import { ESTATE_SETTINGS } from '../../../shared/estate/estate-settings.js';
import { generateRealisticEstate } from '../../../shared/synthetic/realistic-estate.js';
import { expect } from './fixtures.js';
import type { RunningHost } from './web-host-process.js';

/**
 * A realistic 600-workload estate planned in small waves (at most 8 workloads each):
 * some 80 waves over years, the timeline's hard case (issue 19). Well under the 1,500 workloads
 * above which the plan moves to a worker, so it is ready as soon as the estate opens.
 */
export async function openManyWavesEstate(app: Page, host: RunningHost): Promise<void> {
  const library = new EstateLibrary(host.libraryDir);
  const planSettings = { ...ESTATE_SETTINGS.planSettings.defaults, maxWorkloadsPerWave: 8, startDate: '2026-03-02' };
  library.create('Regional group (small waves)', generateRealisticEstate({ workloads: 600 }), { planSettings });
  library.closeAll();
  await app.reload();
  await app.getByRole('button', { name: 'Regional group (small waves)', exact: true }).click();
  await expect(app.getByText('600 workloads', { exact: true })).toBeVisible();
}
