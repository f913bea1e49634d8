import { DEFAULT_PLAN_SETTINGS } from '../../../../shared/planner/settings.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, ChangeConflictError } from '../../../../shared/changes/apply.js';
import { duplicateWorkloads, removeWorkloads, setWorkloadField } from '../../../../shared/changes/builders.js';
import { ChangeSetSchema, type Change } from '../../../../shared/changes/change-set.js';
import { invertChanges } from '../../../../shared/changes/invert.js';
import { DATA_CLASSES, ENVIRONMENTS } from '../../../../shared/domain/enums.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import { blankWorkload } from '../../../../shared/domain/workload.js';
import { healthcareSampleEstate } from '../../../../shared/sample/healthcare-estate.js';

function sample() {
  const { workloads, dependencies } = healthcareSampleEstate();
  const positions = Object.fromEntries(workloads.map((w, i) => [w.id, i + 1]));
  return { workloads, positions, dependencies, nodePositions: {} as Record<string, { x: number; y: number }>, ...DEFAULT_ESTATE_SETTINGS };
}

const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
const normalise = (e: ReturnType<typeof sample>) => ({
  workloads: e.workloads,
  positions: e.positions,
  dependencies: byId(e.dependencies),
  nodePositions: e.nodePositions,
  planSettings: e.planSettings,
  rollbackSettings: e.rollbackSettings,
  rateCard: e.rateCard,
  runbookEdits: e.runbookEdits,
});

/** Random but valid change sets against the sample: edits, additions, removals with their dependencies. */
function arbitraryChangeSet(estate: ReturnType<typeof sample>) {
  const ids = estate.workloads.map((w) => w.id);
  const edit = fc.oneof(
    fc.record({ id: fc.constantFrom(...ids), value: fc.string({ maxLength: 30 }) }).map(({ id, value }) => [{ op: 'updateWorkload', id, field: 'owner', value } as Change]),
    fc.record({ id: fc.constantFrom(...ids), value: fc.constantFrom(...ENVIRONMENTS) }).map(({ id, value }) => [{ op: 'updateWorkload', id, field: 'environment', value } as Change]),
    fc.record({ id: fc.constantFrom(...ids), value: fc.subarray([...DATA_CLASSES]) }).map(({ id, value }) => [{ op: 'updateWorkload', id, field: 'dataClasses', value } as Change]),
    fc
      .record({ id: fc.constantFrom(...ids), value: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }) })
      .map(({ id, value }) => [{ op: 'updateWorkload', id, field: 'rtoMinutes', value } as Change]),
    fc.subarray(ids, { minLength: 1, maxLength: 4 }).map((picked) => removeWorkloads(estate, picked)),
    fc
      .record({ id: fc.constantFrom(...ids), x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) })
      .map(({ id, x, y }) => [{ op: 'setNodePositions', positions: { [id]: { x, y } } } as Change]),
    fc
      .record({ length: fc.integer({ min: 1, max: 60 }), max: fc.integer({ min: 1, max: 40 }) })
      .map(({ length, max }) => [{ op: 'setSetting', name: 'planSettings', value: { ...DEFAULT_PLAN_SETTINGS, waveLengthDays: length, maxWorkloadsPerWave: max } } as Change]),
    fc
      .record({ rate: fc.integer({ min: 0, max: 2000 }), currency: fc.constantFrom('EUR', 'GBP', 'CHF') })
      .map(({ rate, currency }) => [{ op: 'setSetting', name: 'rateCard', value: { ...DEFAULT_ESTATE_SETTINGS.rateCard, effortDayRate: rate, currency } } as Change]),
    fc.integer({ min: 1, max: 24 }).map((hours) => [{ op: 'setSetting', name: 'rollbackSettings', value: { ...DEFAULT_ESTATE_SETTINGS.rollbackSettings, maintenanceWindowHours: hours } } as Change]),
    fc
      .record({ id: fc.constantFrom(...ids), text: fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim().length > 0) })
      .map(({ id, text }) => [{ op: 'setSetting', name: 'runbookEdits', value: { steps: { [`back:${id}`]: { text: text.trim(), wave: 2, was: 'generated' } }, added: [], order: {} } } as Change]),
    fc.subarray(ids, { minLength: 1, maxLength: 3 }).map((picked) => {
      let n = 0;
      return duplicateWorkloads(estate, picked, () => `copy-${n++}`);
    }),
  );
  return edit;
}

describe('invertChanges', () => {
  it('undoes any valid change set exactly (property)', () => {
    const estate = { ...sample(), nodePositions: { 'hosp-redis': { x: 3, y: 4 }, 'hosp-pg-primary': { x: 0, y: 0 } } };
    fc.assert(
      fc.property(arbitraryChangeSet(estate), (changes) => {
        const after = applyChanges(estate, changes);
        const inverse = invertChanges(estate, changes);
        expect(normalise(applyChanges(after, inverse))).toEqual(normalise(estate));
        // And redo after undo gives the same estate again.
        expect(normalise(applyChanges(applyChanges(after, inverse), changes))).toEqual(normalise(after));
      }),
      { numRuns: 300 },
    );
  });

  it('inverts two updates of one field to the original value', () => {
    const estate = sample();
    const changes: Change[] = [
      { op: 'updateWorkload', id: 'hosp-redis', field: 'owner', value: 'A' },
      { op: 'updateWorkload', id: 'hosp-redis', field: 'owner', value: 'B' },
    ];
    const undone = applyChanges(applyChanges(estate, changes), invertChanges(estate, changes));
    expect(undone.workloads.find((w) => w.id === 'hosp-redis')?.owner).toBe('ERP platform team');
  });
});

describe('applyChanges', () => {
  it('applies all or nothing', () => {
    const estate = sample();
    expect(() =>
      applyChanges(estate, [
        { op: 'updateWorkload', id: 'hosp-redis', field: 'owner', value: 'X' },
        { op: 'removeWorkload', id: 'hosp-pg-primary' },
      ]),
    ).toThrow(ChangeConflictError);
    expect(estate.workloads.find((w) => w.id === 'hosp-redis')?.owner).toBe('ERP platform team');
  });

  it('keeps the list in position order when a copy lands between two rows', () => {
    const estate = sample();
    const after = applyChanges(
      estate,
      duplicateWorkloads(estate, ['hosp-odoo-web'], () => 'copy'),
    );
    expect(after.workloads.slice(0, 3).map((w) => w.name)).toEqual(['Odoo web (hospital)', 'Odoo web (hospital) (copy)', 'Odoo queue workers (hospital)']);
  });
});

describe('change set schema', () => {
  it('accepts the builders’ output and refuses values a field cannot hold', () => {
    const estate = sample();
    expect(ChangeSetSchema.safeParse(setWorkloadField(estate, ['hosp-redis'], 'criticality', 1)).success).toBe(true);
    const bad = ChangeSetSchema.safeParse([{ op: 'updateWorkload', id: 'hosp-redis', field: 'rtoMinutes', value: -5 }]);
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/^rtoMinutes: /);
    expect(ChangeSetSchema.safeParse([{ op: 'updateWorkload', id: 'x', field: 'id', value: 'y' }]).success).toBe(false);
    expect(ChangeSetSchema.safeParse([{ op: 'addWorkload', workload: { ...blankWorkload('x', ''), name: '' }, position: 1 }]).success).toBe(false);
  });
});
