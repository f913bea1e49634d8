import type { Page } from '@playwright/test';
import { EstateLibrary } from '../../../electron/backend/services/library.js';
import { generateSyntheticEstate } from '../../../shared/synthetic/generate-estate.js';
import { expect } from './fixtures.js';
import type { RunningHost } from './web-host-process.js';

/** Puts the 10,000 / 50,000 synthetic estate in the host's library and opens it. */
export async function openLargeEstate(app: Page, host: RunningHost): Promise<void> {
  const library = new EstateLibrary(host.libraryDir);
  library.create('Synthetic group (10k)', generateSyntheticEstate({ workloads: 10_000, dependencies: 50_000 }));
  library.closeAll();
  await app.reload();
  await app.getByRole('button', { name: 'Synthetic group (10k)', exact: true }).click();
  await expect(app.getByText('10,000 workloads', { exact: true })).toBeVisible();
}
