import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, test } from 'vitest';
import { COMMANDS } from '../../../../electron/cli/commands.js';
import { SHEET_NAMES } from '../../../../shared/excel/export-model.js';
import { SAMPLE_PLAN_SETTINGS, healthcareSampleEstate } from '../../../../shared/sample/healthcare-estate.js';
import { writeEstateFileAt } from '../../../support/estate-file-at.js';

// The `waveplan` command line as a user runs it: a real process started by the package's
// bin (bin/waveplan.mjs, from the sources through tsx, as on a fresh clone), its output
// and exit code asserted. In order: a client's CSV imported into a new estate, planned,
// checked, exported as a workbook and CSV; a bad file refused at its row and column.

const ROOT = resolve(import.meta.dirname, '../../../..');
const BIN = join(ROOT, 'bin', 'waveplan.mjs');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'cli');
const SLOW = 120_000; // each run starts Node and tsx; the machine is shared

let dir: string;

function waveplan(...args: string[]): { code: number | null; out: string; err: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, WAVEPLAN_CLI_FROM: 'source', WAVEPLAN_DEBUG: '', NO_COLOR: '1' },
    timeout: SLOW,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'waveplan-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('waveplan, as a process', () => {
  it(
    'imports a client CSV into a new estate, printing the recognised columns with their units',
    () => {
      const { code, out, err } = waveplan('import', join(FIXTURES, 'clinic-servers.csv'), '--into', 'clinic.waveplan', '--mapping', join(FIXTURES, 'clinic-mapping.json'));
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(out).toMatch(/Storage \(TB\)\s+Storage\s+TB → GB\s+8\/8/);
      expect(out).toMatch(/RTO \(hrs\)\s+RTO\s+h → min/);
      expect(out).toContain('To add: 8 workloads; to update: 0; unchanged: 0; refused: 0 rows; new dependencies: 3');
      expect(out).toMatch(/Created clinic\.waveplan: 11 changes in one transaction/);
      expect(statSync(join(dir, 'clinic.waveplan')).size).toBeGreaterThan(0);
    },
    SLOW,
  );

  it(
    'imports the same file again as no change',
    () => {
      const { code, out } = waveplan('import', join(FIXTURES, 'clinic-servers.csv'), '--into', 'clinic.waveplan', '--mapping', join(FIXTURES, 'clinic-mapping.json'), '--json');
      expect(code).toBe(0);
      const preview = JSON.parse(out) as { adds: unknown[]; unchanged: number; written: boolean };
      expect(preview).toMatchObject({ adds: [], unchanged: 8, written: false });
    },
    SLOW,
  );

  it(
    'plans the imported estate: waves as a table, and as JSON',
    () => {
      const table = waveplan('plan', 'clinic.waveplan');
      expect(table.code).toBe(0);
      expect(table.out).toMatch(/^clinic: \d+ waves?, 8 workloads moving/);
      expect(table.out).toMatch(/Wave\s+Phase\s+Start\s+Cutover\s+End\s+Workloads\s+Names\s+Tiers\s+Rollback/);
      const plan = JSON.parse(waveplan('plan', 'clinic.waveplan', '--json').out) as { waves: { workloads: string[]; cutover: string }[] };
      expect(plan.waves.flatMap((w) => w.workloads).sort()).toEqual([
        'booking-db-prd',
        'booking-web-prd',
        'ehr-app-prd01',
        'ehr-app-tst01',
        'ehr-db-prd01',
        'ehr-db-tst01',
        'intranet-prd',
        'payroll-prd',
      ]);
      for (const wave of plan.waves) expect(wave.cutover).toMatch(/^\d{4}-\d\d-\d\d$/);
    },
    SLOW,
  );

  it(
    'checks it: exit 0 below --fail-on, 1 at or above it',
    () => {
      const passed = waveplan('check', 'clinic.waveplan');
      expect(passed.code).toBe(0);
      expect(passed.out).toContain('Passed: no finding at or above high.');
      const failed = waveplan('check', 'clinic.waveplan', '--fail-on', 'medium', '--json');
      expect(failed.code).toBe(1);
      const report = JSON.parse(failed.out) as { failed: boolean; count: { medium: number }; findings: { severity: string; title: string }[] };
      expect(report.failed).toBe(true);
      expect(report.count.medium).toBeGreaterThan(0);
      expect(report.findings.some((f) => f.severity === 'medium' && f.title.includes('ehr-app-prd01'))).toBe(true);
    },
    SLOW,
  );

  it(
    'exits 1 on the sample estate, whose findings include high ones',
    () => {
      writeEstateFileAt(join(dir, 'sample.waveplan'), 'Meridian Health Group', healthcareSampleEstate(), { planSettings: SAMPLE_PLAN_SETTINGS });
      const { code, out } = waveplan('check', 'sample.waveplan');
      expect(code).toBe(1);
      expect(out).toMatch(/^Meridian Health Group: [1-9]\d* high/);
      expect(out).toMatch(/\nHIGH \(\d+\)\n/);
      expect(out).toMatch(/Failed: \d+ findings? at or above high \(exit 1\)/);
    },
    SLOW,
  );

  it(
    'exports the plan workbook: a valid .xlsx with every sheet, and the estate left as it was',
    async () => {
      const before = readFileSync(join(dir, 'clinic.waveplan'));
      const { code, out, err } = waveplan('export', 'clinic.waveplan', '--xlsx', '-o', 'plan.xlsx');
      expect(code).toBe(0);
      expect(err).toBe(''); // stdout is a pipe here: no progress drawn
      expect(out).toMatch(/^Wrote plan\.xlsx \([\d,]+ bytes\)/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(join(dir, 'plan.xlsx'));
      expect(book.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining([...SHEET_NAMES]));
      const inventory = book.getWorksheet('Inventory')!;
      const nameColumn = (inventory.getRow(1).values as unknown[]).indexOf('Name');
      expect(nameColumn).toBeGreaterThan(0);
      expect(inventory.getColumn(nameColumn).values).toEqual(expect.arrayContaining(['ehr-app-prd01', 'payroll-prd']));
      expect(readFileSync(join(dir, 'clinic.waveplan')).equals(before)).toBe(true);
    },
    SLOW,
  );

  it(
    'exports a sheet as CSV to stdout',
    () => {
      const { code, out } = waveplan('export', 'clinic.waveplan', '--csv', '--sheet', 'waves', '--stdout');
      expect(code).toBe(0);
      const [header] = out.replace(/^\uFEFF/, '').split(/\r?\n/);
      expect(header).toMatch(/^Wave,/);
    },
    SLOW,
  );

  // The text form is the estate-text branch's; the lead fills these in once both are merged.
  test.todo('exports the estate as YAML (waveplan export --yaml) and imports it back (waveplan import x.yaml)');
  test.todo('diffs two versions of an estate (waveplan diff a.waveplan b.waveplan)');
  test.todo('merges three versions of an estate (waveplan merge base ours theirs)');

  it(
    'refuses a bad file at its sheet, row and column, writes nothing, and shows no stack trace',
    () => {
      const before = readFileSync(join(dir, 'clinic.waveplan'));
      const { code, out, err } = waveplan('import', join(FIXTURES, 'clinic-servers-bad.csv'), '--into', 'clinic.waveplan', '--mapping', join(FIXTURES, 'clinic-mapping.json'));
      expect(code).toBe(2);
      expect(err).toContain('waveplan: clinic-servers-bad.csv: sheet clinic-servers-bad, row 3, column G (Storage (TB)): ');
      expect(err).toContain('(the cell says “lots”)');
      expect(err).toMatch(/1 rows? refused; nothing was written to clinic\.waveplan/);
      expect(err).not.toMatch(/\n\s+at /);
      expect(out).toContain('refused: 1 row');
      expect(readFileSync(join(dir, 'clinic.waveplan')).equals(before)).toBe(true);
    },
    SLOW,
  );

  it(
    'says an unknown command and an unknown flag with the usage, exit 2',
    () => {
      const command = waveplan('plna', 'clinic.waveplan');
      expect(command.code).toBe(2);
      expect(command.err).toMatch(/^waveplan: unknown command 'plna'\n\nUsage: waveplan <command>/);
      const flag = waveplan('plan', 'clinic.waveplan', '--secnario', 'x');
      expect(flag.code).toBe(2);
      expect(flag.err).toMatch(/^waveplan: plan: Unknown option '--secnario'\n\nUsage: waveplan plan <estate.waveplan>/);
    },
    SLOW,
  );

  it(
    'has --help for every command and --version',
    () => {
      expect(waveplan('--version').out).toBe(`waveplan ${(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`);
      const main = waveplan('--help');
      expect(main.code).toBe(0);
      for (const command of COMMANDS) {
        expect(main.out).toContain(`  ${command.name} `);
        const help = waveplan(command.name, '--help');
        expect(help.code, command.name).toBe(0);
        expect(help.out, command.name).toMatch(new RegExp(`^Usage: waveplan ${command.name} `));
        expect(help.out, command.name).toMatch(/\nExit codes/);
      }
    },
    SLOW * 2,
  );
});
