import { describe, expect, it } from 'vitest';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import type { Workload } from '../../../../shared/domain/workload.js';
import { previewImport } from '../../../../shared/import/import-plan.js';
import { DEFAULT_DISCOVERY_CHOICES, withNameFallback, withTotals, workloadRows } from '../../../../shared/import/discovery-import.js';
import { applyEnrichment } from '../../../../shared/import/enrichment.js';
import { recogniseFormat } from '../../../../shared/import/formats/recognise.js';
import { IMPORT_FIXTURES } from '../../../../scripts/import-fixtures.js';

// Every discovery export, imported with no hand mapping the way the dialog does it
// (recognise, add up, fill blank names, leave noise out, enrich), and the values as they
// would be stored, worked out by hand from the fixture: memory and storage in GB, IPs,
// owners, systems.

function importFixture(name: keyof typeof IMPORT_FIXTURES): Workload[] {
  const file = IMPORT_FIXTURES[name]();
  const match = recogniseFormat(file);
  if (!match?.inventory) throw new Error(`${name} was not recognised as an inventory`);
  const sheet = file.sheets.find((s) => s.name === match.inventory?.sheet);
  const totalled = withTotals({ sheet: sheet?.name ?? '', rows: sheet?.rows ?? [], nativeNumbers: name.endsWith('.xlsx') }, match.inventory.mapping, match.inventory.totals);
  const { table } = withNameFallback(totalled.table, totalled.mapping);
  const estate = { workloads: [], dependencies: [], positions: {}, nodePositions: {}, ...DEFAULT_ESTATE_SETTINGS };
  let n = 0;
  const preview = previewImport(estate, table, totalled.mapping, () => `w${n++}`, {}, workloadRows(match, table, DEFAULT_DISCOVERY_CHOICES));
  applyEnrichment(preview, table, file, match.enrichment, new Map());
  expect(preview.problems, name).toEqual([]);
  return preview.adds.map((a) => a.workload);
}

const pick = (w: Workload | undefined) => w && { name: w.name, vcpu: w.vcpu, memoryGb: w.memoryGb, storageGb: w.storageGb, ipAddresses: w.ipAddresses };

describe('every discovery export, imported with no hand mapping', () => {
  it('RVTools 4.x: MiB to GB, noise left out', () => {
    const adds = importFixture('rvtools-4x.xlsx');
    expect(adds.map((w) => w.name)).not.toContain('tpl-rhel9-base');
    expect(adds.some((w) => w.name.startsWith('vCLS'))).toBe(false);
    // 16,384 MiB = 16 GB; vDisk: 107,520 MiB = 105 GB.
    expect(pick(adds[0])).toEqual({ name: 'ehr-hl7-prd01', vcpu: 4, memoryGb: 16, storageGb: 105, ipAddresses: ['10.20.1.11'] });
  });

  it('RVTools 3.x per-tab CSV: comma-grouped MB headers read as MiB', () => {
    // "16,384" MB = 16 GB; "105,000" MB = 105,000 / 1,024 = 102.5390625 GB.
    expect(pick(importFixture('RVTools_tabvInfo-3x.csv')[0])).toEqual({ name: 'EHRHL7PRD01', vcpu: 4, memoryGb: 16, storageGb: 102.5390625, ipAddresses: [] });
  });

  it('Azure Migrate import template: disks added up, every IP kept', () => {
    // "Memory (In MB)" 16,384 = 16 GB; disks 64 + 40 GB.
    expect(pick(importFixture('azure-migrate-import.csv')[0])).toEqual({ name: 'ehr-hl7-prd01.clinic.local', vcpu: 4, memoryGb: 16, storageGb: 104, ipAddresses: ['10.20.1.11', '10.20.9.11'] });
  });

  it('Azure Migrate assessment export', () => {
    expect(pick(importFixture('azure-migrate-assessment.xlsx')[0])).toEqual({ name: 'odoo-app-prd01', vcpu: 8, memoryGb: 32, storageGb: 80, ipAddresses: ['10.20.2.21'] });
  });

  it('AWS Migration Hub import template: a blank host name falls back to the VM name', () => {
    const adds = importFixture('aws-migration-hub-import.csv');
    expect(pick(adds[0])).toEqual({ name: 'odoo-app-prd01', vcpu: 8, memoryGb: 32, storageGb: null, ipAddresses: ['10.20.2.21'] });
    expect(adds[0]?.system).toBe('Odoo ERP');
    expect(adds.map((w) => w.name)).toContain('payroll-app-dev01');
  });

  it('AWS "Server." export and Cloud Migration Factory intake', () => {
    expect(pick(importFixture('aws-ec2-recommendations.csv')[0])).toMatchObject({ name: 'odoo-app-prd01', vcpu: 8, memoryGb: 32 });
    const cmf = importFixture('aws-cmf-intake.csv');
    expect([cmf[0]?.name, cmf[0]?.system]).toEqual(['odoo-app-prd01', 'Odoo ERP']);
  });

  it('ServiceNow cmdb_ci_server: sizes, address and owner', () => {
    const [first] = importFixture('servicenow-cmdb_ci_server.csv');
    expect(pick(first)).toEqual({ name: 'odoo-app-prd01', vcpu: 8, memoryGb: 32, storageGb: 80, ipAddresses: ['10.20.2.21'] });
    expect(first?.owner).toBe('Grace Okafor');
  });

  it('Konveyor with numeric record types: applications only, no dependency row read as a workload', () => {
    const adds = importFixture('konveyor-import.csv');
    expect(adds).toHaveLength(4);
    expect([adds[0]?.name, adds[0]?.system]).toEqual(['Odoo ERP', 'Hospital Operations']);
  });

  it('Waveplan’s own workbook', () => {
    expect(pick(importFixture('waveplan-workbook.xlsx')[0])).toMatchObject({ name: 'Odoo ERP (prod)', memoryGb: 32 });
  });
});
