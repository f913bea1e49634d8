import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../electron/cli/command.js';
import { mergeCommand } from '../../../../electron/cli/commands/merge.js';
import { writeEstateYaml } from '../../../../shared/estate-text/write-text.js';
import { sampleEstateText } from '../../../support/sample-estate-text.js';

let dir: string;
let io: CliIo & { stdout: string; stderr: string };
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'waveplan-resolve-'));
  io = { stdout: '', stderr: '', isTty: false, cwd: dir, out: (t) => void (io.stdout += t), err: (t) => void (io.stderr += t) };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('waveplan merge --resolve', () => {
  it('refuses a "__proto__" key (and its value) instead of passing over it', async () => {
    const text = writeEstateYaml(sampleEstateText());
    writeFileSync(join(dir, 'e.yaml'), text);
    writeFileSync(join(dir, 'r.json'), '{"__proto__": "mine"}');
    expect(await mergeCommand.run(['e.yaml', 'e.yaml', 'e.yaml', '--resolve', 'r.json'], io)).toBe(2);
    expect(io.stderr).toBe('r.json: no conflict “__proto__” in this merge.\n');
  });
});
