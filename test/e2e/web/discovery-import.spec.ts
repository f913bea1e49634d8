import type { Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { azureDependenciesAgentless, azureMigrateImport, csvBytes, konveyor, rvtools4x, serviceNowRelationships, serviceNowServers, xlsxBytes } from '../../../scripts/import-fixtures.js';
import { SCREENSHOTS, api, expect, openSample, test } from '../support/fixtures.js';

// Issue 14: discovery exports are recognised on sight and mapped with their units; noise
// and suggested environments are shown and chosen; a dependency-only file is matched to
// the workloads already there. Every stored value is checked, not just the counts.

type Snapshot = {
  workloads: { id: string; name: string; memoryGb: number | null; storageGb: number | null; vcpu: number | null; ipAddresses: string[]; environment: string; strategy: string | null }[];
  dependencies: { consumerId: string; providerId: string; kind: string; coupling: string }[];
};

async function importFile(app: Page, name: string, bytes: Buffer) {
  const path = join(tmpdir(), `${Date.now()}-${name}`);
  writeFileSync(path, bytes);
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(path);
  return app.getByRole('dialog', { name: /^Import / });
}

async function estate(app: Page): Promise<Snapshot> {
  const id = /#\/estate\/([^/]+)/.exec(app.url())?.[1];
  return api<Snapshot>(app, 'openEstate', { id });
}

test('an RVTools workbook is recognised, mapped in MiB, and its noise left out or retired as chosen', async ({ app }) => {
  await openSample(app);
  const dialog = await importFile(app, 'RVTools_export_all.xlsx', await xlsxBytes(rvtools4x()));
  await expect(dialog.getByRole('status')).toContainText('Recognised: RVTools export, 4.x headers (MiB).');
  await expect(dialog.getByLabel('Field for Memory')).toHaveValue('field:memoryGb');
  await expect(dialog.locator('.discovery-choices')).toContainText('1 template, 1 system VM, 1 powered-off VM');
  await dialog.getByLabel('Discovery noise', { exact: true }).selectOption('retire');
  await dialog.getByLabel('Use them where the file has no environment').check();
  await app.screenshot({ path: join(SCREENSHOTS, 'import-rvtools-mapping.png') });
  await dialog.getByLabel('Field for Memory').scrollIntoViewIfNeeded();
  await app.screenshot({ path: join(SCREENSHOTS, 'import-rvtools-units.png') });
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.locator('.import-counts')).toContainText('11 to add');
  await app.screenshot({ path: join(SCREENSHOTS, 'import-rvtools-preview.png') });
  await dialog.getByRole('button', { name: /^Import \d+ changes/ }).click();
  await expect(app.getByText('56 workloads', { exact: true })).toBeVisible();

  const stored = await estate(app);
  const vm = (name: string) => stored.workloads.find((w) => w.name === name);
  // 16,384 MiB of memory is 16 GB; 107,520 MiB provisioned is 105 GB.
  expect(vm('ehr-hl7-prd01')).toMatchObject({ memoryGb: 16, storageGb: 105, vcpu: 4, ipAddresses: ['10.20.1.11'], environment: 'production' });
  expect(vm('pg-odoo-prd01')).toMatchObject({ memoryGb: 64, storageGb: 512 });
  // The suggestion from the name ("tst") is used, since the file has no environment column.
  expect(vm('redis-cache-tst01')?.environment).toBe('test');
  // Noise came in as Retire.
  expect(vm('tpl-rhel9-base')?.strategy).toBe('retire');
  expect(vm('payroll-app-uat01')?.strategy).toBe('retire');
});

