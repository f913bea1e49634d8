import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeEstateYaml } from '../../../../shared/estate-text/write-text.js';
import { sampleEstateText } from '../../../support/sample-estate-text.js';
import { runWaveplan, WAVEPLAN_RUN_MS } from '../../../support/waveplan-process.js';

// The `waveplan` command line given what a careless or hostile sender might: text that is
// not UTF-8, an alias bomb, outputs where none can be written. Each is refused as a
// process (bin/waveplan.mjs) says it: one line naming the file, exit 2, nothing written,
// no stack trace.

const SLOW = WAVEPLAN_RUN_MS;

let dir: string;

const waveplan = (...args: string[]) => runWaveplan(dir, ...args);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'waveplan-hostile-'));
  writeFileSync(join(dir, 'estate.yaml'), writeEstateYaml(sampleEstateText()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('waveplan, given hostile input', () => {
  it(
    'refuses estate text that is not UTF-8 at its line, and writes nothing',
    () => {
      const text = writeEstateYaml(sampleEstateText()).replace('name: ', 'name: caf\u0000');
      const at = text.indexOf('\u0000');
      const bytes = Buffer.from(text, 'utf8');
      const offset = Buffer.byteLength(text.slice(0, at));
      bytes[offset] = 0xff; // a byte no UTF-8 text holds
      writeFileSync(join(dir, 'latin.yaml'), bytes);
      const imported = waveplan('import', 'latin.yaml', '--into', 'latin.waveplan');
      expect(imported.err).toMatch(/^waveplan: “latin.yaml” is neither a Waveplan estate file nor an estate’s text \(YAML in UTF-8\): line \d+ has bytes that are not UTF-8/);
      expect(imported.code).toBe(2);
      expect(existsSync(join(dir, 'latin.waveplan'))).toBe(false);
      const diffed = waveplan('diff', 'estate.yaml', 'latin.yaml');
      expect(diffed.err).toContain('“latin.yaml” is neither a Waveplan estate file nor an estate’s text');
      expect(diffed.code).toBe(2);
    },
    SLOW,
  );

  it(
    'refuses an output in a folder that is not there, or that is a folder, before writing anything (exit 2, not a fault)',
    () => {
      writeFileSync(join(dir, 'servers.csv'), 'Name,vCPU,Environment\nweb-01,2,Production\n');
      mkdirSync(join(dir, 'a-folder'));
      const before = readdirSync(dir).sort();
      const runs = [
        { args: ['import', 'servers.csv', '--into', 'nowhere/clinic.waveplan'], path: 'nowhere/clinic.waveplan', why: 'there is no folder' },
        { args: ['import', 'estate.yaml', '--into', 'nowhere/clinic.waveplan'], path: 'nowhere/clinic.waveplan', why: 'there is no folder' },
        { args: ['merge', 'estate.yaml', 'estate.yaml', 'estate.yaml', '-o', 'nowhere/merged.waveplan'], path: 'nowhere/merged.waveplan', why: 'there is no folder' },
        { args: ['merge', 'estate.yaml', 'estate.yaml', 'estate.yaml', '-o', 'nowhere/merged.yaml'], path: 'nowhere/merged.yaml', why: 'there is no folder' },
      ];
      for (const { args, path, why } of runs) {
        const run = waveplan(...args);
        expect(run.err, args.join(' ')).toContain(`Cannot write ${join(dir, path)}: ${why}`);
        expect(run.err).not.toMatch(/something went wrong|\.part|\.incoming|\.tmp/i);
        expect(run.code, args.join(' ')).toBe(2);
      }
      const estate = waveplan('import', 'estate.yaml', '--into', 'estate.waveplan');
      expect(estate.code).toBe(0);
      for (const [output, why] of [
        ['nowhere/plan.xlsx', 'there is no folder'],
        ['a-folder', 'it is a folder; name a file in it'],
      ] as const) {
        const run = waveplan('export', 'estate.waveplan', '--yaml', '-o', output);
        expect(run.err).toMatch(new RegExp(`^waveplan: Cannot write ${join(dir, output).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${why}`));
        expect(run.code).toBe(2);
      }
      expect(readdirSync(dir).sort()).toEqual([...before, 'estate.waveplan'].sort());
      expect(readdirSync(join(dir, 'a-folder'))).toEqual([]);
    },
    SLOW,
  );

  it(
    'says a cell from a hostile CSV without the terminal codes in it',
    () => {
      writeFileSync(join(dir, 'codes.csv'), 'Name,vCPU,Environment\nweb-01,4\u001b]0;pwned\u0007\u001b[2J,Production\n');
      const run = waveplan('import', 'codes.csv', '--into', 'codes.waveplan');
      expect(run.code).toBe(2);
      expect(run.err).toContain('4\uFFFD]0;pwned\uFFFD\uFFFD[2J');
      expect(run.err.includes('\u001b') || run.err.includes('\u0007')).toBe(false);
    },
    SLOW,
  );
});
