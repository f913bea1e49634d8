import { describe, expect, it } from 'vitest';
import { recogniseFormat } from '../../../../../shared/import/formats/recognise.js';
import { awsConnections, awsDiscoveryImport, awsMigrationFactory, awsServerExport } from '../../../../../scripts/import-fixtures.js';
import { bodyOf, headerAt, targetOf } from './format-helpers.js';

describe('AWS', () => {
  it('recognises the Migration Hub import template', () => {
    const file = awsDiscoveryImport();
    const match = recogniseFormat(file)!;
    expect(match.id).toBe('aws-discovery-import');
    expect(match.label).toBe('AWS Migration Hub import template');
    expect(targetOf(file, match, 'HostName')).toEqual({ to: 'field', field: 'name' });
    expect(targetOf(file, match, 'VMware.VMName')).toEqual({ to: 'notes' });
    expect(targetOf(file, match, 'IPAddress')).toEqual({ to: 'field', field: 'ipAddresses' });
    expect(targetOf(file, match, 'CPU.NumberOfLogicalCores')).toEqual({ to: 'field', field: 'vcpu' });
    expect(targetOf(file, match, 'CPU.NumberOfCores')).toEqual({ to: 'ignore' });
    expect(targetOf(file, match, 'RAM.TotalSizeInMB')).toEqual({ to: 'field', field: 'memoryGb', unit: 'MiB' });
    expect(targetOf(file, match, 'Applications')).toEqual({ to: 'field', field: 'system' });
    expect(targetOf(file, match, 'ApplicationWave')).toEqual({ to: 'notes' });
    const hints = bodyOf(file, 'import_template').map((r) => match.environmentHints!(r)?.environment ?? null);
    // The third server has no host name; its VM name is read instead.
    expect(hints).toEqual(['production', 'production', 'development']);
  });

  it('recognises the "Server." prefixed export as the same fields', () => {
    const file = awsServerExport();
    const match = recogniseFormat(file)!;
    expect(match.id).toBe('aws-discovery-import');
    expect(match.label).toBe('AWS Migration Hub server export ("Server." headers)');
    expect(targetOf(file, match, 'Server.HostName')).toEqual({ to: 'field', field: 'name' });
    expect(targetOf(file, match, 'Server.RAM.TotalSizeInMB')).toEqual({ to: 'field', field: 'memoryGb', unit: 'MiB' });
    expect(targetOf(file, match, 'Server.CPU.NumberOfLogicalCores')).toEqual({ to: 'field', field: 'vcpu' });
    expect(targetOf(file, match, 'Recommendation.EC2.Instance.Model')).toEqual({ to: 'ignore' });
  });

  it('says which column is which in the agent connection export', () => {
    const file = awsConnections();
    const match = recogniseFormat(file)!;
    expect(match.id).toBe('aws-discovery-connections');
    expect(match.inventory).toBeNull();
    const dep = match.dependencies[0]!;
    if (dep.layout !== 'connections') throw new Error('expected connections');
    const h = (c: number | undefined) => headerAt(file, dep.sheet, c);
    expect([h(dep.columns.sourceIp), h(dep.columns.destinationIp), h(dep.columns.port), h(dep.columns.protocol), h(dep.columns.sourceProcess)]).toEqual([
      'sourceIp',
      'destinationIp',
      'destinationPort',
      'transportProtocol',
      'agentAssignedProcessId',
    ]);
    expect(dep.columns.sourceName).toBeUndefined();
  });

  it('reads server-level columns when a connections file has them', () => {
    const file = {
      sheets: [
        {
          name: 'connections',
          rows: [
            ['SOURCE_SERVER', 'DESTINATION_SERVER', 'sourceIp', 'destinationIp', 'destinationPort', 'transportProtocol'],
            ['d-server-1', 'd-server-2', '10.0.0.1', '10.0.0.2', '443', 'tcp'],
          ],
        },
      ],
    };
    const dep = recogniseFormat(file)!.dependencies[0]!;
    if (dep.layout !== 'connections') throw new Error('expected connections');
    expect([dep.columns.sourceName, dep.columns.destinationName]).toEqual([0, 1]);
  });

  it('recognises a Cloud Migration Factory intake form', () => {
    const file = awsMigrationFactory();
    const match = recogniseFormat(file)!;
    expect(match.id).toBe('aws-migration-factory');
    expect(match.label).toBe('AWS Cloud Migration Factory intake form');
    expect(targetOf(file, match, 'server_name')).toEqual({ to: 'field', field: 'name' });
    expect(targetOf(file, match, 'app_name')).toEqual({ to: 'field', field: 'system' });
    expect(targetOf(file, match, 'server_environment')).toEqual({ to: 'field', field: 'environment' });
    expect(targetOf(file, match, 'r_type')).toEqual({ to: 'field', field: 'strategy' });
    expect(targetOf(file, match, 'wave_name')).toEqual({ to: 'notes' });
    expect(targetOf(file, match, 'aws_accountid')).toEqual({ to: 'ignore' });
  });
});
