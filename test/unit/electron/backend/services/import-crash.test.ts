import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EstateLibrary } from '../../../../../electron/backend/services/library.js';
import { makeGoodEstate } from '../../../../../scripts/bad-estates.js';

// Nothing half-done in the library (issue 13): an import killed at any moment leaves
// either a whole estate or nothing, and the next start clears its temporary files.

const KILLS = Number(process.env.IMPORT_KILLS ?? 20);
const CHILD = join(__dirname, '..', '..', '..', '..', 'support', 'import-crash-child.ts');
const dir = mkdtempSync(join(tmpdir(), 'waveplan-import-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Kills the child `waitMs` after it says `after` ("ready", or the first "imported"): mid-import either way. */
function runAndKill(library: string, file: string, after: string, waitMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, library, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(after) && !out.includes('killing')) {
        out += 'killing';
        setTimeout(() => child.kill('SIGKILL'), waitMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`The child stopped by itself (${code}): ${err}`))));
  });
}

describe('imports killed half-way', () => {
  it(`leave only whole estates, and nothing in .incoming after a restart, across ${KILLS} kills`, { timeout: 600_000 }, async () => {
    const file = join(dir, 'source.waveplan');
    makeGoodEstate(file);
    const library = join(dir, 'library');
    // An import checks the file in a worker thread (a few hundred milliseconds), then builds and renames the new file.
    for (let k = 0; k < KILLS; k++) await runAndKill(library, file, k % 2 ? 'imported' : 'ready\n', Math.floor(Math.random() * 600));
    const restarted = new EstateLibrary(library);
    const incoming = join(library, '.incoming');
    expect(existsSync(incoming) ? readdirSync(incoming) : []).toEqual([]);
    const estates = restarted.list();
    expect(estates.length).toBeGreaterThan(0);
    for (const estate of estates) {
      expect(estate.problem, estate.id).toBeUndefined();
      expect(estate.workloadCount).toBe(45);
    }
    restarted.closeAll();
  });

  it('a new start clears what stopped processes left, and keeps what a running one is writing', () => {
    const library = join(dir, 'cleanup');
    const incoming = join(library, '.incoming');
    mkdirSync(incoming, { recursive: true });
    const dead = 2 ** 22 + 12_345; // above any pid this machine hands out
    writeFileSync(join(incoming, `${dead}-abc123.source`), 'half an import');
    writeFileSync(join(incoming, `${process.pid}-def456.new`), 'being written now');
    new EstateLibrary(library).closeAll();
    expect(readdirSync(incoming)).toEqual([`${process.pid}-def456.new`]);
  });
});
