import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliCommand, CliCommandEntry, CliIo } from '../../../../electron/cli/command.js';
import { COMMANDS } from '../../../../electron/cli/commands.js';
import { EXIT } from '../../../../electron/cli/cli-error.js';
import { readEstateAt } from '../../../../electron/cli/estate-at-path.js';
import { runCli } from '../../../../electron/cli/run-cli.js';
import { resolveScenario } from '../../../../electron/cli/scenario.js';
import { failingFindings } from '../../../../electron/cli/commands/check.js';
import type { Finding } from '../../../../shared/findings/finding.js';
import { SAMPLE_PLAN_SETTINGS, healthcareSampleEstate } from '../../../../shared/sample/healthcare-estate.js';
import { writeEstateFileAt } from '../../../support/estate-file-at.js';

// The command line in-process: the same runCli the bin runs, with its output captured.
// What a user gets wrong (a flag, an argument, a file) and what must never happen (an
// estate changed by reading it, half an import written, a stack trace).

const ROOT = resolve(import.meta.dirname, '../../../..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'cli');
let dir: string;

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    isTty: false,
    cwd: '',
    out: (text: string) => void (io.stdout += text),
    err: (text: string) => void (io.stderr += text),
  };
  io.cwd = dir;
  return io;
}

async function waveplan(...args: string[]) {
  const io = capture();
  const code = await runCli(args, io, COMMANDS, { version: '9.9.9', debug: false });
  return { code, out: io.stdout, err: io.stderr };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'waveplan-cli-unit-'));
  writeEstateFileAt(join(dir, 'sample.waveplan'), 'Meridian Health Group', healthcareSampleEstate(), { planSettings: SAMPLE_PLAN_SETTINGS });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('waveplan, its arguments', () => {
  it('prints the version, and the commands with no arguments (exit 2: nothing was asked)', async () => {
    expect(await waveplan('--version')).toEqual({ code: 0, out: 'waveplan 9.9.9\n', err: '' });
    const bare = await waveplan();
    expect(bare.code).toBe(EXIT.usage);
    for (const c of COMMANDS) expect(bare.out).toContain(`  ${c.name} `);
  });

  it('says a missing or extra argument, naming it, with the command usage', async () => {
    const missing = await waveplan('plan');
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.err).toMatch(/^waveplan: plan: missing <estate>\n\nUsage: waveplan plan /);
    expect((await waveplan('plan', 'a.waveplan', 'b.waveplan')).err).toMatch(/^waveplan: plan: unexpected argument 'b\.waveplan'/);
    expect((await waveplan('plan', 'notes.txt')).err).toMatch(/^waveplan: plan: notes\.txt is not an estate file/);
    expect((await waveplan('import', 'x.csv')).err).toMatch(/^waveplan: import: say which estate to import into with --into/);
    expect((await waveplan('export', 'sample.waveplan')).err).toMatch(/^waveplan: export: say which: --xlsx, --csv, --yaml, --pdf/);
    expect((await waveplan('export', 'sample.waveplan', '--xlsx', '--csv')).err).toMatch(/^waveplan: export: choose one of --xlsx, --csv/);
    expect((await waveplan('export', 'sample.waveplan', '--xlsx', '--stdout')).err).toMatch(/binary file; write it with -o/);
    expect((await waveplan('check', 'sample.waveplan', '--fail-on', 'urgent')).err).toMatch(/^waveplan: check: --fail-on urgent: say high, medium or low/);
  });

  it('says an estate file that is not there, or not an estate, in one line with no stack (exit 2)', async () => {
    const absent = await waveplan('plan', 'absent.waveplan');
    expect(absent.code).toBe(EXIT.usage);
    expect(absent.err).toBe(`waveplan: There is no estate file at ${join(dir, 'absent.waveplan')}.\n`);
    writeFileSync(join(dir, 'text.waveplan'), 'not a database');
    const text = await waveplan('check', 'text.waveplan');
    expect(text.code).toBe(EXIT.usage);
    expect(text.err).toBe('waveplan: “text.waveplan” is not a Waveplan estate: it is not an SQLite database at all. It was not changed.\n');
  });

  it('refuses an estate with a bad row at its table, row and field, found by the worker while the plan was made', async () => {
    const bad = join(dir, 'bad.waveplan');
    copyFileSync(join(dir, 'sample.waveplan'), bad);
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(bad);
    db.prepare("UPDATE workload SET environment = 'moon' WHERE rowid = (SELECT rowid FROM workload ORDER BY position LIMIT 1 OFFSET 2)").run();
    db.close();
    const before = readFileSync(bad);
    const { code, out, err } = await waveplan('plan', 'bad.waveplan');
    expect(code).toBe(EXIT.usage);
    expect(out).toBe(''); // nothing of the plan is printed
    expect(err).toMatch(/^waveplan: “bad\.waveplan” cannot be read as an estate: table workload, row 3 \(id “[^”]+”\), field environment: .*It was not changed\.\n$/);
    expect(readFileSync(bad).equals(before)).toBe(true);
  });

  it('reads an older estate file without changing it (the migration runs in a copy)', async () => {
    copyFileSync(join(ROOT, 'test', 'fixtures', 'estates', 'schema-1.waveplan'), join(dir, 'old.waveplan'));
    const before = readFileSync(join(dir, 'old.waveplan'));
    const { code, out } = await waveplan('plan', 'old.waveplan', '--json');
    expect(code).toBe(0);
    expect((JSON.parse(out) as { waves: unknown[] }).waves.length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'old.waveplan')).equals(before)).toBe(true);
    expect(existsSync(join(dir, 'old.waveplan-wal'))).toBe(false);
  });
});

