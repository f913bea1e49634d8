import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, copyFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, type HandlerTable } from '../../../electron/backend/handlers.js';
import { EstateLibrary } from '../../../electron/backend/services/library.js';
import type { EstateSnapshot, EstateSummary } from '../../../shared/estate/estate.js';
import { DEFAULT_PLAN_SETTINGS } from '../../../shared/planner/settings.js';
import { BAD_ESTATES, makeBadEstates } from '../../../scripts/bad-estates.js';
import { appWithSample } from '../../support/app-with-sample.js';

// Issue 13: estate files from a stranger are data, never code. Each hostile file is
// imported the way the app takes one (refused with its message, or opened safely), the
// host answers at once after each, nothing is left behind, the open estate is
// unchanged; then the same files are dropped into a library folder by hand and a new
// start lists them all cleanly.

const dir = mkdtempSync(join(tmpdir(), 'waveplan-bad-estates-'));
let paths: Map<string, string>;
let handlers: HandlerTable;
let libraryDir: string;
let cleanup: () => void;
let estateId: string;
let before: EstateSnapshot;

beforeAll(async () => {
  paths = makeBadEstates(dir);
  ({ handlers, dir: libraryDir, cleanup, estateId, before } = await appWithSample('Open while bad files arrive'));
}, 60_000);
afterAll(() => {
  cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const value = <T>(result: Awaited<ReturnType<HandlerTable['listEstates']>>) => (result as { ok: true; value: T }).value;

/** The library folder holds our one estate and whatever was opened, and nothing half-written. */
function libraryFiles(): string[] {
  const incoming = join(libraryDir, '.incoming');
  const left = readdirSync(libraryDir).filter((f) => !f.startsWith('.'));
  const temps = readdirSync(libraryDir).includes('.incoming') ? readdirSync(incoming) : [];
  return [...left, ...temps.map((t) => `.incoming/${t}`)];
}

describe('hostile estate files sent to the app', () => {
  for (const bad of BAD_ESTATES) {
    it(`${bad.refusal ? 'refuses' : 'opens safely'} ${bad.what}`, async () => {
      const path = paths.get(bad.file) as string;
      const fingerprint = hash(path);
      const filesBefore = libraryFiles();
      const result = await handlers.importEstateFile({ fileName: bad.file, bytes: readFileSync(path).toString('base64') });

      // The host answers at once after it.
      const started = performance.now();
      const list = value<EstateSummary[]>(await handlers.listEstates({}));
      expect(performance.now() - started).toBeLessThan(2000);
      expect(hash(path)).toBe(fingerprint);
      const after = (await handlers.openEstate({ id: estateId })) as { ok: true; value: EstateSnapshot };
      expect(after.value).toEqual(before);

      if (bad.refusal) {
        expect(result.ok, bad.file).toBe(false);
        const message = result.ok ? '' : result.error.message;
        expect(message).toMatch(new RegExp(`^“${bad.file.replace(/\./g, '\\.')}” `));
        expect(message).toMatch(bad.refusal);
        expect(message).toMatch(/It was not changed\.$/);
        expect(libraryFiles()).toEqual(filesBefore); // nothing added, nothing left in .incoming
      } else {
        expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
        const added = value<EstateSummary>(result);
        expect(list.map((e) => e.id)).toContain(added.id);
        const opened = (await handlers.openEstate({ id: added.id })) as { ok: true; value: EstateSnapshot };
        expect(opened.ok).toBe(true);
        // What could not be read is the default, never the raw value.
        expect(opened.value.planSettings.startDate).toBe(DEFAULT_PLAN_SETTINGS.startDate);
        expect(Number.isFinite(opened.value.rateCard.vcpuMonth)).toBe(true);
        await handlers.deleteEstate({ id: added.id });
      }
    }, 30_000);
  }
});

describe('hostile estate files put in the library by hand', () => {
  it('are listed with what is wrong after a restart, never run, and the start stays quick', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'waveplan-bad-library-'));
    try {
      for (const [file, path] of paths) copyFileSync(path, join(folder, file.replace(/_/g, '-')));
      symlinkSync(paths.get('extra-table.waveplan') as string, join(folder, 'a-link.waveplan'));
      const fingerprints = readdirSync(folder).map((f) => hash(join(folder, f)));

      const started = performance.now();
      const library = new EstateLibrary(folder);
      const list = library.list();
      expect(performance.now() - started).toBeLessThan(5000);
      const byId = new Map(list.map((e) => [e.id, e]));
      for (const bad of BAD_ESTATES) {
        const entry = byId.get(bad.file.replace(/\.waveplan$/, '')) as EstateSummary;
        expect(entry.name.length, bad.file).toBeGreaterThan(0);
        expect(Number.isNaN(Date.parse(entry.updatedAt))).toBe(false);
        if (bad.refusal) expect(entry.problem, bad.file).toMatch(bad.refusal);
        else expect(entry.problem, bad.file).toBeUndefined();
      }
      expect(byId.get('a-link')?.problem).toMatch(/is a link or a folder, not an estate file in the library/);
      // Opening one says the same thing; nothing in the folder changed.
      const handlers2 = createHandlers({ host: 'web', library });
      const open = await handlers2.openEstate({ id: 'trigger-strips-classes' });
      expect(open.ok).toBe(false);
      library.closeAll();
      const refused = readdirSync(folder).filter((f) => !BAD_ESTATES.find((b) => b.file === f && !b.refusal));
      expect(refused.length).toBeGreaterThan(0);
      for (const [i, f] of readdirSync(folder).entries()) {
        if (BAD_ESTATES.find((b) => b.file === f && b.refusal)) expect(hash(join(folder, f))).toBe(fingerprints[i]);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
