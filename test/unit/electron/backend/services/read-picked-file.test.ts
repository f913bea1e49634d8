import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPickedFile } from '../../../../../electron/backend/services/read-picked-file.js';

const dir = mkdtempSync(join(tmpdir(), 'waveplan-picked-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a file the user picked', () => {
  it('is read when it is within the limit', async () => {
    writeFileSync(join(dir, 'small.csv'), 'Name\nOdoo\n');
    expect((await readPickedFile(join(dir, 'small.csv'))).bytes.toString()).toBe('Name\nOdoo\n');
  });

  it('is refused before it is read when it is larger than any file Waveplan reads, or not a file at all', async () => {
    writeFileSync(join(dir, 'big.waveplan'), Buffer.alloc(3 * 1024 * 1024));
    await expect(readPickedFile(join(dir, 'big.waveplan'), 2 * 1024 * 1024)).rejects.toThrow('“big.waveplan” is 3 MB, larger than any file Waveplan reads (2 MB). It was not opened.');
    await expect(readPickedFile(dir)).rejects.toThrow(/is not a file/);
    await expect(readPickedFile(join(dir, 'gone.waveplan'))).rejects.toThrow(/is not there any more/);
  });
});
