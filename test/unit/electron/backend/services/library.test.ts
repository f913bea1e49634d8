import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../../../electron/backend/services/migrations/index.js';
import { EstateSnapshotSchema } from '../../../../../shared/estate/estate.js';
import { blankWorkload } from '../../../../../shared/domain/workload.js';
import { healthcareSampleEstate } from '../../../../../shared/sample/healthcare-estate.js';
import type { EstateLibrary } from '../../../../../electron/backend/services/library.js';
import { tempLibrary } from '../../../../support/temp-library.js';

let library: EstateLibrary;
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ library, dir, cleanup } = tempLibrary()));
afterEach(() => cleanup());

describe('EstateLibrary', () => {
  it('creates a blank estate and lists it', () => {
    const created = library.create('Blank estate');
    expect(created).toMatchObject({ name: 'Blank estate', workloadCount: 0, revision: 0, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(library.list().map((e) => e.id)).toEqual([created.id]);
    expect(existsSync(join(dir, `${created.id}.waveplan`))).toBe(true);
  });

  it('creates the sample with every workload and dependency, round-tripping through the schema', () => {
    const sample = healthcareSampleEstate();
    const created = library.create('Sample', sample);
    const snapshot = library.snapshot(created.id);
    expect(EstateSnapshotSchema.parse(snapshot)).toEqual(snapshot);
    expect(snapshot.workloads).toEqual(sample.workloads);
    expect(snapshot.dependencies).toEqual(sample.dependencies);
  });

  it('lists the most recently edited estate first', () => {
    const a = library.create('A');
    const b = library.create('B');
    library.applyChanges(a.id, 0, [{ op: 'addWorkload', workload: blankWorkload('w1', 'One'), position: 1 }]);
    expect(library.list().map((e) => e.id)).toEqual([a.id, b.id]);
  });

  it('renames, duplicates and deletes to the library trash', async () => {
    const a = library.create('Original', healthcareSampleEstate());
    expect(library.rename(a.id, 'Renamed').name).toBe('Renamed');
    const copy = library.duplicate(a.id);
    expect(copy.name).toBe('Renamed (copy)');
    expect(copy.workloadCount).toBe(a.workloadCount);
    const { movedTo, path } = await library.remove(a.id);
    expect(movedTo).toBe('the .trash folder in your library');
    expect(path?.startsWith(join(dir, '.trash'))).toBe(true);
    expect(existsSync(path ?? '')).toBe(true);
    expect(library.list().map((e) => e.id)).toEqual([copy.id]);
    expect(readdirSync(dir).filter((f) => f.startsWith(a.id))).toEqual([]);
  });

  it('exports one self-contained file that imports as an equal estate', async () => {
    const a = library.create('Exported', healthcareSampleEstate());
    const { fileName, bytes } = library.exportFile(a.id);
    expect(fileName).toBe('exported.waveplan');
    const imported = await library.importFile(fileName, bytes);
    expect(imported.id).not.toBe(a.id);
    const before = library.snapshot(a.id);
    const after = library.snapshot(imported.id);
    expect(after.workloads).toEqual(before.workloads);
    expect(after.dependencies).toEqual(before.dependencies);
    expect(readdirSync(join(dir, '.incoming'))).toEqual([]);
  });
});
