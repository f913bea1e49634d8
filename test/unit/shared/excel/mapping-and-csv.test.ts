import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv, unguard } from '../../../../shared/excel/csv-read.js';
import { tableToCsv } from '../../../../shared/excel/csv-write.js';
import { guessMapping, headerSetKey, targetId } from '../../../../shared/import/header-mapping.js';
import { INVENTORY_COLUMNS } from '../../../../shared/excel/inventory-columns.js';
import { previewImport, unknownValues, type ImportPreview } from '../../../../shared/import/import-plan.js';
import { addDependencyTable, guessDependencyRoles, isDependencyRecord } from '../../../../shared/import/dependency-import.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import { workload } from '../estate-builders.js';

describe('mapping the client’s headers', () => {
  it('maps our own export’s headers exactly, the computed ones to nothing', () => {
    const ids = guessMapping(INVENTORY_COLUMNS.map((c) => c.column.header)).map(targetId);
    expect(ids.slice(0, 4)).toEqual(['id', 'field:name', 'field:system', 'field:environment']);
    expect(ids).toContain('readiness:backup-restore-tested');
    expect(ids.slice(-4)).toEqual(['ignore', 'ignore', 'ignore', 'ignore']);
  });

  it('guesses common names and synonyms, keeps the rest in notes, and maps a header seen twice once', () => {
    const ids = guessMapping(['Server Name', 'ENV', 'Application', 'Business criticality', 'RAM (GB)', 'Disk', 'RTO', 'Depends On', 'Rack', 'hostname']).map(targetId);
    expect(ids).toEqual(['field:name', 'field:environment', 'field:system', 'field:criticality', 'field:memoryGb', 'field:storageGb', 'field:rtoMinutes', 'dependsOn', 'notes', 'notes']);
  });

  it('remembers a header set whatever its order', () => {
    expect(headerSetKey(['Env', 'Server Name'])).toBe(headerSetKey(['server name', 'ENV']));
  });
});

describe('values and rows', () => {
  const estate = { workloads: [workload('a', { name: 'Odoo web' })], dependencies: [], positions: { a: 1 }, nodePositions: {}, ...DEFAULT_ESTATE_SETTINGS };
  const rows = [
    ['Name', 'Env', 'Criticality', 'Depends on'],
    ['PACS', 'PRD', 'High', 'Odoo web; Nowhere'],
    ['PACS db', 'Moon', 'critical', ''],
  ];
  let n = 0;
  const preview = () => previewImport(estate, { sheet: 'Servers', rows }, guessMapping(rows[0] as string[]), () => `new-${n++}`);

  it('reads Prod, PRD and High as production and criticality 2, and lists the values it cannot read', () => {
    const p = preview();
    expect(p.adds.map((a) => [a.workload.name, a.workload.environment, a.workload.criticality])).toEqual([['PACS', 'production', 2]]);
    expect(unknownValues({ sheet: 'Servers', rows }, guessMapping(rows[0] as string[]))).toEqual([{ column: 1, values: [{ value: 'Moon', count: 1 }] }]);
  });

  it('turns depends-on names into dependencies, and reports a name that is nowhere', () => {
    const p = preview();
    expect(p.dependencies.map((d) => [d.consumerId, d.providerId])).toEqual([[p.adds[0]?.workload.id, 'a']]);
    expect(p.problems.map((x) => [x.row, x.column, x.value, x.message])).toEqual([
      [3, 'B (Env)', 'Moon', expect.stringMatching(/^Unknown environment “Moon”/)],
      [2, 'D (Depends on)', 'Nowhere', 'No workload named “Nowhere” in the estate or the file'],
    ]);
  });
});