test('a ServiceNow server extract, then its relationships alone, become workloads and their dependencies', async ({ app }) => {
  await openSample(app);
  let dialog = await importFile(app, 'cmdb_ci_server.csv', csvBytes(serviceNowServers().sheets[0]?.rows ?? []));
  await expect(dialog.getByRole('status')).toContainText('Recognised: ServiceNow CMDB servers');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await dialog.getByRole('button', { name: /^Import \d+ changes/ }).click();
  await expect(app.getByText('48 workloads', { exact: true })).toBeVisible();

  dialog = await importFile(app, 'cmdb_rel_ci.csv', csvBytes(serviceNowRelationships().sheets[0]?.rows ?? []));
  await expect(dialog.getByRole('status')).toContainText('Recognised: ServiceNow CMDB relationships');
  await expect(dialog).toContainText('This file holds dependencies only');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.locator('.import-counts')).toContainText('1 dependencies to add');
  // Relations to what is not in the estate (an ESX host, a server not imported) are named, not dropped.
  const problems = dialog.getByRole('region', { name: 'Problems' });
  await expect(problems).toContainText('No workload named “esx-prd-02” in the estate or the file');
  await dialog.getByLabel('Leave out the 2 rows with problems and import the rest').check();
  await dialog.getByRole('button', { name: 'Import one change' }).click();
  const stored = await estate(app);
  const named = (name: string) => stored.workloads.find((w) => w.name === name);
  expect(stored.dependencies).toHaveLength(58);
  // "odoo-app-prd01 Depends on::Used by pg-odoo-prd01": the application consumes the database.
  expect(stored.dependencies.at(-1)).toMatchObject({ consumerId: named('odoo-app-prd01')?.id, providerId: named('pg-odoo-prd01')?.id });
});

test('a Konveyor CSV with numeric record types: applications and their dependencies, no duplicate-name problems', async ({ app }) => {
  await openSample(app);
  const dialog = await importFile(app, 'konveyor-applications.csv', csvBytes(konveyor('numeric').sheets[0]?.rows ?? []));
  await expect(dialog.getByRole('status')).toContainText('Recognised: Konveyor application inventory');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('region', { name: 'Problems' })).toHaveCount(0);
  await expect(dialog.locator('.import-counts')).toContainText('4 to add');
  await expect(dialog.locator('.import-counts')).toContainText('dependencies to add');
});

test('an Azure Migrate dependency export alone becomes dependencies between known servers, with its noise and unknown endpoints said', async ({ app }) => {
  await openSample(app);
  let dialog = await importFile(app, 'AzureMigrate_import.csv', csvBytes(azureMigrateImport().sheets[0]?.rows ?? []));
  await expect(dialog.getByRole('status')).toContainText('Recognised: Azure Migrate import template');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await dialog.getByRole('button', { name: /^Import \d+ changes/ }).click();
  await expect(app.getByText('49 workloads', { exact: true })).toBeVisible();

  dialog = await importFile(app, 'AzureMigrate_Dependencies.csv', csvBytes(azureDependenciesAgentless().sheets[0]?.rows ?? []));
  await expect(dialog.getByRole('status')).toContainText('Recognised: Azure Migrate dependency export (agentless)');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  const panel = dialog.getByRole('region', { name: 'Observed connections' });
  await expect(panel).toContainText('between known workloads (1 dependencies)');
  // The HL7 peer at 10.99.0.8 and Redis are not in the estate: listed, not dropped; one is added.
  await expect(panel).toContainText('10.99.0.8');
  await panel.getByLabel('Add 10.99.0.8 as a workload').check();
  await expect(dialog.locator('.import-counts')).toContainText('1 to add');
  await app.screenshot({ path: join(SCREENSHOTS, 'import-connections.png') });
  await dialog.getByRole('button', { name: /^Import \d+ changes/ }).click();
  await expect(app.getByText('50 workloads', { exact: true })).toBeVisible();
  const stored = await estate(app);
  const named = (name: string) => stored.workloads.find((w) => w.name === name);
  const pg = named('pg-odoo-prd01.clinic.local');
  const odoo = named('odoo-app-prd01.clinic.local');
  expect(stored.dependencies.find((d) => d.consumerId === odoo?.id && d.providerId === pg?.id)).toMatchObject({ kind: 'database', coupling: 'tight' });
  expect(named('10.99.0.8')?.ipAddresses).toEqual(['10.99.0.8']);
});