describe('waveplan import', () => {
  it('previews with --dry-run and writes nothing, not even a new estate file', async () => {
    const { code, out } = await waveplan('import', join(FIXTURES, 'clinic-servers.csv'), '--into', 'new.waveplan', '--mapping', join(FIXTURES, 'clinic-mapping.json'), '--dry-run');
    expect(code).toBe(0);
    expect(out).toContain('Dry run: nothing written (11 changes would be).');
    expect(existsSync(join(dir, 'new.waveplan'))).toBe(false);
  });

  it('without the mapping file, refuses the rows whose values it cannot read, and writes nothing', async () => {
    const { code, err } = await waveplan('import', join(FIXTURES, 'clinic-servers.csv'), '--into', 'new.waveplan');
    expect(code).toBe(EXIT.usage);
    expect(err).toContain('waveplan: clinic-servers.csv: sheet clinic-servers, row 2, column H (Data Classification): Unknown data classes “Confidential”');
    expect(err).toContain('3 rows refused; nothing was written to new.waveplan');
    expect(existsSync(join(dir, 'new.waveplan'))).toBe(false);
  });

  it('with --skip-bad, imports the rows that read', async () => {
    const { code, out } = await waveplan('import', join(FIXTURES, 'clinic-servers.csv'), '--into', 'new.waveplan', '--skip-bad');
    expect(code).toBe(0);
    expect(out).toMatch(/Created new\.waveplan: \d+ changes in one transaction/);
    const names = (await readEstateAt(join(dir, 'new.waveplan'))).workloads.map((w) => w.name);
    expect(names).toContain('intranet-prd');
    expect(names).not.toContain('ehr-app-prd01');
  });

  it('adds to an existing estate in one transaction, its revision moving by one', async () => {
    const before = await readEstateAt(join(dir, 'sample.waveplan'));
    const { code } = await waveplan('import', join(FIXTURES, 'clinic-servers.csv'), '--into', 'sample.waveplan', '--mapping', join(FIXTURES, 'clinic-mapping.json'));
    expect(code).toBe(0);
    const after = await readEstateAt(join(dir, 'sample.waveplan'));
    expect(after.estate.revision).toBe(before.estate.revision + 1);
    expect(after.workloads.length).toBe(before.workloads.length + 8);
  });

  it('takes a returned plan workbook back as the app does: recognised, matched by its hidden ids, nothing changed', async () => {
    expect((await waveplan('export', 'sample.waveplan', '--xlsx', '-o', 'plan.xlsx')).code).toBe(0);
    const before = readFileSync(join(dir, 'sample.waveplan'));
    const { code, out } = await waveplan('import', 'plan.xlsx', '--into', 'sample.waveplan', '--preset', 'waveplan', '--json');
    expect(code).toBe(0);
    const preview = JSON.parse(out) as { recognised: { id: string }; sheet: string; adds: unknown[]; updates: unknown[]; unchanged: number; problems: unknown[]; written: boolean };
    expect(preview).toMatchObject({ recognised: { id: 'waveplan' }, sheet: 'Inventory', adds: [], updates: [], problems: [], written: false });
    expect(preview.unchanged).toBe(healthcareSampleEstate().workloads.length);
    expect(readFileSync(join(dir, 'sample.waveplan')).equals(before)).toBe(true);
  });

  it('names a mapping file’s mistakes at their key', async () => {
    const mapping = join(dir, 'm.json');
    writeFileSync(mapping, JSON.stringify({ columns: { Storage: 'field:storageGb' } }));
    expect((await waveplan('import', join(FIXTURES, 'clinic-servers.csv'), '--into', 'n.waveplan', '--mapping', mapping)).err).toMatch(
      /^waveplan: m\.json: columns\."Storage": sheet clinic-servers has no column headed so; its headers are "Server Name", /,
    );
    writeFileSync(mapping, JSON.stringify({ columns: { 'Storage (TB)': 'field:storage' } }));
    expect((await waveplan('import', join(FIXTURES, 'clinic-servers.csv'), '--into', 'n.waveplan', '--mapping', mapping)).err).toMatch(
      /^waveplan: m\.json: columns\."Storage \(TB\)": unknown target 'field:storage'; one of /,
    );
    writeFileSync(mapping, JSON.stringify({ columns: { 'Storage (TB)': { to: 'field:storageGb', unit: 'h' } } }));
    expect((await waveplan('import', join(FIXTURES, 'clinic-servers.csv'), '--into', 'n.waveplan', '--mapping', mapping)).err).toMatch(/the unit 'h' does not fit field:storageGb/);
    writeFileSync(mapping, '{"columns": [}');
    expect((await waveplan('import', join(FIXTURES, 'clinic-servers.csv'), '--into', 'n.waveplan', '--mapping', mapping)).err).toMatch(/^waveplan: m\.json: not JSON: /);
  });

  it('refuses a --preset the file does not fit, and one that does not exist', async () => {
    expect((await waveplan('import', join(FIXTURES, 'clinic-servers.csv'), '--into', 'n.waveplan', '--preset', 'rvtools')).err).toMatch(
      /^waveplan: clinic-servers\.csv: does not look like a rvtools export/,
    );
    expect((await waveplan('import', join(FIXTURES, 'clinic-servers.csv'), '--into', 'n.waveplan', '--preset', 'excel')).err).toMatch(/^waveplan: import: --preset excel: one of waveplan, rvtools, /);
  });

  it('says a file that is not there', async () => {
    const { code, err } = await waveplan('import', 'nowhere.csv', '--into', 'n.waveplan');
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(/^waveplan: “nowhere\.csv” is not there any more/);
  });
});