describe('CSV', () => {
  it('finds the delimiter, and parses quotes, embedded delimiters and line breaks, and ragged rows', () => {
    expect(detectDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(detectDelimiter('a\tb\n1\t2')).toBe('\t');
    expect(parseCsv('name,notes\r\n"Odoo, web","line one\nline ""two"""\r\nshort\r\n\r\n')).toEqual([['name', 'notes'], ['Odoo, web', 'line one\nline "two"'], ['short']]);
  });

  it('writes formula-like text with an apostrophe, and reads it back as it was', () => {
    const csv = tableToCsv({ columns: [{ header: 'Notes', kind: 'text' }], rows: [['=HYPERLINK("x")'], ['+44 20'], ['plain, with comma']] });
    expect(csv).toBe('\uFEFFNotes\r\n"\'=HYPERLINK(""x"")"\r\n\'+44 20\r\n"plain, with comma"\r\n');
    const back = parseCsv(csv.slice(1))
      .slice(1)
      .map((r) => unguard(r[0] as string));
    expect(back).toEqual(['=HYPERLINK("x")', '+44 20', 'plain, with comma']);
  });
});

describe('dependencies as a table of their own', () => {
  const estate = {
    workloads: [workload('web', { name: 'Odoo web' }), workload('db', { name: 'PostgreSQL' }), workload('ehr', { name: 'EHR' })],
    dependencies: [],
    positions: { web: 1, db: 2, ehr: 3 },
    nodePositions: {},
    ...DEFAULT_ESTATE_SETTINGS,
  };
  const empty = (): ImportPreview => ({ adds: [], updates: [], unchanged: 0, skipped: [], missing: [], dependencies: [], problems: [] });
  let n = 0;

  it('reads a sheet of interfaces with a direction, kinds and coupling, each problem at its cell', () => {
    const rows = [
      ['Source', 'Target', 'Interface type', 'Coupling', 'Direction'],
      ['Odoo web', 'PostgreSQL', 'DB', 'tight', 'upstream'],
      ['Odoo web', 'EHR', 'HL7-FHIR', 'loose', 'downstream'],
      ['Odoo web', 'Nowhere', 'api', 'loose', ''],
      ['EHR', 'PostgreSQL', 'carrier pigeon', '', ''],
    ];
    const preview = empty();
    addDependencyTable(estate, preview, { sheet: 'Interfaces', rows }, guessDependencyRoles(rows[0] as string[]), () => `d${n++}`);
    expect(preview.dependencies.map((d) => [d.consumerId, d.providerId, d.kind, d.coupling])).toEqual([
      ['web', 'db', 'database', 'tight'],
      ['ehr', 'web', 'hl7-fhir', 'loose'],
    ]);
    expect(preview.problems.map((p) => [p.sheet, p.row, p.column, p.value])).toEqual([
      ['Interfaces', 4, 'B (Target)', 'Nowhere'],
      ['Interfaces', 5, 'C (Interface type)', 'carrier pigeon'],
    ]);
  });

  it('takes dependency rows out of an inventory marked by a record type', () => {
    const rows = [
      ['Record type', 'Name', 'Environment', 'Related to', 'Direction'],
      ['Workload', 'PACS', 'Production', '', ''],
      ['Interface', 'PACS', '', 'EHR', 'southbound'],
    ];
    const isDependency = (cells: string[]) => isDependencyRecord(cells[0] ?? '');
    const preview = previewImport(estate, { sheet: 'CMDB', rows }, guessMapping(rows[0] as string[]), () => `w${n++}`, {}, isDependency);
    expect(preview.adds.map((a) => a.workload.name)).toEqual(['PACS']);
    addDependencyTable(estate, preview, { sheet: 'CMDB', rows }, guessDependencyRoles(rows[0] as string[]), () => `d${n++}`, isDependency);
    expect(preview.dependencies.map((d) => [d.consumerId, d.providerId])).toEqual([[preview.adds[0]?.workload.id, 'ehr']]);
  });
});

describe('units and flags in the mapping', () => {
  it('keeps the unit a header states on its field, and still knows the field', () => {
    expect(guessMapping(['Memory (MiB)', 'Provisioned MB', 'Size GiB', 'Recovery Time Obj (hrs)', 'RPO hours', 'Monthly cost €', 'Kosten (EUR)', 'Effort days', 'RAM (GB)'])).toEqual([
      { to: 'field', field: 'memoryGb', unit: 'MiB' },
      { to: 'field', field: 'storageGb', unit: 'MB' },
      { to: 'notes' },
      { to: 'field', field: 'rtoMinutes', unit: 'h' },
      { to: 'field', field: 'rpoMinutes', unit: 'h' },
      { to: 'field', field: 'currentMonthlyCost', unit: 'currency:EUR' },
      { to: 'notes' },
      { to: 'field', field: 'effortDays' },
      { to: 'notes' },
    ]);
  });

  it('does not map a column whose unit the field cannot take ("CPU %" is no vCPU count, it is the peak CPU use)', () => {
    expect(guessMapping(['CPU %', 'CPUs'])).toEqual([
      { to: 'field', field: 'cpuUtilisationPct' },
      { to: 'field', field: 'vcpu' },
    ]);
    expect(guessMapping(['Peak memory', 'Licence model'])).toEqual([
      { to: 'field', field: 'memoryUtilisationPct' },
      { to: 'field', field: 'licensing' },
    ]);
  });

  it('maps a yes/no data question to a flag, and names flags by id', () => {
    const mapping = guessMapping(['Contains PHI? (Y/N)', 'PII']);
    expect(mapping).toEqual([
      { to: 'flag', dataClass: 'phi' },
      { to: 'flag', dataClass: 'pii' },
    ]);
    expect(mapping.map(targetId)).toEqual(['flag:phi', 'flag:pii']);
  });
});
