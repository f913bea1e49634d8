import { describe, expect, it } from 'vitest';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import { decodeText, parseCsv } from '../../../../shared/excel/csv-read.js';
import { guessMapping, targetForHeader } from '../../../../shared/import/header-mapping.js';
import { changesOf, previewImport } from '../../../../shared/import/import-plan.js';
import { workload } from '../estate-builders.js';

// A client's inventory as it really arrives: semicolons, a BOM, dotted thousands, hours,
// Y/N flags, MiB, its own words for environments and criticality. Imported with NO hand
// mapping, the stored values must be the true ones.

const CSV = [
  'Server Name;Env;Business Criticality;Memory (MiB);Provisioned GB;Recovery Time Obj (hrs);RPO (hrs);Monthly cost (EUR);Contains PHI? (Y/N);Personal data;Data classification',
  'PACS;PRD;Very High;4096;1.200;4;1;1.950;Y;N;PII',
  'PACS db;Produktion;High;16384;2.500;4;0,5;2.200;Y;Y;',
  'Badge printer;ACC;Low;2048;40;24;24;250;N;N;',
  'Payroll;UAT;Medium;8192;500;8;4;1.100;nein;ja;Payment card',
].join('\r\n');

const estate = { workloads: [workload('old', { name: 'PACS db', dataClasses: ['workforce'] })], dependencies: [], positions: { old: 1 }, nodePositions: {}, ...DEFAULT_ESTATE_SETTINGS };

function importClientCsv() {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(CSV)]);
  const rows = parseCsv(decodeText(bytes).text);
  const mapping = guessMapping(rows[0] as string[]);
  let n = 0;
  return { rows, mapping, preview: previewImport(estate, { sheet: 'client.csv', rows }, mapping, () => `new-${n++}`) };
}

describe('a client’s CSV, imported with no hand mapping', () => {
  it('maps every column, keeping the units its headers state and the flags', () => {
    const { mapping } = importClientCsv();
    expect(mapping).toEqual([
      { to: 'field', field: 'name' },
      { to: 'field', field: 'environment' },
      { to: 'field', field: 'criticality' },
      { to: 'field', field: 'memoryGb', unit: 'MiB' },
      { to: 'field', field: 'storageGb' },
      { to: 'field', field: 'rtoMinutes', unit: 'h' },
      { to: 'field', field: 'rpoMinutes', unit: 'h' },
      { to: 'field', field: 'currentMonthlyCost', unit: 'currency:EUR' },
      { to: 'flag', dataClass: 'phi' },
      { to: 'flag', dataClass: 'pii' },
      { to: 'field', field: 'dataClasses' },
    ]);
  });

  it('stores memory in GB, recovery in minutes, money in units and the data classes the flags add', () => {
    const { preview } = importClientCsv();
    expect(preview.problems).toEqual([]);
    const stored = [...preview.adds.map((a) => a.workload), ...preview.updates.map((u) => u.workload)].map((w) => [
      w.name,
      w.environment,
      w.criticality,
      w.memoryGb,
      w.storageGb,
      w.rtoMinutes,
      w.rpoMinutes,
      w.currentMonthlyCost,
      w.dataClasses,
    ]);
    expect(stored).toEqual([
      // "Personal data" says N, the classification PII: a flag's no removes nothing another column added.
      ['PACS', 'production', 1, 4, 1200, 240, 60, 1950, ['phi', 'pii']],
      ['Badge printer', 'staging', 4, 2, 40, 1440, 1440, 250, []],
      ['Payroll', 'test', 3, 8, 500, 480, 240, 1100, ['pii', 'financial']],
      // An existing workload keeps the class it had (its classification cell is blank); the flags add theirs.
      ['PACS db', 'production', 2, 16, 2500, 240, 30, 2200, ['phi', 'pii', 'workforce']],
    ]);
    const changes = changesOf(estate, preview, { removeMissing: false });
    expect(changes.filter((c) => c.op === 'addWorkload')).toHaveLength(3);
  });

  it('shows the first rows as stored, each changed value beside what the file said, and each column’s coverage', () => {
    const { preview } = importClientCsv();
    const sample = preview.sample;
    if (!sample) throw new Error('a sample');
    const column = (header: string) => sample.columns.findIndex((c) => c.header === header);
    const cell = (row: number, header: string) => sample.rows.find((r) => r.row === row)?.cells[column(header)];
    expect(cell(2, 'Memory (MiB)')).toMatchObject({ shown: '4 GB', from: '4096 MiB' });
    expect(cell(2, 'Recovery Time Obj (hrs)')).toMatchObject({ shown: '240 min', from: '4 h' });
    expect(cell(2, 'Monthly cost (EUR)')).toMatchObject({ shown: '1,950 EUR', from: '1.950' });
    expect(cell(4, 'Monthly cost (EUR)')).toMatchObject({ shown: '250 EUR', from: undefined });
    expect(cell(2, 'Env')).toMatchObject({ shown: 'Production', from: 'PRD' });
    expect(cell(2, 'Contains PHI? (Y/N)')).toMatchObject({ shown: 'adds PHI', from: 'Y' });
    expect(cell(2, 'Personal data')).toMatchObject({ shown: 'no' });
    expect(cell(2, 'Personal data')?.from).toBeUndefined();
    expect(sample.columns[column('Memory (MiB)')]).toMatchObject({ target: 'Memory', unit: 'MiB → GB', filled: 4, total: 4 });
    expect(sample.columns[column('Monthly cost (EUR)')]).toMatchObject({ style: '1.234,5' });
    expect(sample.columns[column('Data classification')]).toMatchObject({ filled: 2, total: 4 });
    expect(cell(3, 'Data classification')).toMatchObject({ shown: 'PHI, PII, Workforce', from: undefined });
  });

  it('reads the same file as its header says when a remembered mapping has no units', () => {
    const { rows } = importClientCsv();
    const header = rows[0] as string[];
    const remembered = guessMapping(header).map((t) => (t.to === 'field' ? { to: 'field' as const, field: t.field } : t));
    let n = 0;
    const preview = previewImport(estate, { sheet: 'client.csv', rows }, remembered, () => `r${n++}`);
    expect(preview.adds[0]?.workload).toMatchObject({ memoryGb: 4, rtoMinutes: 240 });
    expect(targetForHeader('field:memoryGb', 'Memory (MiB)')).toEqual({ to: 'field', field: 'memoryGb', unit: 'MiB' });
    expect(targetForHeader('field:vcpu', 'CPU %')).toEqual({ to: 'field', field: 'vcpu' });
  });
});

