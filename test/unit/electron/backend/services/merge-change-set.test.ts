import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estateTextOf } from '../../../../../electron/backend/services/estate-scenario-text.js';
import { openOwnEstateDatabase } from '../../../../../electron/backend/services/estate-file.js';
import { EstateRepository } from '../../../../../electron/backend/services/estate-repository.js';
import { LATEST_SCHEMA_VERSION } from '../../../../../electron/backend/services/migrations/index.js';
import { writeEstateFile } from '../../../../../electron/cli/estate-text-at-path.js';
import { applyChanges } from '../../../../../shared/changes/apply.js';
import { ChangeSetSchema } from '../../../../../shared/changes/change-set.js';
import { invertChanges } from '../../../../../shared/changes/invert.js';
import { mergeChangeSet } from '../../../../../shared/estate-text/merge-change-set.js';
import { mergeEstates } from '../../../../../shared/estate-text/merge.js';
import { mergeSidesArbitrary } from '../../../../support/merge-sides.js';
import { textOf, viewTextOf } from '../../../../support/merge-views.js';

// The app's merge written to a real estate file (merge-change-set.ts through the
// repository's writes, estate-scenarios.ts's storage rule and all): every scenario of
// the file becomes the merge's, undo gives the file's text back byte for byte, redo the
// merge's, whichever scenario is open; and the window's in-memory view agrees with the
// file at each step.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'waveplan-merge-set-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the merge change set, written to an estate file', () => {
  it('lands every scenario of the merge; undo and redo take it back and forth exactly (property)', () => {
    let n = 0;
    fc.assert(
      fc.property(mergeSidesArbitrary(), ({ base, ours: given, theirs, open }) => {
        const path = join(dir, `e-${n++}.waveplan`);
        writeEstateFile(path, given);
        const repo = new EstateRepository('merge', openOwnEstateDatabase(path), () => '2026-11-30T00:00:00.000Z');
        try {
          repo.scenarios.setActive(open);
          const ours = estateTextOf(repo, LATEST_SCHEMA_VERSION);
          const result = mergeEstates(base, ours, theirs);
          fc.pre(result.conflicts.length === 0 && result.problems.length === 0);
          const merged = { ...result.merged, name: ours.name };
          const before = repo.snapshot(LATEST_SCHEMA_VERSION);
          const changes = mergeChangeSet(before, ours, merged);
          fc.pre(changes.length > 0);
          ChangeSetSchema.parse(changes);
          const inverse = invertChanges(before, changes);
          const view = () => viewTextOf(repo.snapshot(LATEST_SCHEMA_VERSION), ours.name);
          const text = () => textOf(estateTextOf(repo, LATEST_SCHEMA_VERSION));

          repo.applyChanges(before.estate.revision, changes);
          expect(text()).toBe(textOf(merged));
          const after = applyChanges(before, changes);
          expect(view()).toBe(viewTextOf(after, ours.name));

          repo.applyChanges(before.estate.revision + 1, inverse);
          expect(text()).toBe(textOf(ours));
          expect(view()).toBe(viewTextOf(before, ours.name));
          expect(repo.scenarios.active()).toBe(open);

          repo.applyChanges(before.estate.revision + 2, changes);
          expect(text()).toBe(textOf(merged));
          expect(view()).toBe(viewTextOf(after, ours.name));
        } finally {
          repo.close();
          for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
        }
      }),
      { numRuns: 120 },
    );
  });
});
