import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeEstates } from '../../../../shared/estate-text/merge.js';
import { decisionIn, type ScenarioText } from '../../../../shared/estate-text/scenario-text.js';
import type { EstateText } from '../../../../shared/estate-text/text-form.js';
import { SCENARIO_DECISION_FIELDS } from '../../../../shared/estate/scenarios.js';
import { estateArbitrary, workloadArbitrary } from '../../../support/estate-arbitrary.js';
import { sampleEstateText } from '../../../support/sample-estate-text.js';

// The scenarios of a three-way merge: by scenario id, each decision and setting field by
// the value the scenario sees; conflicts listed with stable ids and settled only by a choice.

const WEB = 'hosp-odoo-web';
const S = 'lean-start-1a2b3c';

function base(): EstateText {
  return { ...sampleEstateText(), scenarios: [{ id: S, name: 'Lean start', decisions: { [WEB]: { pinnedWave: 2 } }, settings: {} }] };
}

const scenario = (e: EstateText, id = S) => e.scenarios.find((s) => s.id === id);
const editScenario = (e: EstateText, change: (s: ScenarioText) => ScenarioText): EstateText => ({ ...e, scenarios: e.scenarios.map((s) => (s.id === S ? change(s) : s)) });
const decide = (e: EstateText, id: string, decisions: ScenarioText['decisions'][string]) =>
  editScenario(e, (s) => ({ ...s, decisions: { ...s.decisions, [id]: { ...s.decisions[id], ...decisions } } }));
const without = (e: EstateText, id: string): EstateText => ({
  ...e,
  workloads: e.workloads.filter((w) => w.id !== id),
  dependencies: e.dependencies.filter((d) => d.consumerId !== id && d.providerId !== id),
  scenarios: e.scenarios.map((s) => ({ ...s, decisions: Object.fromEntries(Object.entries(s.decisions).filter(([w]) => w !== id)) })),
});

