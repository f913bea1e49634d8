import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../../shared/changes/apply.js';
import { ChangeSetSchema } from '../../../../shared/changes/change-set.js';
import { invertChanges } from '../../../../shared/changes/invert.js';
import { BASELINE_SCENARIO_ID } from '../../../../shared/estate/scenarios.js';
import { mergeChangeSet } from '../../../../shared/estate-text/merge-change-set.js';
import { mergeEstates } from '../../../../shared/estate-text/merge.js';
import { scenariosOver } from '../../../../shared/estate-text/scenario-text.js';
import { mergeSidesArbitrary } from '../../../support/merge-sides.js';
import { snapshotOf, viewTextOf } from '../../../support/merge-views.js';

// The app's merge as one change set (merge-change-set.ts), through the renderer's pure
// apply: the open window holds one scenario's view, so what it shows after the merge is
// the merged estate as that scenario (or the baseline, when the merge removes it) sees
// it, and after undo exactly what it showed before.

describe('the merge change set, in memory', () => {
  it('shows the merged view, undo gives back the view byte for byte, redo the merged one, whichever scenario is open (property)', () => {
    fc.assert(
      fc.property(mergeSidesArbitrary(), ({ base, ours: rawOurs, theirs, open }) => {
        const ours = scenariosOver(rawOurs);
        const result = mergeEstates(base, ours, theirs);
        fc.pre(result.conflicts.length === 0 && result.problems.length === 0);
        const merged = { ...result.merged, name: ours.name };
        const before = snapshotOf(ours, open);
        const changes = mergeChangeSet(before, ours, merged);
        if (changes.length) expect(ChangeSetSchema.safeParse(changes).error?.issues.slice(0, 2)).toBeUndefined();
        const inverse = invertChanges(before, changes);
        const after = applyChanges(before, changes);
        const stillOpen = merged.scenarios.some((s) => s.id === open) ? open : BASELINE_SCENARIO_ID;
        expect(viewTextOf(after, ours.name)).toBe(viewTextOf(snapshotOf(merged, stillOpen), ours.name));
        const undone = applyChanges(after, inverse);
        expect(viewTextOf(undone, ours.name)).toBe(viewTextOf(before, ours.name));
        expect(viewTextOf(applyChanges(undone, changes), ours.name)).toBe(viewTextOf(after, ours.name));
      }),
      { numRuns: 300 },
    );
  });

  it('gives no change for a copy that holds what this estate holds', () => {
    fc.assert(
      fc.property(mergeSidesArbitrary(6), ({ ours: rawOurs, open }) => {
        const ours = scenariosOver(rawOurs);
        expect(mergeChangeSet(snapshotOf(ours, open), ours, ours)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
