import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, type HandlerTable } from '../../../electron/backend/handlers.js';
import { EstateLibrary } from '../../../electron/backend/services/library.js';
import { makeGoodEstate } from '../../../scripts/bad-estates.js';
import { tempLibrary } from '../../support/temp-library.js';

// Random bytes written into the pages of a real estate file (its header, its schema,
// its b-trees) never crash the host or hang it: the file is refused with a message, or
// it still reads as an estate (the bytes landed where nothing is read).

const dir = mkdtempSync(join(tmpdir(), 'waveplan-page-fuzz-'));
const source = join(dir, 'source.waveplan');
let good: Buffer;
let handlers: HandlerTable;
let cleanup: () => void;

beforeAll(() => {
  makeGoodEstate(source);
  good = readFileSync(source);
  const t = tempLibrary();
  cleanup = t.cleanup;
  handlers = createHandlers({ host: 'web', library: t.library });
});
afterAll(() => {
  cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const PAGE = 4096;

const damage = fc.array(
  fc.record({
    page: fc.nat(),
    offset: fc.nat(PAGE - 1),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
  { minLength: 1, maxLength: 4 },
);

function damaged(edits: { page: number; offset: number; bytes: Uint8Array }[]): Buffer {
  const bytes = Buffer.from(good);
  const pages = Math.ceil(bytes.length / PAGE);
  for (const e of edits) bytes.set(e.bytes.subarray(0, Math.max(0, bytes.length - ((e.page % pages) * PAGE + e.offset))), (e.page % pages) * PAGE + e.offset);
  return bytes;
}

describe('random bytes in the pages of an estate file', () => {
  it('refuses a zero byte in a table page that its index still reads as sound (found by the property below: the rows are proved from the table, not an index)', async () => {
    const bytes = damaged([{ page: 4, offset: 3891, bytes: Uint8Array.from([0]) }]);
    const folder = mkdtempSync(join(dir, 'lib-'));
    try {
      writeFileSync(join(folder, 'damaged.waveplan'), bytes);
      const library = new EstateLibrary(folder);
      const opened = await createHandlers({ host: 'web', library }).openEstate({ id: 'damaged' });
      if (!opened.ok) expect(opened.error.code, opened.error.message).toBe('refused-file');
      library.closeAll();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('are refused with a message or read as an estate, on import and from the library, and the host answers after each', async () => {
    await fc.assert(
      fc.asyncProperty(damage, async (edits) => {
        const bytes = damaged(edits);
        const started = performance.now();
        const result = await handlers.importEstateFile({ fileName: 'damaged.waveplan', bytes: bytes.toString('base64') });
        if (!result.ok) expect(result.error.code, result.error.message).toBe('refused-file');
        else await handlers.deleteEstate({ id: (result.value as { id: string }).id });
        const list = await handlers.listEstates({});
        expect(list.ok).toBe(true);
        expect(performance.now() - started).toBeLessThan(2000);

        // The same file dropped into a library folder: listed, with a problem or not, and opened or refused.
        const folder = mkdtempSync(join(dir, 'lib-'));
        try {
          writeFileSync(join(folder, 'damaged.waveplan'), bytes);
          const library = new EstateLibrary(folder);
          const [entry] = library.list();
          expect(entry?.id).toBe('damaged');
          const opened = await createHandlers({ host: 'web', library }).openEstate({ id: 'damaged' });
          if (!opened.ok) expect(opened.error.code).toBe('refused-file');
          library.closeAll();
        } finally {
          rmSync(folder, { recursive: true, force: true });
        }
      }),
      { numRuns: Number(process.env.PAGE_FUZZ_RUNS ?? 100) },
    );
  }, 300_000);
});
