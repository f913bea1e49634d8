import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeEstates } from '../../../../shared/estate-text/merge.js';
import { scenariosOver, settingIn } from '../../../../shared/estate-text/scenario-text.js';
import { SCENARIO_DECISION_FIELDS } from '../../../../shared/estate/scenarios.js';
import { WORKLOAD_FIELD_ORDER, type EstateText } from '../../../../shared/estate-text/text-form.js';
import { estateArbitrary, workloadArbitrary } from '../../../support/estate-arbitrary.js';
import { addWorkload, setField, setScenarioDecision, withScenario, type Edit } from '../../../support/estate-edits.js';
import { sampleEstateText } from '../../../support/sample-estate-text.js';

const removeWorkload =
  (id: string): Edit =>
  (e) => {
    const nodePositions = { ...e.nodePositions };
    delete nodePositions[id];
    const positions = { ...e.positions };
    delete positions[id];
    return { ...e, workloads: e.workloads.filter((w) => w.id !== id), positions, nodePositions, dependencies: e.dependencies.filter((d) => d.consumerId !== id && d.providerId !== id) };
  };

const setWaveLength =
  (days: number): Edit =>
  (e) => ({ ...e, planSettings: { ...e.planSettings, waveLengthDays: days } });
const setCurrency =
  (currency: string): Edit =>
  (e) => ({ ...e, rateCard: { ...e.rateCard, currency } });

const renameScenario = (scenario: string, name: string): Edit => withScenario(scenario, (s) => ({ ...s, name }));
/** A scenario's own setting field: its own value of the whole setting (the baseline's until now), with the field changed. */
const setScenarioWaveLength = (scenario: string, days: number): Edit =>
  withScenario(scenario, (s, e) => ({ ...s, settings: { ...s.settings, planSettings: { ...settingIn(s, e, 'planSettings'), waveLengthDays: days } } }));
const setScenarioCurrency = (scenario: string, currency: string): Edit =>
  withScenario(scenario, (s, e) => ({ ...s, settings: { ...s.settings, rateCard: { ...settingIn(s, e, 'rateCard'), currency } } }));

/** Edits of one side that touch only `ids` (plus one setting of its own and a new workload of its own), in the baseline and in the scenarios. */
function sideEdits(ids: readonly string[], side: 'ours' | 'theirs', scenarios: readonly string[]) {
  const edits: fc.Arbitrary<Edit>[] = [
    fc.record({ id: fc.constantFrom(...ids), field: fc.constantFrom(...WORKLOAD_FIELD_ORDER), w: workloadArbitrary('x') }).map(({ id, field, w }) => setField(id, field, w[field])),
    fc.constantFrom(...ids).map(removeWorkload),
  ];
  if (scenarios.length) {
    edits.push(
      fc
        .record({ scenario: fc.constantFrom(...scenarios), id: fc.constantFrom(...ids), field: fc.constantFrom(...SCENARIO_DECISION_FIELDS), w: workloadArbitrary('x') })
        .map(({ scenario, id, field, w }) => setScenarioDecision(scenario, id, field, w[field])),
      side === 'ours'
        ? fc.record({ scenario: fc.constantFrom(...scenarios), days: fc.integer({ min: 1, max: 60 }) }).map(({ scenario, days }) => setScenarioWaveLength(scenario, days))
        : fc.record({ scenario: fc.constantFrom(...scenarios), currency: fc.constantFrom('GBP', 'CHF', 'USD') }).map(({ scenario, currency }) => setScenarioCurrency(scenario, currency)),
    );
    // Only ours renames, so the two sides never clash on a name.
    if (side === 'ours') edits.push(fc.constantFrom(...scenarios).map((scenario) => renameScenario(scenario, `Renamed ${scenario} ✓`)));
  }
  return fc.record({
    edits: fc.array(fc.oneof(...edits), { maxLength: 5 }),
    added: fc.option(workloadArbitrary(`new-${side}`), { nil: null }),
    setting: fc.option(side === 'ours' ? fc.integer({ min: 1, max: 60 }).map(setWaveLength) : fc.constantFrom('GBP', 'CHF', 'USD').map(setCurrency), { nil: null }),
  });
}

