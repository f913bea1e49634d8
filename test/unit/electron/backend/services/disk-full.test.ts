import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EstateRepository } from '../../../../../electron/backend/services/estate-repository.js';
import type { EstateLibrary } from '../../../../../electron/backend/services/library.js';
import type { Change } from '../../../../../shared/changes/change-set.js';
import { blankWorkload } from '../../../../../shared/domain/workload.js';
import { WaveplanError } from '../../../../../shared/errors.js';
import { healthcareSampleEstate } from '../../../../../shared/sample/healthcare-estate.js';
import { tempLibrary } from '../../../../support/temp-library.js';

// A full disk during a write, simulated the way SQLite's own tests do: the connection
// may not grow the file past its size now (PRAGMA max_page_count), so the next write
// that needs a page fails with SQLITE_FULL.

let library: EstateLibrary;
let cleanup: () => void;
let id: string;
beforeEach(() => {
  ({ library, cleanup } = tempLibrary());
  id = library.create('Sample', healthcareSampleEstate()).id;
});
afterEach(() => cleanup());

const addMany = (from: number, count: number): Change[] =>
  Array.from({ length: count }, (_, i) => ({ op: 'addWorkload', workload: { ...blankWorkload(`big-${from + i}`, `Big ${from + i}`), notes: 'x'.repeat(4000) }, position: 100 + from + i }));

describe('a full disk', () => {
  it('refuses the write with a clear message, and the file opens with everything saved before', () => {
    library.applyChanges(id, 0, [{ op: 'updateWorkload', id: 'hosp-redis', field: 'owner', value: 'Saved before the disk filled' }]);
    // Test-only access to the connection: the library keeps it private.
    const db = (library as unknown as { repository(id: string): EstateRepository }).repository(id).db;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    let refused: unknown;
    try {
      library.applyChanges(id, 1, addMany(0, 200));
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(WaveplanError);
    expect((refused as WaveplanError).code).toBe('storage');
    expect((refused as WaveplanError).message).toBe('The disk is full: your last edit was not saved. Everything saved before it is safe in the file. Free some space and make the edit again.');

    library.closeAll();
    const snapshot = library.snapshot(id);
    expect(snapshot.estate.revision).toBe(1);
    expect(snapshot.workloads.find((w) => w.id === 'hosp-redis')?.owner).toBe('Saved before the disk filled');
    expect(snapshot.workloads.some((w) => w.id.startsWith('big-'))).toBe(false);
    // And it takes edits again once there is room.
    expect(library.applyChanges(id, 1, addMany(0, 2)).revision).toBe(2);
  });
});
