import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOwnEstateDatabase } from '../../../../electron/backend/services/estate-file.js';
import { EstateRepository } from '../../../../electron/backend/services/estate-repository.js';
import { LATEST_SCHEMA_VERSION } from '../../../../electron/backend/services/migrations/index.js';
import { COMMANDS } from '../../../../electron/cli/commands.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import { SHEET_NAMES } from '../../../../shared/excel/export-model.js';
import { EstateReport } from '../../../../shared/report/estate-report.js';
import { SAMPLE_PLAN_SETTINGS, healthcareSampleEstate } from '../../../../shared/sample/healthcare-estate.js';
import { generateRealisticEstate } from '../../../../shared/synthetic/realistic-estate.js';
import { writeEstateFileAt } from '../../../support/estate-file-at.js';
import { runWaveplan, WAVEPLAN_BIN, WAVEPLAN_RUN_MS } from '../../../support/waveplan-process.js';

// The `waveplan` command line as a user runs it: a real process started by the package's
// bin (bin/waveplan.mjs, from the sources through tsx, as on a fresh clone), its output
// and exit code asserted. In order: a client's CSV imported into a new estate, planned,
// checked, exported as a workbook and CSV; a bad file refused at its row and column;
// an estate with scenarios through its text and back.

const ROOT = resolve(import.meta.dirname, '../../../..');
const BIN = WAVEPLAN_BIN;
const FIXTURES = join(ROOT, 'test', 'fixtures', 'cli');
const SLOW = WAVEPLAN_RUN_MS;

let dir: string;

