import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EstateRepository } from '../../../../electron/backend/services/estate-repository.js';
import { openOwnEstateDatabase } from '../../../../electron/backend/services/estate-file.js';
import { LATEST_SCHEMA_VERSION } from '../../../../electron/backend/services/migrations/index.js';
import type { CliIo } from '../../../../electron/cli/command.js';
import { importCommand } from '../../../../electron/cli/commands/import.js';
import { mergeCommand } from '../../../../electron/cli/commands/merge.js';
import { readEstateFile, writeEstateFile } from '../../../../electron/cli/estate-text-at-path.js';
import { BASELINE_SCENARIO_ID } from '../../../../shared/estate/estate.js';
import { writeEstateYaml } from '../../../../shared/estate-text/write-text.js';
import { sampleEstateText } from '../../../support/sample-estate-text.js';

// An estate file is replaced whole by a text form that does not carry its scenarios
// (`import x.yaml --into`, the merge driver writing over ours): it is refused, not lost.

let dir: string;
let io: CliIo & { stdout: string; stderr: string };
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'waveplan-scenarios-'));
  io = { stdout: '', stderr: '', isTty: false, cwd: dir, out: (t) => void (io.stdout += t), err: (t) => void (io.stderr += t) };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function withScenario(path: string, name: string): void {
  writeEstateFile(path, sampleEstateText());
  const repo = new EstateRepository('t', openOwnEstateDatabase(path), () => new Date().toISOString());
  try {
    repo.createScenario(LATEST_SCHEMA_VERSION, name, BASELINE_SCENARIO_ID);
  } finally {
    repo.close();
  }
}

describe('writeEstateFile over an estate with scenarios', () => {
  it('refuses to replace it, naming the scenarios, and leaves the file as it was', () => {
    const path = join(dir, 'clinic.waveplan');
    withScenario(path, 'Cloud-first');
    const before = readFileSync(path);
    expect(() => writeEstateFile(path, sampleEstateText())).toThrow(/^clinic.waveplan holds scenarios that the estate written over it does not \(“Cloud-first”\)/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('replaces an estate file without other scenarios', () => {
    const path = join(dir, 'plain.waveplan');
    writeEstateFile(path, sampleEstateText());
    expect(() => writeEstateFile(path, { ...sampleEstateText(), name: 'Renamed' })).not.toThrow();
  });

  it('is said by import (a YAML without them into it); a merge written over ours (as git’s driver does) keeps them', async () => {
    const ours = join(dir, 'ours.waveplan');
    withScenario(ours, 'Cloud-first');
    const before = readFileSync(ours);
    writeFileSync(join(dir, 'estate.yaml'), writeEstateYaml(sampleEstateText()));
    await expect(importCommand.run(['estate.yaml', '--into', 'ours.waveplan'], io)).rejects.toThrow(/holds scenarios .*“Cloud-first”/);
    expect(readFileSync(ours).equals(before)).toBe(true);
    // The merge carries ours' scenarios (the text form holds them), so writing it over ours loses none.
    expect(await mergeCommand.run(['estate.yaml', 'ours.waveplan', 'estate.yaml', '-o', 'ours.waveplan'], io)).toBe(0);
    expect(readEstateFile(ours).scenarios.map((s) => s.name)).toEqual(['Cloud-first']);
  });

  it('refuses to replace a file that is not an estate file, or a damaged one, and leaves it as it was', () => {
    const notes = join(dir, 'notes.waveplan');
    writeFileSync(notes, 'Name,vCPU\nweb-01,4\n');
    expect(() => writeEstateFile(notes, sampleEstateText())).toThrow('notes.waveplan is there and is not an estate file, so it was not replaced');
    expect(readFileSync(notes, 'utf8')).toBe('Name,vCPU\nweb-01,4\n');
    const damaged = join(dir, 'damaged.waveplan');
    writeEstateFile(damaged, sampleEstateText());
    const half = readFileSync(damaged).subarray(0, 8192);
    writeFileSync(damaged, half);
    expect(() => writeEstateFile(damaged, sampleEstateText())).toThrow(/damaged\.waveplan/);
    expect(readFileSync(damaged).equals(half)).toBe(true);
  });
});
