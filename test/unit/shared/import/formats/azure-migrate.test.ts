import { describe, expect, it } from 'vitest';
import { recogniseFormat } from '../../../../../shared/import/formats/recognise.js';
import { azureDependenciesAgentBased, azureDependenciesAgentless, azureMigrateAssessment, azureMigrateImport } from '../../../../../scripts/import-fixtures.js';
import { bodyOf, headerAt, targetOf } from './format-helpers.js';

describe('Azure Migrate', () => {
  it('recognises the import template, asterisks and all', () => {
    const file = azureMigrateImport();
    const match = recogniseFormat(file)!;
    expect(match.id).toBe('azure-migrate-import');
    expect(match.label).toBe('Azure Migrate import template (CSV)');
    expect(match.inventory?.sheet).toBe('AzureMigrateImport');
    expect(targetOf(file, match, '*Server name')).toEqual({ to: 'field', field: 'name' });
    expect(targetOf(file, match, '*Cores')).toEqual({ to: 'field', field: 'vcpu' });
    expect(targetOf(file, match, '*Memory (In MB)')).toEqual({ to: 'field', field: 'memoryGb', unit: 'MiB' });
    expect(targetOf(file, match, 'IP addresses')).toEqual({ to: 'field', field: 'ipAddresses' });
    expect(targetOf(file, match, 'Disk 1 size (In GB)')).toEqual({ to: 'field', field: 'storageGb', unit: 'GiB' });
    expect(targetOf(file, match, '*OS name')).toEqual({ to: 'notes' });
    // Storage is every disk's size added up.
    const headers = file.sheets[0]!.rows[0]!;
    expect(match.inventory?.totals).toEqual([{ field: 'storageGb', columns: [headers.indexOf('Disk 1 size (In GB)'), headers.indexOf('Disk 2 size (In GB)')], unit: 'GiB' }]);
    const hint = match.environmentHints!(bodyOf(file, 'AzureMigrateImport')[3]!);
    expect(hint).toMatchObject({ environment: 'test', from: 'name', token: 'tst' });
  });

  it('recognises the assessment export and its disks sheet', () => {
    const file = azureMigrateAssessment();
    const match = recogniseFormat(file)!;
    expect(match.id).toBe('azure-migrate-assessment');
    expect(match.inventory?.sheet).toBe('All_Assessed_Machines');
    expect(targetOf(file, match, 'Machine')).toEqual({ to: 'field', field: 'name' });
    expect(targetOf(file, match, 'Memory(MB)')).toEqual({ to: 'field', field: 'memoryGb', unit: 'MiB' });
    expect(targetOf(file, match, 'Storage(GB)')).toEqual({ to: 'field', field: 'storageGb', unit: 'GiB' });
    expect(targetOf(file, match, 'Compute monthly cost estimate USD')).toEqual({ to: 'ignore' });
    expect(match.enrichment).toEqual([
      { sheet: 'All_Assessed_Disks', kind: 'disks', join: { by: 'workload-name', column: 'Machine' }, columns: [{ header: 'Disk size(GB)', meaning: 'disk size', unit: 'GiB' }] },
    ]);
  });

  it('says which column is which in the agentless dependency export', () => {
    const file = azureDependenciesAgentless();
    const match = recogniseFormat(file)!;
    expect(match.id).toBe('azure-migrate-dependencies');
    expect(match.label).toBe('Azure Migrate dependency export (agentless)');
    expect(match.inventory).toBeNull();
    const dep = match.dependencies[0]!;
    expect(dep.layout).toBe('connections');
    if (dep.layout !== 'connections') return;
    const h = (c: number | undefined) => headerAt(file, dep.sheet, c);
    expect(h(dep.columns.sourceName)).toBe('Source server name');
    expect(h(dep.columns.sourceIp)).toBe('Source IP');
    expect(h(dep.columns.sourceProcess)).toBe('Source process');
    expect(h(dep.columns.destinationName)).toBe('Destination server name');
    expect(h(dep.columns.destinationIp)).toBe('Destination IP');
    expect(h(dep.columns.destinationProcess)).toBe('Destination process');
    expect(h(dep.columns.sourceApplication)).toBe('Source application');
    expect(h(dep.columns.destinationApplication)).toBe('Destination application');
    expect(h(dep.columns.port)).toBe('Destination port');
    expect(dep.columns.count).toBeUndefined();
  });

  it('says which column is which in the agent-based (Service Map) layout', () => {
    const file = azureDependenciesAgentBased();
    const match = recogniseFormat(file)!;
    expect(match.label).toBe('Azure Migrate dependency export (agent-based, Service Map)');
    const dep = match.dependencies[0]!;
    if (dep.layout !== 'connections') throw new Error('expected connections');
    const h = (c: number | undefined) => headerAt(file, dep.sheet, c);
    expect([
      h(dep.columns.monitoredName),
      h(dep.columns.direction),
      h(dep.columns.sourceIp),
      h(dep.columns.destinationIp),
      h(dep.columns.port),
      h(dep.columns.sourceProcess),
      h(dep.columns.protocol),
      h(dep.columns.count),
    ]).toEqual(['Computer', 'Direction', 'SourceIp', 'DestinationIp', 'DestinationPort', 'ProcessName', 'Protocol', 'LinksEstablished']);
    expect(dep.columns.sourceName).toBeUndefined();
  });
});
