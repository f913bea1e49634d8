import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../../shared/changes/apply.js';
import { invertChanges } from '../../../../shared/changes/invert.js';
import { changesBetween } from '../../../../shared/estate-text/changes-between.js';
import { diffEstates, isSameEstate } from '../../../../shared/estate-text/diff.js';
import { diffText } from '../../../../shared/estate-text/diff-words.js';
import { mergeEstates } from '../../../../shared/estate-text/merge.js';
import { planMoves } from '../../../../shared/estate-text/plan-moves.js';
import type { EstateText } from '../../../../shared/estate-text/text-form.js';
import { SAMPLE_PLAN_SETTINGS } from '../../../../shared/sample/healthcare-estate.js';
import { estateArbitrary } from '../../../support/estate-arbitrary.js';
import { sampleEstateText } from '../../../support/sample-estate-text.js';

const sample = sampleEstateText;

const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
// A change set edits one scenario's view of the estate: the other scenarios are not its business (the merge's own tests have them).
const content = (e: EstateText) => ({ ...e, name: undefined, baselineName: undefined, scenarios: undefined, workloads: byId(e.workloads), dependencies: byId(e.dependencies) });

describe('diffEstates', () => {
  it('finds no difference between an estate and itself', () => {
    const e = sample();
    expect(isSameEstate(diffEstates(e, e))).toBe(true);
    expect(diffText(diffEstates(e, e))).toBe('No differences.\n');
  });

  it('says what changed field by field, calls out decisions, and how the plan moved', () => {
    const a = sample();
    const [first, second] = a.workloads;
    const b: EstateText = {
      ...a,
      workloads: [{ ...first!, storageGb: 250, chosenTier: 'multi-tenant', tierOverrideReason: 'Client accepts the risk' }, ...a.workloads.slice(2)],
      dependencies: a.dependencies.filter((d) => d.consumerId !== second!.id && d.providerId !== second!.id),
      planSettings: { ...a.planSettings, waveLengthDays: 21 },
    };
    const diff = diffEstates(a, b);
    expect(diff.workloads.removed).toEqual([{ id: second!.id, label: second!.name }]);
    expect(diff.workloads.changed[0]!.changes.map((c) => c.field)).toEqual(['storageGb', 'chosenTier', 'tierOverrideReason']);
    expect(diff.decisions.map((d) => d.field)).toEqual(['chosenTier', 'tierOverrideReason']);
    expect(diff.settings).toEqual([{ field: 'planSettings.waveLengthDays', before: SAMPLE_PLAN_SETTINGS.waveLengthDays, after: 21 }]);
    const moves = planMoves(a, b);
    expect(moves.moved.length).toBeGreaterThan(0);
    const text = diffText(diff, moves);
    expect(text).toContain(`  ~ ${first!.id}  ${first!.name}\n      storageGb: 200 → 250\n`);
    expect(text).toContain(`  ! ${first!.id}  ${first!.name}: chosenTier: dedicated-environment → multi-tenant`);
    expect(text).toContain('  ~ planSettings.waveLengthDays: 14 → 21');
    expect(text).toMatch(/How the plan moved:\n {2}waves \d+( → \d+)?; end date \S+ → \S+; one-time cost EUR [\d,]+ → EUR [\d,]+\n/);
  });
});

describe('changesBetween', () => {
  it('is one change set that turns one estate into the other, and its inverse undoes it (property)', () => {
    const pair = estateArbitrary(6).chain((base) => fc.record({ base: fc.constant(base), other: estateArbitrary(6) }));
    fc.assert(
      fc.property(pair, ({ base, other }) => {
        // The other estate as a merge would leave it: base's ids mixed with its own.
        const target = mergeEstates(base, base, other, {}).merged;
        fc.pre(mergeEstates(base, base, other).unresolved.length === 0);
        const changes = changesBetween(base, target);
        const after = applyChanges(base, changes);
        expect(content({ ...after, name: '' } as EstateText)).toEqual(content({ ...target, name: '' }));
        const undone = applyChanges(after, invertChanges(base, changes));
        expect(content({ ...undone, name: '' } as EstateText)).toEqual(content({ ...base, name: '' }));
      }),
      { numRuns: 150 },
    );
  });
});