describe('what the preview questions and what it refuses', () => {
  const rows = (lines: string[]) => lines.map((l) => l.split(';'));
  const preview = (lines: string[], mapping = guessMapping((lines[0] as string).split(';'))) => previewImport(estate, { sheet: 'S', rows: rows(lines) }, mapping, () => `w${Math.random()}`);

  it('warns, without blocking, at a cell that looks like MiB read as GB, too many vCPUs, or an RTO shorter than its RPO', () => {
    const p = preview(['Name;Memory;vCPU;RPO (hrs);RTO (hrs)', 'Big;4096;8;1;4', 'Wide;16;600;1;4', 'Quick;16;8;4;1']);
    expect(p.problems).toEqual([]);
    expect(p.adds).toHaveLength(3);
    expect(p.warnings?.map((w) => [w.row, w.column, w.message])).toEqual([
      [2, 'B (Memory)', expect.stringMatching(/^4,096 GB of memory for one workload: looks like MiB \(that would be 4 GB\)/)],
      [3, 'C (vCPU)', expect.stringMatching(/600 vCPU is more than the largest cloud VM has \(448\)/)],
      [4, 'E (RTO (hrs))', expect.stringMatching(/RTO of 60 min is shorter than its RPO of 240 min/)],
    ]);
    expect(p.sample?.rows[0]?.cells[1]?.warning).toMatch(/looks like MiB/);
  });

  it('questions a monthly cost per vCPU far from the column’s median', () => {
    const lines = ['Name;vCPU;Monthly cost', ...['a', 'b', 'c', 'd', 'e'].map((n) => `${n};4;400`), 'f;4;120000'];
    const p = preview(lines);
    expect(p.warnings?.map((w) => [w.row, w.column, w.message])).toEqual([[7, 'C (Monthly cost)', expect.stringMatching(/^30,000 EUR a month per vCPU is 300x the column’s median \(100\)/)]]);
  });

  it('asks how an ambiguous column writes numbers, only at the values that read two ways, until the mapping says', () => {
    const lines = ['Name;Monthly cost per VM;Memory', 'a;1;1.950', 'b;2;1.5', 'c;3;250'];
    const p = preview(lines);
    expect(p.problems.map((x) => [x.row, x.column, x.message])).toEqual([[2, 'C (Memory)', '“1.950” could be 1.95 or 1,950: choose how C (Memory) writes numbers (1234.5 or 1.234,5) in the mapping']]);
    expect(p.sample?.columns.find((c) => c.header === 'Memory')?.style).toBe('ambiguous');
    const mapping = guessMapping(['Name', 'Monthly cost per VM', 'Memory']).map((t, i) =>
      i === 2 ? { to: 'field' as const, field: 'memoryGb' as const, number: { decimal: '.' as const, group: '' as const } } : t,
    );
    expect(preview(lines, mapping).adds.map((a) => a.workload.memoryGb)).toEqual([1.95, 1.5, 250]);
  });

  it('refuses an amount in another currency than the estate’s, and says how to take it as it is', () => {
    const p = preview(['Name;Cost (USD)', 'a;100']);
    expect(p.problems[0]?.message).toBe('Amounts in USD are not converted to EUR (no exchange rate is known): choose EUR as the unit of B (Cost (USD)) in the mapping to take the amounts as they are');
    const asIs = guessMapping(['Name', 'Cost (USD)']).map((t, i) => (i === 1 ? { to: 'field' as const, field: 'currentMonthlyCost' as const, unit: 'currency:EUR' as const } : t));
    expect(preview(['Name;Cost (USD)', 'a;100'], asIs).adds[0]?.workload.currentMonthlyCost).toBe(100);
  });
});

