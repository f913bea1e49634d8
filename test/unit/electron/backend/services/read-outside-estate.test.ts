import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EstateLibrary } from '../../../../../electron/backend/services/library.js';
import { readOutsideEstate } from '../../../../../electron/backend/services/read-outside-estate.js';
import { makeGoodEstate } from '../../../../../scripts/bad-estates.js';
import { generateSyntheticEstate } from '../../../../../shared/synthetic/generate-estate.js';

// An estate file from outside is checked and read in a worker thread: a file that takes
// too long or too much memory is refused, and the host runs on meanwhile.

const dir = mkdtempSync(join(tmpdir(), 'waveplan-outside-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Counts the host's own timer ticks while `work` runs: a blocked host would count none. */
async function ticksDuring<T>(work: Promise<T>): Promise<{ ticks: number; outcome: PromiseSettledResult<T> }> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  const [outcome] = await Promise.allSettled([work]);
  clearInterval(timer);
  return { ticks, outcome: outcome as PromiseSettledResult<T> };
}

describe('reading an estate file from outside', () => {
  it('reads a good one into a snapshot, in a worker', async () => {
    const path = join(dir, 'good.waveplan');
    makeGoodEstate(path);
    const { snapshot } = await readOutsideEstate(path, 'From a colleague.waveplan');
    expect(snapshot.workloads).toHaveLength(45);
    expect(snapshot.estate.name).toBe('Meridian (from a stranger)');
  });

  it('stops one that takes longer than its time limit, and the host answers meanwhile', async () => {
    const path = join(dir, 'slow.waveplan');
    makeGoodEstate(path);
    const { ticks, outcome } = await ticksDuring(readOutsideEstate(path, 'slow.waveplan', { timeMs: 40, heapMb: 512 }));
    expect(outcome.status).toBe('rejected');
    expect(String((outcome as PromiseRejectedResult).reason.message)).toBe(
      '“slow.waveplan” took more than 40 ms to check, more than Waveplan allows for one estate file, so reading it was stopped. It was not changed.',
    );
    expect(ticks).toBeGreaterThan(2);
  });

  it('stops one that needs more memory than the worker has, and the host survives it', async () => {
    const library = new EstateLibrary(join(dir, 'library'));
    const big = library.create('Big', generateSyntheticEstate({ workloads: 10_000, dependencies: 30_000 }));
    const bytes = library.exportFile(big.id).bytes;
    library.closeAll();
    const { outcome } = await ticksDuring(new EstateLibrary(join(dir, 'library')).importFile('big.waveplan', bytes, { timeMs: 60_000, heapMb: 16 }));
    expect(outcome.status).toBe('rejected');
    expect(String((outcome as PromiseRejectedResult).reason.message)).toMatch(/^“big\.waveplan” needed more than 16 MB of memory to read, more than Waveplan allows for one estate file/);
    expect(readFileSync(join(dir, 'good.waveplan')).length).toBeGreaterThan(0); // and this process is still here to read it
  });
});
