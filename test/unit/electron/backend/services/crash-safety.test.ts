import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EstateLibrary } from '../../../../../electron/backend/services/library.js';
import { blankWorkload } from '../../../../../shared/domain/workload.js';

// SQLite promises atomic commit across crashes; this checks Waveplan keeps that promise
// with its own settings (WAL, full sync) and transactions: a child process edits an
// estate, is killed with SIGKILL at random moments, and after every kill the file must
// pass integrity_check, hold every acknowledged edit, and hold no half of one.
// CRASH_KILLS sets the count (200 by default, as CI runs it).

const KILLS = Number(process.env.CRASH_KILLS ?? 200);
const CHILD = join(__dirname, '..', '..', '..', '..', 'support', 'crash-child.ts');
const dir = mkdtempSync(join(tmpdir(), 'waveplan-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the child until it has acknowledged some edits, kills it at a random moment, and returns the last acknowledged edit. */
function runAndKill(id: string, waitMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, id], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!timer && out.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), waitMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`The child stopped by itself (${code}): ${err}`));
      const acks = [...out.matchAll(/^ack (\d+)$/gm)].map((m) => Number(m[1]));
      resolve(acks.at(-1) ?? 0);
    });
  });
}

describe('crash safety', () => {
  it(`keeps every acknowledged edit and no half of one across ${KILLS} kills`, { timeout: 1_200_000 }, async () => {
    const library = new EstateLibrary(dir);
    const id = library.create('Crash test', { workloads: [blankWorkload('counter', 'Counter')], dependencies: [] }).id;
    library.closeAll();
    const path = join(dir, `${id}.waveplan`);
    let acknowledged = 0;
    for (let k = 0; k < KILLS; k++) {
      // Random moments, from before the first commit to well into a run.
      const acked = await runAndKill(id, Math.floor(Math.random() * 120));
      acknowledged = Math.max(acknowledged, acked);
      const db = new Database(path);
      try {
        expect(db.pragma('integrity_check', { simple: true }), `integrity after kill ${k + 1}`).toBe('ok');
        const counter = Number((db.prepare("SELECT notes FROM workload WHERE id = 'counter'").pluck().get() as string) || '0');
        const added = db.prepare("SELECT count(*) FROM workload WHERE id LIKE 'crash-%'").pluck().get() as number;
        // Every acknowledged edit is there; the counter and the added workloads moved together.
        expect(counter, `kill ${k + 1}: acknowledged ${acknowledged}`).toBeGreaterThanOrEqual(acknowledged);
        expect(added, `kill ${k + 1}: a change set half applied`).toBe(counter);
        acknowledged = counter;
      } finally {
        db.close();
      }
    }
    expect(acknowledged).toBeGreaterThan(KILLS);
  });
});