describe('a workbook’s number cells', () => {
  it('are read with a decimal point: 12.345 in a money column of an .xlsx is twelve, not twelve thousand', () => {
    const rows = [
      ['Name', 'Monthly cost (EUR)', 'Memory (GB)'],
      ['PACS', '12.345', '1.5'],
      ['Lab', '250', '16'],
    ];
    const mapping = guessMapping(rows[0] as string[]);
    let n = 0;
    const fromWorkbook = previewImport(estate, { sheet: 'Inventory', rows, nativeNumbers: true }, mapping, () => `x-${n++}`);
    expect(fromWorkbook.adds.map((a) => [a.workload.currentMonthlyCost, a.workload.memoryGb])).toEqual([
      [12.345, 1.5],
      [250, 16],
    ]);
    // The same text typed into a CSV reads as the locale evidence says (a money column: dotted thousands).
    const fromCsv = previewImport(estate, { sheet: 'client.csv', rows }, mapping, () => `y-${n++}`);
    expect(fromCsv.adds[0]?.workload.currentMonthlyCost).toBe(12345);
  });
});

describe('a second file about the same machines', () => {
  it('updates the workload it names by id or name, else by an IP address it shares, as a diff', () => {
    const known = { ...estate, workloads: [workload('vm-1', { name: 'ehr-hl7-prd01', ipAddresses: ['10.20.1.11'], owner: '' })] };
    const rows = [
      ['Name', 'IP address', 'Owned by'],
      ['EHR-HL7-PRD01.clinic.local', '10.20.1.11', 'Integration team'],
    ];
    let n = 0;
    const preview = previewImport(
      known,
      { sheet: 'cmdb_ci_server', rows },
      [
        { to: 'field', field: 'name' },
        { to: 'field', field: 'ipAddresses' },
        { to: 'field', field: 'owner' },
      ],
      () => `z-${n++}`,
    );
    expect(preview.adds).toEqual([]);
    expect(preview.updates.map((u) => [u.id, u.diffs.map((d) => d.field)])).toEqual([['vm-1', ['name', 'owner']]]);
  });

  it('matches a host name to its short form when no address says more', () => {
    const known = { ...estate, workloads: [workload('vm-1', { name: 'ehr-hl7-prd01' }), workload('vm-2', { name: 'pacs.eu.clinic.local' })] };
    let n = 0;
    const preview = previewImport(
      known,
      {
        sheet: 'cmdb',
        rows: [
          ['Name', 'Owned by'],
          ['EHR-HL7-PRD01.clinic.local', 'Integration team'],
          ['pacs', 'Imaging'],
        ],
      },
      [
        { to: 'field', field: 'name' },
        { to: 'field', field: 'owner' },
      ],
      () => `s-${n++}`,
    );
    expect(preview.adds).toEqual([]);
    expect(preview.updates.map((u) => u.id)).toEqual(['vm-1', 'vm-2']);
  });
});
