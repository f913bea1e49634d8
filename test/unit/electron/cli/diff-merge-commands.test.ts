import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../electron/cli/command.js';
import { diffCommand } from '../../../../electron/cli/commands/diff.js';
import { mergeCommand } from '../../../../electron/cli/commands/merge.js';
import { readEstateAt, writeEstateFile } from '../../../../electron/cli/estate-text-at-path.js';
import { readEstateText, writeEstateText } from '../../../../electron/cli/text-form-io.js';
import type { EstateText } from '../../../../shared/estate-text/text-form.js';
import { writeEstateYaml } from '../../../../shared/estate-text/write-text.js';
import { sampleEstateText } from '../../../support/sample-estate-text.js';

const sample = sampleEstateText;

const withField = (e: EstateText, index: number, field: string, value: unknown): EstateText => ({ ...e, workloads: e.workloads.map((w, i) => (i === index ? { ...w, [field]: value } : w)) });

let dir: string;
let io: CliIo & { stdout: string; stderr: string };
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'waveplan-cli-test-'));
  io = { stdout: '', stderr: '', isTty: false, cwd: dir, out: (t) => void (io.stdout += t), err: (t) => void (io.stderr += t) };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('text-form-io', () => {
  it('writes an estate file as its text and reads the text back into an estate file unchanged', async () => {
    writeEstateFile(join(dir, 'a.waveplan'), sample());
    const text = await writeEstateText(join(dir, 'a.waveplan'));
    expect(text).toBe(writeEstateYaml((await readEstateAt(join(dir, 'a.waveplan'))).estate));
    writeFileSync(join(dir, 'a.yaml'), text);
    await readEstateText(join(dir, 'a.yaml'), join(dir, 'b.waveplan'));
    expect(await writeEstateText(join(dir, 'b.waveplan'))).toBe(text);
  });

  it('refuses bad text with its file, line and field, and leaves the target alone', async () => {
    writeFileSync(join(dir, 'bad.yaml'), writeEstateYaml(sample()).replace('storageGb: 200', 'storageGb: lots'));
    await expect(readEstateText(join(dir, 'bad.yaml'), join(dir, 'never.waveplan'))).rejects.toThrow(/^bad.yaml line \d+, workload 'hosp-odoo-web', field storageGb: expected number/);
    expect(() => readFileSync(join(dir, 'never.waveplan'))).toThrow();
  });
});

describe('waveplan diff', () => {
  it('exits 0 for the same estate in either form, 1 with the differences field by field', async () => {
    writeEstateFile(join(dir, 'a.waveplan'), sample());
    writeFileSync(join(dir, 'a.yaml'), writeEstateYaml(sample()));
    expect(await diffCommand.run(['a.waveplan', 'a.yaml'], io)).toBe(0);
    expect(io.stdout).toBe('No differences.\n');
    writeEstateFile(join(dir, 'b.waveplan'), withField(sample(), 0, 'storageGb', 250));
    io.stdout = '';
    expect(await diffCommand.run(['a.waveplan', 'b.waveplan'], io)).toBe(1);
    expect(io.stdout).toContain('  ~ hosp-odoo-web  Odoo web (hospital)\n      storageGb: 200 → 250\n');
    expect(io.stdout).toContain('How the plan moved:');
    io.stdout = '';
    expect(await diffCommand.run(['--json', 'a.waveplan', 'b.waveplan', '--no-plan'], io)).toBe(1);
    const json = JSON.parse(io.stdout);
    expect(json.same).toBe(false);
    expect(json.workloads.changed[0].changes).toEqual([{ field: 'storageGb', before: 200, after: 250 }]);
    expect(json.plan).toBeNull();
  });

  it('exits 2 with the file and field for what it cannot read, and with usage for wrong arguments', async () => {
    writeFileSync(join(dir, 'bad.yaml'), 'format: waveplan-estate/1\nname: X\nworkloads:\n  - id: a\n    name: A\n    kind: spaceship\n    environment: production\n');
    writeFileSync(join(dir, 'a.yaml'), writeEstateYaml(sample()));
    expect(await diffCommand.run(['a.yaml', 'bad.yaml'], io)).toBe(2);
    expect(io.stderr).toMatch(/^bad.yaml line 6, workload 'a', field kind: expected one of/);
    io.stderr = '';
    expect(await diffCommand.run(['a.yaml'], io)).toBe(2);
    expect(io.stderr).toContain('Usage: waveplan diff <a> <b>');
  });
});

describe('waveplan merge', () => {
  it('merges edits of two sides into -o, in the form its name asks', async () => {
    const base = sample();
    writeEstateFile(join(dir, 'base.waveplan'), base);
    writeEstateFile(join(dir, 'ours.waveplan'), withField(base, 0, 'storageGb', 250));
    writeFileSync(join(dir, 'theirs.yaml'), writeEstateYaml(withField(base, 1, 'owner', 'Ops')));
    expect(await mergeCommand.run(['base.waveplan', 'ours.waveplan', 'theirs.yaml', '-o', 'out.waveplan'], io)).toBe(0);
    const merged = (await readEstateAt(join(dir, 'out.waveplan'))).estate;
    expect(merged.workloads[0]!.storageGb).toBe(250);
    expect(merged.workloads[1]!.owner).toBe('Ops');
    // No -o: the merged text on stdout.
    io.stdout = '';
    expect(await mergeCommand.run(['base.waveplan', 'ours.waveplan', 'theirs.yaml'], io)).toBe(0);
    expect(io.stdout).toBe(writeEstateYaml(merged));
  });

  it('lists conflicts and writes nothing (exit 1), then settles them from --resolve', async () => {
    const base = sample();
    writeEstateFile(join(dir, 'base.waveplan'), base);
    writeEstateFile(join(dir, 'ours.waveplan'), withField(base, 0, 'storageGb', 250));
    writeEstateFile(join(dir, 'theirs.waveplan'), withField(base, 0, 'storageGb', 300));
    expect(await mergeCommand.run(['base.waveplan', 'ours.waveplan', 'theirs.waveplan', '-o', 'out.waveplan'], io)).toBe(1);
    expect(io.stdout).toContain('workload:hosp-odoo-web:storageGb  (field) workload');
    expect(io.stdout).toContain('      base: 200\n      ours: 250\n      theirs: 300\n');
    expect(() => readFileSync(join(dir, 'out.waveplan'))).toThrow();
    writeFileSync(join(dir, 'r.json'), JSON.stringify({ 'workload:hosp-odoo-web:storageGb': 'theirs' }));
    io.stdout = '';
    expect(await mergeCommand.run(['base.waveplan', 'ours.waveplan', 'theirs.waveplan', '-o', 'out.yaml', '--resolve', 'r.json', '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout)).toMatchObject({ merged: true, written: 'out.yaml', unresolved: [] });
    expect(readFileSync(join(dir, 'out.yaml'), 'utf8')).toContain('storageGb: 300');
    writeFileSync(join(dir, 'r.json'), JSON.stringify({ 'workload:nope:storageGb': 'theirs' }));
    expect(await mergeCommand.run(['base.waveplan', 'ours.waveplan', 'theirs.waveplan', '--resolve', 'r.json'], io)).toBe(2);
    expect(io.stderr).toContain('r.json: no conflict “workload:nope:storageGb” in this merge.');
  });
});
