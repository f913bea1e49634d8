import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../electron/cli/command.js';
import { reporting } from '../../../../electron/cli/command-support.js';
import { checkOutputPath } from '../../../../electron/cli/output-path.js';
import { WaveplanError } from '../../../../shared/errors.js';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'waveplan-out-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('checkOutputPath', () => {
  it('lets a new file, or an existing file, be written in a folder that is there', () => {
    expect(() => checkOutputPath(join(dir, 'new.xlsx'))).not.toThrow();
    writeFileSync(join(dir, 'old.xlsx'), 'x');
    expect(() => checkOutputPath(join(dir, 'old.xlsx'))).not.toThrow();
  });

  it('refuses a folder that is not there, a file taken for a folder and a folder taken for a file, by path', () => {
    writeFileSync(join(dir, 'plain'), 'x');
    mkdirSync(join(dir, 'folder'));
    const refusal = (path: string) => {
      try {
        checkOutputPath(path);
      } catch (error) {
        expect(error).toBeInstanceOf(WaveplanError);
        expect((error as WaveplanError).code).toBe('refused-file');
        return (error as Error).message;
      }
      throw new Error(`${path} was let through`);
    };
    expect(refusal(join(dir, 'nowhere', 'a.xlsx'))).toBe(`Cannot write ${join(dir, 'nowhere', 'a.xlsx')}: there is no folder ${join(dir, 'nowhere')}. Nothing was written.`);
    expect(refusal(join(dir, 'plain', 'a.xlsx'))).toContain(`${join(dir, 'plain')} is a file, not a folder`);
    expect(refusal(join(dir, 'folder'))).toContain('it is a folder; name a file in it');
  });
});

describe('reporting (diff and merge)', () => {
  const io = () => {
    const said = { err: '' };
    const cli: CliIo = { isTty: false, cwd: dir, out: () => undefined, err: (t) => void (said.err += t) };
    return { cli, said };
  };

  it('says a refusal with exit 2, and a fault of Waveplan’s own with exit 3, as every other command does', async () => {
    const refused = io();
    expect(await reporting(refused.cli, 'usage', () => Promise.reject(new WaveplanError('refused-file', 'x.yaml line 3: bad.')))).toBe(2);
    expect(refused.said.err).toBe('x.yaml line 3: bad.\n');
    const fault = io();
    expect(await reporting(fault.cli, 'usage', () => Promise.reject(new TypeError('undefined is not a function')))).toBe(3);
    expect(fault.said.err).toContain('something went wrong inside Waveplan: undefined is not a function');
  });
});
