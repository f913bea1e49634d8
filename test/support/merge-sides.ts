import fc from 'fast-check';
import type { Workload } from '../../shared/domain/workload.js';
import { SCENARIO_DECISION_FIELDS } from '../../shared/estate/scenarios.js';
import { settingIn, type ScenarioText } from '../../shared/estate-text/scenario-text.js';
import { WORKLOAD_FIELD_ORDER, type EstateText } from '../../shared/estate-text/text-form.js';
import { estateArbitrary, workloadArbitrary } from './estate-arbitrary.js';
import { addWorkload, setField, setScenarioDecision, withScenario, type Edit } from './estate-edits.js';

// Two copies of one random estate with disjoint edits, in the baseline and in every
// scenario: what the app's merge brings into the open estate (merge-change-set.ts).
// Ours edits the first half of the workloads and scenario s-0; theirs the second half,
// s-0 too (other fields), and may rename s-0, remove s-1 and add a scenario of its own.

const removeWorkload =
  (id: string): Edit =>
  (e) => {
    const nodePositions = { ...e.nodePositions };
    delete nodePositions[id];
    const positions = { ...e.positions };
    delete positions[id];
    return {
      ...e,
      workloads: e.workloads.filter((w) => w.id !== id),
      positions,
      nodePositions,
      dependencies: e.dependencies.filter((d) => d.consumerId !== id && d.providerId !== id),
      scenarios: e.scenarios.map((s) => ({ ...s, decisions: Object.fromEntries(Object.entries(s.decisions).filter(([w]) => w !== id)) })),
    };
  };

const removeScenario =
  (id: string): Edit =>
  (e) => ({ ...e, scenarios: e.scenarios.filter((s) => s.id !== id) });

const addScenario =
  (id: string, decisions: ScenarioText['decisions']): Edit =>
  (e) =>
    e.scenarios.some((s) => s.id === id) ? e : { ...e, scenarios: [...e.scenarios, { id, name: 'From theirs ✓', decisions, settings: { rateCard: { ...e.rateCard, currency: 'USD' } } }] };

function sideEdits(ids: readonly string[], side: 'ours' | 'theirs', scenarios: readonly string[]): fc.Arbitrary<Edit[]> {
  const edits: fc.Arbitrary<Edit>[] = [
    fc.record({ id: fc.constantFrom(...ids), field: fc.constantFrom(...WORKLOAD_FIELD_ORDER), w: workloadArbitrary('x') }).map(({ id, field, w }) => setField(id, field, w[field])),
    fc.record({ id: fc.constantFrom(...ids), field: fc.constantFrom(...SCENARIO_DECISION_FIELDS), w: workloadArbitrary('x') }).map(({ id, field, w }) => setField(id, field, w[field])),
    fc.constantFrom(...ids).map(removeWorkload),
  ];
  const s0 = scenarios[0];
  if (s0) {
    edits.push(
      fc
        .record({ id: fc.constantFrom(...ids), field: fc.constantFrom(...SCENARIO_DECISION_FIELDS), w: workloadArbitrary('x') })
        .map(({ id, field, w }) => setScenarioDecision(s0, id, field, w[field])),
    );
    edits.push(
      side === 'ours'
        ? fc.integer({ min: 1, max: 60 }).map((days) => withScenario(s0, (s, e) => ({ ...s, settings: { ...s.settings, planSettings: { ...settingIn(s, e, 'planSettings'), waveLengthDays: days } } })))
        : fc.constantFrom('GBP', 'CHF').map((currency) => withScenario(s0, (s, e) => ({ ...s, settings: { ...s.settings, rateCard: { ...settingIn(s, e, 'rateCard'), currency } } }))),
    );
    if (side === 'theirs') edits.push(fc.constant(withScenario(s0, (s) => ({ ...s, name: 'Renamed by theirs ✓' }))));
  }
  if (side === 'theirs' && scenarios[1]) edits.push(fc.constant(removeScenario(scenarios[1])));
  if (side === 'theirs') {
    edits.push(
      fc
        .record({ id: fc.constantFrom(...ids), field: fc.constantFrom(...SCENARIO_DECISION_FIELDS), w: workloadArbitrary('x') })
        .map(({ id, field, w }) => addScenario('from-theirs', { [id]: { [field]: w[field] } })),
    );
  }
  return fc.array(fc.oneof(...edits), { maxLength: 6 });
}

export interface MergeSides {
  base: EstateText;
  ours: EstateText;
  theirs: EstateText;
  /** A scenario of ours (or the baseline) to have open when merging. */
  open: string;
}

/** Base, ours and theirs with disjoint edits, and which scenario the merging window has open. */
export function mergeSidesArbitrary(max = 8): fc.Arbitrary<MergeSides> {
  return estateArbitrary(max)
    .filter((e) => e.workloads.length >= 2)
    .chain((base) => {
      const ids = base.workloads.map((w) => w.id);
      const half = Math.floor(ids.length / 2);
      const scenarios = base.scenarios.map((s) => s.id);
      return fc.record({
        base: fc.constant(base),
        ours: sideEdits(ids.slice(0, half), 'ours', scenarios),
        theirs: sideEdits(ids.slice(half), 'theirs', scenarios),
        oursAdds: fc.option(workloadArbitrary('new-ours'), { nil: null }),
        theirsAdds: fc.option(workloadArbitrary('new-theirs'), { nil: null }),
        open: fc.constantFrom('baseline', ...scenarios),
      });
    })
    .map(({ base, ours, theirs, oursAdds, theirsAdds, open }) => {
      const apply = (edits: Edit[], added: Workload | null, position: number) => {
        const edited = edits.reduce((x, f) => f(x), base);
        return added ? addWorkload(added, position)(edited) : edited;
      };
      return { base, ours: apply(ours, oursAdds, 5000), theirs: apply(theirs, theirsAdds, 6000), open };
    });
}
