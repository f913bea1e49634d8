import { describe, expect, it } from 'vitest';
import { recogniseFormat } from '../../../../../shared/import/formats/recognise.js';
import { konveyorRecordKind } from '../../../../../shared/import/formats/konveyor.js';
import { konveyor } from '../../../../../scripts/import-fixtures.js';
import { bodyOf, targetOf } from './format-helpers.js';

describe('Konveyor', () => {
  it.each(['numeric', 'named'] as const)('splits applications from dependencies with %s record types', (recordTypes) => {
    const file = konveyor(recordTypes);
    const match = recogniseFormat(file)!;
    expect(match.id).toBe('konveyor');
    expect(match.label).toBe('Konveyor application inventory (CSV import)');
    const rows = bodyOf(file, 'konveyor-import');
    expect(rows.filter((r) => match.inventory!.rows!(r)).map((r) => r[1])).toEqual(['Odoo ERP', 'Patient Portal', 'EHR HL7 Gateway', 'Payroll-UAT']);
    const dep = match.dependencies[0]!;
    if (dep.layout !== 'table') throw new Error('expected a table');
    expect(rows.filter((r) => dep.rows!(r)).map((r) => `${r[1]} ${r[6]} ${r[5]}`)).toEqual([
      'Patient Portal southbound Odoo ERP',
      'Odoo ERP northbound Payroll-UAT',
      'Patient Portal southbound EHR HL7 Gateway',
    ]);
    expect(dep.roles.slice(0, 7)).toEqual(['recordType', 'consumer', 'ignore', 'ignore', 'ignore', 'provider', 'direction']);
  });

  it('maps the application columns', () => {
    const file = konveyor();
    const match = recogniseFormat(file)!;
    expect(targetOf(file, match, 'Application Name')).toEqual({ to: 'field', field: 'name' });
    expect(targetOf(file, match, 'Business Service')).toEqual({ to: 'field', field: 'system' });
    expect(targetOf(file, match, 'Description')).toEqual({ to: 'notes' });
    expect(targetOf(file, match, 'Tag 1')).toEqual({ to: 'notes' });
    expect(targetOf(file, match, 'Tag Type 1')).toEqual({ to: 'ignore' });
    expect(targetOf(file, match, 'Dependency')).toEqual({ to: 'ignore' });
    const uat = bodyOf(file, 'konveyor-import')[3]!;
    expect(match.environmentHints!(uat)).toMatchObject({ environment: 'test', from: 'name', token: 'uat' });
  });

  it('reads record types as numbers or words', () => {
    expect(['1', ' 2 ', 'Application', 'DEPENDENCY', '3', ''].map(konveyorRecordKind)).toEqual(['application', 'dependency', 'application', 'dependency', null, null]);
  });
});
