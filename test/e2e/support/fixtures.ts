import { test as base, expect, type Page } from '@playwright/test';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWebHostProcess, type RunningHost } from './web-host-process.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

/** Each test gets its own web host process on its own empty library. */
export const test = base.extend<{ host: RunningHost; app: Page }>({
  host: async ({}, use) => {
    const host = await startWebHostProcess(ROOT);
    await use(host);
    await host.stop();
  },
  app: async ({ page, host }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // A refused call answers with a 4xx status, which Chromium also logs; those are expected.
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
    await page.goto(host.launchUrl);
    await expect(page.getByRole('heading', { name: 'Waveplan' })).toBeVisible();
    await use(page);
    expect(errors, 'the page logged errors').toEqual([]);
  },
});

export { expect };

export async function openSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Open the healthcare sample/ }).click();
  await expect(page.getByRole('grid', { name: 'Workload inventory' })).toBeVisible();
  await expect(page.locator('.grid-row').first()).toBeVisible();
}

/** The grid cell of a workload (by name) and a column (by field key). */
export function cell(page: Page, workloadName: string, column: string) {
  return page.locator('.grid-row', { has: page.locator('[data-col="name"]', { hasText: new RegExp(`^${escapeRegExp(workloadName)}$`) }) }).locator(`[data-col="${column}"]`);
}

/** Downloads the plan workbook from the Export menu, as a client would get it; returns where it was saved. */
export async function downloadPlanWorkbook(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Export ▾' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /Plan workbook for the client/ }).click();
  const path = join(tmpdir(), `${name}-${Date.now()}.xlsx`);
  await (await download).saveAs(path);
  return path;
}

/** Calls the back end as the page does, with the page's token. */
export async function api<T>(page: Page, method: string, input: unknown = {}): Promise<T> {
  const envelope = (await page.evaluate(
    async ([m, body]) => {
      const response = await fetch(`./api/${m}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Waveplan-Token': sessionStorage.getItem('waveplan.token') ?? '' },
        body: JSON.stringify(body),
      });
      return response.json();
    },
    [method, input] as const,
  )) as { ok: boolean; value: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(envelope.error?.message);
  return envelope.value;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
