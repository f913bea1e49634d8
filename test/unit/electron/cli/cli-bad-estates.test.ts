import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../../electron/cli/commands.js';
import { EXIT } from '../../../../electron/cli/cli-error.js';
import { runCli } from '../../../../electron/cli/run-cli.js';
import { BAD_ESTATES, makeBadEstates } from '../../../../scripts/bad-estates.js';

// Issue 13's hostile estate files, given to `waveplan check` (estates on the command line
// come from anywhere, a git repository included): each is refused with the app's own
// message and exit 2, or read safely; none is changed by it.

const dir = mkdtempSync(join(tmpdir(), 'waveplan-cli-bad-'));
let paths: Map<string, string>;
beforeAll(() => {
  paths = makeBadEstates(dir);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('waveplan check on hostile estate files', () => {
  for (const bad of BAD_ESTATES) {
    it(`${bad.refusal ? 'refuses' : 'reads safely'} ${bad.what}`, async () => {
      const path = paths.get(bad.file) as string;
      const before = hash(path);
      let out = '';
      let err = '';
      const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t), isTty: false, cwd: dir };
      const code = await runCli(['check', basename(path)], io, COMMANDS, { version: '0', debug: false });
      if (bad.refusal) {
        expect(code, err).toBe(EXIT.usage);
        expect(err).toMatch(/^waveplan: /);
        expect(err).toMatch(bad.refusal);
        expect(out).toBe('');
      } else {
        expect([EXIT.ok, EXIT.findings], err).toContain(code);
      }
      expect(err).not.toMatch(/\n\s+at /);
      expect(hash(path)).toBe(before);
    });
  }
});