const applyAll = (e: EstateText, edits: readonly Edit[]) => edits.reduce((x, f) => f(x), e);
const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
// Applying edits to a text can leave a scenario saying what the baseline now says: its text would not.
const normal = (e: EstateText) => ({ ...scenariosOver(e), workloads: byId(e.workloads), dependencies: byId(e.dependencies) });

describe('mergeEstates', () => {
  it('refuses a base that shares no workload with either copy, saying so once instead of a conflict per workload', () => {
    const ours = sampleEstateText();
    const theirs = { ...ours, workloads: ours.workloads.map((w, i) => (i === 0 ? { ...w, storageGb: 750 } : w)) };
    const another: EstateText = { ...ours, name: 'Another estate', workloads: ours.workloads.map((w) => ({ ...w, id: `other-${w.id}` })), dependencies: [], positions: {} };
    const result = mergeEstates(another, ours, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.problems).toEqual([
      'The base copy (“Another estate”) shares no workload with either copy, so it is not the copy both were made from: merged against it, every workload would look added twice. Merge against their common ancestor (in git, `git show :1:<file>`).',
    ]);
    // A copy both made from an empty estate is a real merge.
    expect(mergeEstates({ ...ours, workloads: [] }, ours, theirs).problems).toEqual([]);
  });

  it('merges edits of disjoint workloads, in the baseline and the scenarios, into what applying both gives (property)', () => {
    const scenario = estateArbitrary(8)
      .filter((e) => e.workloads.length >= 2)
      .chain((base) => {
        const ids = base.workloads.map((w) => w.id);
        const half = Math.floor(ids.length / 2);
        const scenarios = base.scenarios.map((x) => x.id);
        return fc.record({ base: fc.constant(base), ours: sideEdits(ids.slice(0, half), 'ours', scenarios), theirs: sideEdits(ids.slice(half), 'theirs', scenarios) });
      });
    fc.assert(
      fc.property(scenario, ({ base, ours, theirs }) => {
        const sideOf = (s: typeof ours, position: number) => [...s.edits, ...(s.added ? [addWorkload(s.added, position)] : []), ...(s.setting ? [s.setting] : [])];
        const [o, t] = [sideOf(ours, 5000), sideOf(theirs, 6000)];
        // A dependency between the halves that one side removes is removed by applying both, and by the merge.
        const result = mergeEstates(base, applyAll(base, o), applyAll(base, t));
        expect(result.conflicts).toEqual([]);
        expect(result.problems).toEqual([]);
        expect(normal(result.merged)).toEqual(normal(applyAll(applyAll(base, o), t)));
      }),
      { numRuns: 200 },
    );
  });

  it('reports every field both sides changed differently, and never settles it silently (property)', () => {
    const scenario = estateArbitrary(5)
      .filter((e) => e.workloads.length >= 1)
      .chain((base) =>
        fc.record({
          base: fc.constant(base),
          id: fc.constantFrom(...base.workloads.map((w) => w.id)),
          field: fc.constantFrom(...WORKLOAD_FIELD_ORDER),
          a: workloadArbitrary('a'),
          b: workloadArbitrary('b'),
        }),
      );
    fc.assert(
      fc.property(scenario, ({ base, id, field, a, b }) => {
        const was = base.workloads.find((w) => w.id === id)![field];
        const [x, y] = [a[field], b[field]];
        fc.pre(JSON.stringify(x) !== JSON.stringify(y) && JSON.stringify(x) !== JSON.stringify(was) && JSON.stringify(y) !== JSON.stringify(was));
        const ours = setField(id, field, x)(base);
        const theirs = setField(id, field, y)(base);
        const result = mergeEstates(base, ours, theirs);
        const conflictId = `workload:${id}:${field}`;
        expect(result.conflicts.map((c) => c.id)).toEqual([conflictId]);
        expect(result.unresolved).toEqual([conflictId]);
        expect(result.conflicts[0]).toMatchObject({ base: was, ours: x, theirs: y, kind: 'field' });
        // Unresolved, the field keeps base's value; each resolution takes its side.
        expect(result.merged.workloads.find((w) => w.id === id)![field]).toEqual(was);
        for (const side of ['ours', 'theirs'] as const) {
          const settled = mergeEstates(base, ours, theirs, { [conflictId]: side });
          expect(settled.unresolved).toEqual([]);
          expect(settled.merged.workloads.find((w) => w.id === id)![field]).toEqual(side === 'ours' ? x : y);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('calls a removal against an edit a conflict, and two different additions of one id', () => {
    const base = fc.sample(
      estateArbitrary(4).filter((e) => e.workloads.length >= 2),
      { numRuns: 1, seed: 7 },
    )[0]!;
    const [first] = base.workloads;
    const ours = removeWorkload(first!.id)(base);
    const theirs = setField(first!.id, 'owner', 'Someone else entirely')(base);
    const result = mergeEstates(base, ours, theirs);
    expect(result.conflicts.map((c) => [c.id, c.kind])).toContainEqual([`workload:${first!.id}`, 'remove-edit']);
    expect(mergeEstates(base, ours, theirs, { [`workload:${first!.id}`]: 'ours' }).merged.workloads.some((w) => w.id === first!.id)).toBe(false);
    expect(mergeEstates(base, ours, theirs, { [`workload:${first!.id}`]: 'theirs' }).merged.workloads.find((w) => w.id === first!.id)?.owner).toBe('Someone else entirely');

    const added = { ...first!, id: 'twice', name: 'Added twice' };
    const both = mergeEstates(base, addWorkload(added, 99)(base), addWorkload({ ...added, owner: 'Other owner' }, 99)(base));
    expect(both.conflicts.map((c) => [c.id, c.kind])).toEqual([['workload:twice', 'add-add']]);
    // The same addition on both sides is no conflict.
    expect(mergeEstates(base, addWorkload(added, 99)(base), addWorkload(added, 99)(base)).conflicts).toEqual([]);
  });

  it('reports settings both sides changed differently at the field, and takes one-sided setting changes', () => {
    const base = fc.sample(estateArbitrary(2), { numRuns: 1, seed: 3 })[0]!;
    const result = mergeEstates(base, setWaveLength(21)(base), setWaveLength(28)(setCurrency('USD')(base)));
    expect(result.conflicts.map((c) => c.id)).toEqual(['setting:planSettings.waveLengthDays']);
    expect(result.merged.rateCard.currency).toBe('USD');
    expect(mergeEstates(base, setWaveLength(21)(base), setWaveLength(28)(base), { 'setting:planSettings.waveLengthDays': 'theirs' }).merged.planSettings.waveLengthDays).toBe(28);
  });

  it('lists a dependency one side added to a workload the other removed', () => {
    const base = fc.sample(
      estateArbitrary(4).filter((e) => e.workloads.length >= 3),
      { numRuns: 1, seed: 11 },
    )[0]!;
    const [a, b] = base.workloads;
    const withLink: EstateText = {
      ...base,
      dependencies: [...base.dependencies, { id: 'new-link', consumerId: a!.id, providerId: b!.id, kind: 'api', coupling: 'loose', dataClasses: [], protocol: '', notes: '' }],
    };
    const result = mergeEstates(base, removeWorkload(b!.id)(base), withLink);
    expect(result.unresolved).toContain('dependency:new-link:dangling');
    expect(result.merged.dependencies.some((d) => d.id === 'new-link')).toBe(false);
  });
});