const waveplan = (...args: string[]) => runWaveplan(dir, ...args);

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
      // Read from a copy: nothing left beside the file for git to pick up (SQLite gives a reader of a WAL file a -shm and a -wal).
      expect(readdirSync(dir).filter((f) => f.startsWith('clinic.waveplan'))).toEqual(['clinic.waveplan']);
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
    "plans with the public holidays the estate's calendar names, as the app does (the bundle loads the holiday rules only for such an estate)",
    () => {
      const { code, out } = waveplan('plan', 'sample.waveplan', '--json');
      expect(code).toBe(0);
      const plan = JSON.parse(out) as { waves: { number: number; start: string; cutover: string; end: string }[] };
      const report = new EstateReport({ ...healthcareSampleEstate(), ...DEFAULT_ESTATE_SETTINGS, planSettings: SAMPLE_PLAN_SETTINGS });
      expect(plan.waves).toEqual(report.plan.waves.map((w) => expect.objectContaining({ number: w.number, start: w.start, cutover: w.cutover, end: w.end })));
      // Ireland's holidays shape the dates: the same estate planned without them cuts over on other days.
      const without = new EstateReport({ ...healthcareSampleEstate(), ...DEFAULT_ESTATE_SETTINGS, planSettings: { ...SAMPLE_PLAN_SETTINGS, holidays: null } });
      expect(without.plan.waves.map((w) => w.cutover)).not.toEqual(plan.waves.map((w) => w.cutover));
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
      // Every sheet but Scenarios, which is there only when the estate has more than one.
      expect(book.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(SHEET_NAMES.filter((name) => name !== 'Scenarios')));
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

  /** The estate's YAML with one workload's field set to another value (the line after the workload's name). */
  const edited = (yaml: string, workload: string, field: string, value: string) => {
    const at = yaml.indexOf(`name: ${workload}\n`);
    const line = new RegExp(`(\\n\\s+${field}: )[^\\n]*`);
    const tail = yaml.slice(at).replace(line, `$1${value}`);
    return yaml.slice(0, at) + tail;
  };

  it(
    'exports the estate as YAML and imports it back as the same estate',
    () => {
      const exported = waveplan('export', 'clinic.waveplan', '--yaml', '-o', 'clinic.yaml');
      expect(exported.code).toBe(0);
      const yaml = readFileSync(join(dir, 'clinic.yaml'), 'utf8');
      expect(yaml).toContain('format: waveplan-estate/1');
      expect(yaml).toMatch(/\n {4}name: ehr-app-prd01\n/);
      const imported = waveplan('import', 'clinic.yaml', '--into', 'copy.waveplan');
      expect(imported.code).toBe(0);
      expect(waveplan('export', 'copy.waveplan', '--yaml', '--stdout').out).toBe(yaml);
      expect(waveplan('diff', 'clinic.waveplan', 'copy.waveplan', '--no-plan').code).toBe(0);
    },
    SLOW,
  );

  it(
    'diffs two versions field by field, and says how the plan moved',
    () => {
      const yaml = readFileSync(join(dir, 'clinic.yaml'), 'utf8');
      writeFileSync(join(dir, 'ours.yaml'), edited(yaml, 'ehr-app-prd01', 'storageGb', '750'));
      expect(waveplan('import', 'ours.yaml', '--into', 'ours.waveplan').code).toBe(0);
      const diff = waveplan('diff', 'clinic.waveplan', 'ours.waveplan');
      expect(diff.code).toBe(1);
      expect(diff.out).toContain('Workloads: 0 added, 0 removed, 1 changed');
      expect(diff.out).toMatch(/ehr-app-prd01\n\s+storageGb: 500 → 750/);
      expect(diff.out).toContain('How the plan moved:');
      const json = JSON.parse(waveplan('diff', 'clinic.waveplan', 'ours.waveplan', '--json').out) as unknown;
      expect(JSON.stringify(json)).toContain('storageGb');
    },
    SLOW,
  );

  it(
    'merges two copies edited apart, and refuses to settle a conflict on its own',
    () => {
      const yaml = readFileSync(join(dir, 'clinic.yaml'), 'utf8');
      writeFileSync(join(dir, 'theirs.yaml'), edited(yaml, 'ehr-db-prd01', 'rtoMinutes', '120'));
      expect(waveplan('import', 'theirs.yaml', '--into', 'theirs.waveplan').code).toBe(0);
      const merged = waveplan('merge', 'clinic.waveplan', 'ours.waveplan', 'theirs.waveplan', '-o', 'merged.waveplan');
      expect(merged.code).toBe(0);
      const both = waveplan('diff', 'clinic.waveplan', 'merged.waveplan', '--no-plan');
      expect(both.out).toMatch(/storageGb: 500 → 750/);
      expect(both.out).toMatch(/rtoMinutes: 240 → 120/);
      // Both sides change the same field: listed, nothing written, exit 1.
      writeFileSync(join(dir, 'clash.yaml'), edited(yaml, 'ehr-app-prd01', 'storageGb', '900'));
      expect(waveplan('import', 'clash.yaml', '--into', 'clash.waveplan').code).toBe(0);
      const clash = waveplan('merge', 'clinic.waveplan', 'ours.waveplan', 'clash.waveplan', '-o', 'clash-merged.waveplan');
      expect(clash.code).toBe(1);
      expect(clash.out + clash.err).toMatch(/storageGb/);
      expect(existsSync(join(dir, 'clash-merged.waveplan'))).toBe(false);
    },
    SLOW,
  );

  it(
    'carries two scenarios through YAML and back, and a diff names a scenario’s decision that changed',
    () => {
      // Two scenarios made as the app makes them: created from the baseline, then a decision (and a setting) edited in each.
      copyFileSync(join(dir, 'clinic.waveplan'), join(dir, 'scenarios.waveplan'));
      const repo = new EstateRepository('cli-test', openOwnEstateDatabase(join(dir, 'scenarios.waveplan')), () => new Date().toISOString());
      let leanId = '';
      const ids = new Map<string, string>();
      try {
        for (const w of repo.snapshot(LATEST_SCHEMA_VERSION).workloads) ids.set(w.name, w.id);
        const lean = repo.createScenario(LATEST_SCHEMA_VERSION, 'Lean start', 'baseline');
        leanId = lean.activeScenarioId;
        repo.applyChanges(lean.estate.revision, [
          { op: 'updateWorkload', id: ids.get('ehr-app-prd01')!, field: 'pinnedWave', value: 3 },
          { op: 'setSetting', name: 'planSettings', value: { ...lean.planSettings, waveLengthDays: 21 } },
        ]);
        const dedicated = repo.createScenario(LATEST_SCHEMA_VERSION, 'Dedicated databases', 'baseline');
        repo.applyChanges(dedicated.estate.revision, [{ op: 'updateWorkload', id: ids.get('ehr-db-prd01')!, field: 'chosenTier', value: 'dedicated-database' }]);
      } finally {
        repo.close();
      }
      const exported = waveplan('export', 'scenarios.waveplan', '--yaml', '-o', 'scenarios.yaml');
      expect(exported.code).toBe(0);
      expect(exported.err).toBe('');
      const yaml = readFileSync(join(dir, 'scenarios.yaml'), 'utf8');
      const section = yaml.slice(yaml.indexOf('\nscenarios:\n') + 1);
      const [app, db] = [ids.get('ehr-app-prd01')!, ids.get('ehr-db-prd01')!];
      expect(section).toMatch(
        new RegExp(
          `^scenarios:\\n {2}- id: lean-start-[0-9a-f]{6}\\n {4}name: Lean start\\n {4}decisions:\\n {6}${app}:\\n {8}pinnedWave: 3\\n {4}settings:\\n {6}planSettings:\\n {8}waveLengthDays: 21\\n`,
        ),
      );
      expect(section).toMatch(new RegExp(`\\n {2}- id: dedicated-databases-[0-9a-f]{6}\\n {4}name: Dedicated databases\\n {4}decisions:\\n {6}${db}:\\n {8}chosenTier: dedicated-database\\n$`));
      // Back into a new estate file: both scenarios, and the same text again.
      expect(waveplan('import', 'scenarios.yaml', '--into', 'scenarios-copy.waveplan').code).toBe(0);
      expect(waveplan('export', 'scenarios-copy.waveplan', '--yaml', '--stdout').out).toBe(yaml);
      const planned = waveplan('plan', 'scenarios-copy.waveplan', '--scenario', 'Dedicated databases', '--json');
      expect(planned.code).toBe(0);
      expect(waveplan('diff', 'scenarios.waveplan', 'scenarios-copy.waveplan', '--no-plan').code).toBe(0);
      // One scenario line edited: the diff names the scenario, the workload and the field.
      writeFileSync(join(dir, 'scenarios-edited.yaml'), yaml.replace('        pinnedWave: 3\n', '        pinnedWave: 4\n'));
      const diff = waveplan('diff', 'scenarios.yaml', 'scenarios-edited.yaml', '--no-plan');
      expect(diff.code).toBe(1);
      expect(diff.out).toBe(`Scenarios: 0 added, 0 removed, 1 changed\n  ! ${leanId}  Lean start, ${app}  ehr-app-prd01: pinnedWave: 3 → 4\n`);
    },
    SLOW,
  );

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

  it(
    'stops quietly when the reader closes the pipe early (`waveplan plan … | head`)',
    () => {
      writeEstateFileAt(join(dir, 'large.waveplan'), 'Large', generateRealisticEstate({ workloads: 2_000 }));
      const command = `"${process.execPath}" "${BIN}" plan large.waveplan --json | head -c 20`;
      const run = spawnSync('bash', ['-o', 'pipefail', '-c', command], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, WAVEPLAN_CLI_FROM: process.env.WAVEPLAN_TEST_CLI_FROM ?? 'source' },
        timeout: SLOW,
      });
      expect(run.stdout).toBe('{\n  "estate": "Large');
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    },
    SLOW,
  );
});
