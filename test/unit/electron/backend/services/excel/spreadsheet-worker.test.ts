import { describe, expect, it } from 'vitest';
import { readSpreadsheet, type ReadReport } from '../../../../../../electron/backend/services/excel/read-spreadsheet.js';
import { cellKinds, manyFieldsCsv, sharedStringFlood } from '../../../../../../scripts/bad-spreadsheets.js';

// Reading runs in a worker thread: a file that needs more memory or time than the worker
// is given kills the worker, never this thread, which keeps answering meanwhile.

/** Resolves with how many 10 ms ticks this thread ran while `work` was pending. */
async function ticksDuring(work: Promise<unknown>): Promise<number> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 10);
  await work.catch(() => undefined);
  clearInterval(timer);
  return ticks;
}

describe('reading in a worker thread', () => {
  it('reads a workbook in the worker and reports what it cost', async () => {
    let report: ReadReport | undefined;
    const read = await readSpreadsheet('kinds.xlsx', cellKinds(), { onReport: (r) => (report = r) });
    expect(read.sheets[0]?.rows[0]).toEqual(['Name', 'Rich text', 'inline']);
    expect(report?.peak?.heapUsed).toBeGreaterThan(0);
    expect(report?.limitMb).toBe(1024);
  });

  it('refuses a file that needs more than the worker’s memory, and the host keeps answering', async () => {
    const reading = readSpreadsheet('many.csv', manyFieldsCsv(40), { limits: { heapMb: 64, cells: 50_000_000 } });
    const answered = new Promise((resolve) => setTimeout(() => resolve('still here'), 20));
    expect(await Promise.race([answered, reading.catch(() => 'read first')])).toBe('still here');
    await expect(reading).rejects.toThrow('many.csv needed more than 64 MB of memory to read, more than Waveplan allows for one spreadsheet, so reading it was stopped; nothing was imported.');
    // A new worker reads the next file.
    expect((await readSpreadsheet('after.csv', Buffer.from('a,b\n1,2\n'))).sheets[0]?.rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  }, 30_000);

  it('stops a read that takes longer than its time limit, while the host runs on', async () => {
    await readSpreadsheet('warm.csv', Buffer.from('a\n')); // a started worker, so the limit times the reading itself
    const reading = readSpreadsheet('slow.xlsx', sharedStringFlood(), { limits: { timeMs: 300 } });
    const started = performance.now();
    expect(await ticksDuring(reading)).toBeGreaterThan(10);
    await expect(reading).rejects.toThrow('slow.xlsx took more than 300 ms to read, longer than Waveplan allows for one spreadsheet, so reading it was stopped; nothing was imported.');
    expect(performance.now() - started).toBeLessThan(1_500);
    expect((await readSpreadsheet('after.csv', Buffer.from('a\n'))).sheets[0]?.rows).toEqual([['a']]);
  }, 30_000);

  it('reads several files at once, each in its own worker', async () => {
    const files = Array.from({ length: 3 }, (_, i) => readSpreadsheet(`f${i}.csv`, Buffer.from(`n\n${i}\n`)));
    expect((await Promise.all(files)).map((f) => f.sheets[0]?.rows[1])).toEqual([['0'], ['1'], ['2']]);
  }, 30_000);
});
