import { describe, expect, it } from 'vitest';
import { recogniseFormat } from '../../../../../shared/import/formats/recognise.js';
import { serviceNowDirection } from '../../../../../shared/import/formats/servicenow.js';
import { serviceNowRelationships, serviceNowServers, serviceNowWorkbook } from '../../../../../scripts/import-fixtures.js';
import { bodyOf, targetOf } from './format-helpers.js';

describe('ServiceNow', () => {
  it('recognises a cmdb_ci_server CSV extract by its field names', () => {
    const file = serviceNowServers();
    const match = recogniseFormat(file)!;
    expect(match.id).toBe('servicenow-cmdb');
    expect(match.label).toBe('ServiceNow CMDB servers (cmdb_ci_server)');
    expect(match.inventory?.sheet).toBe('cmdb_ci_server');
    expect(targetOf(file, match, 'name')).toEqual({ to: 'field', field: 'name' });
    expect(targetOf(file, match, 'ip_address')).toEqual({ to: 'field', field: 'ipAddresses' });
    expect(targetOf(file, match, 'cpu_count')).toEqual({ to: 'field', field: 'vcpu' });
    expect(targetOf(file, match, 'ram')).toEqual({ to: 'field', field: 'memoryGb', unit: 'MiB' });
    expect(targetOf(file, match, 'disk_space')).toEqual({ to: 'field', field: 'storageGb', unit: 'GB' });
    expect(targetOf(file, match, 'used_for')).toEqual({ to: 'field', field: 'environment' });
    expect(targetOf(file, match, 'owned_by')).toEqual({ to: 'field', field: 'owner' });
    expect(targetOf(file, match, 'company')).toEqual({ to: 'field', field: 'tenant' });
    expect(targetOf(file, match, 'support_group')).toEqual({ to: 'notes' });
    expect(targetOf(file, match, 'sys_id')).toEqual({ to: 'ignore' });
    expect(match.dependencies).toEqual([]);
    expect(match.environmentHints!(bodyOf(file, 'cmdb_ci_server')[2]!)).toMatchObject({ environment: 'test', from: 'name', token: 'qa' });
  });

  it('reads cmdb_rel_ci types as directions and leaves out containment', () => {
    const file = serviceNowRelationships();
    const match = recogniseFormat(file)!;
    expect(match.label).toBe('ServiceNow CMDB relationships (cmdb_rel_ci)');
    expect(match.inventory).toBeNull();
    const dep = match.dependencies[0]!;
    if (dep.layout !== 'table') throw new Error('expected a table');
    expect(dep.roles).toEqual(['ignore', 'consumer', 'direction', 'provider', 'ignore']);
    const rows = bodyOf(file, 'cmdb_rel_ci');
    expect(rows.map((r) => dep.rows!(r))).toEqual([true, true, true, false]);
    expect(rows.map((r) => dep.directionOf!(r[2]!))).toEqual(['upstream', 'downstream', 'upstream', null]);
  });

  it('knows the common relationship types both ways round', () => {
    expect(serviceNowDirection('Depends on::Used by')).toBe('upstream');
    expect(serviceNowDirection('Used by::Depends on')).toBe('downstream');
    expect(serviceNowDirection('Runs on::Runs')).toBe('upstream');
    expect(serviceNowDirection('Hosted on::Hosts')).toBe('upstream');
    expect(serviceNowDirection('Hosts::Hosted on')).toBe('downstream');
    expect(serviceNowDirection('Members::Member of')).toBeNull();
  });

  it('recognises a workbook of labelled list exports with relationships and extra CI sheets', () => {
    const file = serviceNowWorkbook();
    const match = recogniseFormat(file)!;
    expect(match.label).toBe('ServiceNow CMDB extract (servers and relationships)');
    expect(match.inventory?.sheet).toBe('Page 1');
    expect(targetOf(file, match, 'RAM (MB)')).toEqual({ to: 'field', field: 'memoryGb', unit: 'MiB' });
    expect(targetOf(file, match, 'Used for')).toEqual({ to: 'field', field: 'environment' });
    expect(match.dependencies[0]).toMatchObject({ sheet: 'Relationships', layout: 'table', roles: ['consumer', 'direction', 'provider'] });
    expect(match.enrichment).toEqual([{ sheet: 'Databases', kind: 'records', join: { by: 'workload-name', column: 'Name' }, columns: [] }]);
    expect(match.evidence.map((e) => e.sheet)).toEqual(['Page 1', 'Relationships']);
  });
});