describe('--scenario', () => {
  const snapshot = { estate: { name: 'E' }, scenarios: [{ id: 'baseline', name: 'Baseline' }] } as Parameters<typeof resolveScenario>[1];
  it('is resolved by name (in any case) or id, and refused with the names there are', () => {
    expect(resolveScenario('plan', snapshot, 'baseline')?.name).toBe('Baseline');
    const withScenarios = { ...snapshot, scenarios: [...snapshot.scenarios, { id: 's1', name: 'Cloud first' }] } as typeof snapshot;
    expect(resolveScenario('plan', withScenarios, 'cloud first')).toEqual({ id: 's1', name: 'Cloud first' });
    expect(resolveScenario('plan', withScenarios, 's1')?.name).toBe('Cloud first');
    expect(() => resolveScenario('plan', withScenarios, 'lift')).toThrow('no such scenario in “E”; it has “Baseline”, “Cloud first”');
  });

  it('is a usage error on the command line, and plans the scenario named', async () => {
    expect((await waveplan('plan', 'sample.waveplan', '--scenario', 'x')).err).toMatch(/^waveplan: plan: --scenario x: no such scenario in “Meridian Health Group”; it has “Baseline”/);
    const planned = await waveplan('plan', 'sample.waveplan', '--scenario', 'BASELINE');
    expect(planned.code).toBe(0);
  });
});

describe('check --fail-on', () => {
  const finding = (severity: Finding['severity']) => ({ severity }) as Finding;
  it('fails on findings at or above the threshold', () => {
    const all = [finding('medium'), finding('low')];
    expect(failingFindings(all, 'high')).toEqual([]);
    expect(failingFindings(all, 'medium')).toEqual([all[0]]);
    expect(failingFindings(all, 'low')).toEqual(all);
  });
});

describe('an error inside Waveplan', () => {
  const command: CliCommand = { name: 'broken', help: 'Usage: waveplan broken', run: () => Promise.reject(new TypeError('x is undefined')) };
  const broken: CliCommandEntry = { name: 'broken', summary: 'fails', load: () => Promise.resolve(command) };
  it('is said as one, exit 3, with the stack only under WAVEPLAN_DEBUG', async () => {
    const io = capture();
    expect(await runCli(['broken'], io, [broken], { version: '1', debug: false })).toBe(EXIT.internal);
    expect(io.stderr).toBe('waveplan: something went wrong inside Waveplan: x is undefined\n(set WAVEPLAN_DEBUG=1 to see where)\n');
    const debug = capture();
    await runCli(['broken'], debug, [broken], { version: '1', debug: true });
    expect(debug.stderr).toMatch(/TypeError: x is undefined\n\s+at /);
  });
});
