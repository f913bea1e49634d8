import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EstateLibrary } from '../../electron/backend/services/library.js';

/** A library in a fresh temp folder, removed after the test. */
export function tempLibrary(): { library: EstateLibrary; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'waveplan-test-'));
  let tick = 0;
  // A clock that always moves forward, so "last edited" order is deterministic.
  const now = () => new Date(Date.UTC(2026, 0, 1) + tick++ * 1000).toISOString();
  const library = new EstateLibrary(dir, undefined, now);
  return {
    library,
    dir,
    cleanup: () => {
      library.closeAll();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