describe('merging scenarios', () => {
  it('reports a scenario decision both sides changed differently, and never settles it silently (property)', () => {
    const cases = estateArbitrary(5)
      .filter((e) => e.workloads.length > 0 && e.scenarios.length > 0)
      .chain((e) =>
        fc.record({
          base: fc.constant(e),
          scenario: fc.constantFrom(...e.scenarios.map((s) => s.id)),
          id: fc.constantFrom(...e.workloads.map((w) => w.id)),
          field: fc.constantFrom(...SCENARIO_DECISION_FIELDS),
          a: workloadArbitrary('a'),
          b: workloadArbitrary('b'),
        }),
      );
    fc.assert(
      fc.property(cases, ({ base: b, scenario: sid, id, field, a, b: other }) => {
        const s = scenario(b, sid)!;
        const w = b.workloads.find((x) => x.id === id)!;
        const was = s.decisions[id] && Object.hasOwn(s.decisions[id], field) ? s.decisions[id][field] : w[field];
        const [x, y] = [a[field], other[field]];
        fc.pre(JSON.stringify(x) !== JSON.stringify(y) && JSON.stringify(x) !== JSON.stringify(was) && JSON.stringify(y) !== JSON.stringify(was));
        const set = (value: unknown): EstateText => ({
          ...b,
          scenarios: b.scenarios.map((t) => (t.id === sid ? { ...t, decisions: { ...t.decisions, [id]: { ...t.decisions[id], [field]: value } } } : t)),
        });
        const result = mergeEstates(b, set(x), set(y));
        const conflictId = `scenario:${sid}:${id}:${field}`;
        expect(result.conflicts.map((c) => c.id)).toEqual([conflictId]);
        expect(result.unresolved).toEqual([conflictId]);
        expect(result.conflicts[0]).toMatchObject({ subject: 'scenario', kind: 'field', base: was, ours: x, theirs: y });
        for (const side of ['ours', 'theirs'] as const) {
          const settled = mergeEstates(b, set(x), set(y), { [conflictId]: side });
          expect(settled.unresolved).toEqual([]);
          // What the scenario sees (a value equal to the baseline's is the baseline's, and not written).
          expect(
            decisionIn(
              scenario(settled.merged, sid)!,
              settled.merged.workloads.find((v) => v.id === id)!,
              field,
            ),
          ).toEqual(side === 'ours' ? x : y);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('calls removing a workload against changing its decision in a scenario a conflict, not a silent loss', () => {
    const b = base();
    const ours = without(b, WEB);
    const theirs = decide(b, WEB, { pinnedWave: 5 });
    const result = mergeEstates(b, ours, theirs);
    expect(result.conflicts.map((c) => [c.id, c.kind])).toEqual([[`workload:${WEB}`, 'remove-edit']]);
    expect(result.unresolved).toEqual([`workload:${WEB}`]);
    // The choice shows the workload, not the merge's own bookkeeping.
    expect(result.conflicts[0]!.theirs).toMatchObject(b.workloads.find((w) => w.id === WEB)!);
    expect(result.conflicts[0]!.theirs).not.toHaveProperty('inScenarios');
    const kept = mergeEstates(b, ours, theirs, { [`workload:${WEB}`]: 'theirs' }).merged;
    expect(kept.workloads.some((w) => w.id === WEB)).toBe(true);
    expect(scenario(kept)!.decisions[WEB]).toEqual({ pinnedWave: 5 });
    const gone = mergeEstates(b, ours, theirs, { [`workload:${WEB}`]: 'ours' }).merged;
    expect(gone.workloads.some((w) => w.id === WEB)).toBe(false);
    expect(scenario(gone)!.decisions).toEqual({});
    // Removed on one side and untouched on the other: removed, its decisions with it.
    expect(mergeEstates(b, ours, b).conflicts).toEqual([]);
  });

  it('takes a scenario added, removed or renamed on one side; conflicts on removal against an edit and on two renames', () => {
    const b = base();
    const added: ScenarioText = { id: 'dedicated-9f8e7d', name: 'Dedicated', decisions: {}, settings: {} };
    const withAdded = { ...b, scenarios: [...b.scenarios, added] };
    expect(mergeEstates(b, withAdded, b).merged.scenarios.map((s) => s.id)).toEqual([S, added.id]);
    const removed = { ...b, scenarios: [] };
    expect(mergeEstates(b, b, removed).merged.scenarios).toEqual([]);
    const renamed = editScenario(b, (s) => ({ ...s, name: 'Lean start, revised' }));
    expect(scenario(mergeEstates(b, renamed, decide(b, WEB, { strategy: 'rehost' })).merged)).toMatchObject({
      name: 'Lean start, revised',
      decisions: { [WEB]: { pinnedWave: 2, strategy: 'rehost' } },
    });

    const edited = decide(b, WEB, { pinnedWave: 7 });
    expect(mergeEstates(b, removed, edited).conflicts.map((c) => [c.id, c.kind])).toEqual([[`scenario:${S}`, 'remove-edit']]);
    expect(scenario(mergeEstates(b, removed, edited, { [`scenario:${S}`]: 'theirs' }).merged)!.decisions[WEB]).toEqual({ pinnedWave: 7 });

    const other = editScenario(b, (s) => ({ ...s, name: 'Lean, later' }));
    expect(mergeEstates(b, renamed, other).conflicts.map((c) => c.id)).toEqual([`scenario:${S}:name`]);
    const baselineRenames = mergeEstates(b, { ...b, baselineName: 'As contracted' }, { ...b, baselineName: 'As signed' });
    expect(baselineRenames.conflicts.map((c) => c.id)).toEqual(['scenario:baseline:name']);
  });

  it('says when two scenarios the sides added share a name, and when a scenario setting changed differently', () => {
    const b = base();
    const ours = { ...b, scenarios: [...b.scenarios, { id: 'cloud-aaaaaa', name: 'Cloud first', decisions: {}, settings: {} }] };
    const theirs = { ...b, scenarios: [...b.scenarios, { id: 'cloud-bbbbbb', name: 'cloud first', decisions: {}, settings: {} }] };
    const result = mergeEstates(b, ours, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.problems).toEqual([expect.stringContaining('The merged scenario cloud-bbbbbb cannot be called “cloud first”')]);

    const weeks = (days: number) => editScenario(b, (s) => ({ ...s, settings: { planSettings: { ...b.planSettings, waveLengthDays: days } } }));
    const settings = mergeEstates(b, weeks(21), weeks(28));
    expect(settings.conflicts.map((c) => c.id)).toEqual([`scenario:${S}:setting:planSettings.waveLengthDays`]);
    expect(scenario(mergeEstates(b, weeks(21), weeks(28), { [`scenario:${S}:setting:planSettings.waveLengthDays`]: 'theirs' }).merged)!.settings.planSettings?.waveLengthDays).toBe(28);
  });

  it('calls a scenario decision one side changed while the other changed the baseline value it followed a conflict', () => {
    const b = base();
    const ours = { ...b, workloads: b.workloads.map((w) => (w.id === WEB ? { ...w, strategy: 'refactor' as const } : w)) };
    const theirs = decide(b, WEB, { strategy: 'rehost' });
    expect(mergeEstates(b, ours, theirs).conflicts.map((c) => c.id)).toEqual([`scenario:${S}:${WEB}:strategy`]);
  });
});
