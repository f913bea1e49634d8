import { DEFAULT_PLAN_SETTINGS } from '../../../../../shared/planner/settings.js';
import { DEFAULT_RATE_CARD } from '../../../../../shared/costs/rate-card.js';
import { DEFAULT_ROLLBACK_SETTINGS } from '../../../../../shared/rollback/rollback-settings.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyChanges } from '../../../../../shared/changes/apply.js';
import { removeWorkloads } from '../../../../../shared/changes/builders.js';
import type { Change } from '../../../../../shared/changes/change-set.js';
import { invertChanges } from '../../../../../shared/changes/invert.js';
import { blankWorkload } from '../../../../../shared/domain/workload.js';
import { healthcareSampleEstate } from '../../../../../shared/sample/healthcare-estate.js';
import type { EstateLibrary } from '../../../../../electron/backend/services/library.js';
import { tempLibrary } from '../../../../support/temp-library.js';

let library: EstateLibrary;
let cleanup: () => void;
let id: string;
beforeEach(() => {
  ({ library, cleanup } = tempLibrary());
  id = library.create('Sample', healthcareSampleEstate()).id;
});
afterEach(() => cleanup());

const content = () => {
  const { estate: _header, ...rest } = library.snapshot(id);
  return rest;
};

describe('applying change sets in the service', () => {
  it('applies a set in one transaction, bumps the revision and matches the pure apply', () => {
    const before = content();
    const changes: Change[] = [
      { op: 'updateWorkload', id: 'hosp-redis', field: 'owner', value: 'Cache team' },
      { op: 'updateWorkload', id: 'hosp-redis', field: 'dataClasses', value: ['pii', 'financial'] },
      { op: 'updateWorkload', id: 'hosp-redis', field: 'masked', value: true },
      { op: 'addWorkload', workload: { ...blankWorkload('new-1', 'Keycloak staging'), environment: 'staging' }, position: 99 },
      { op: 'addDependency', dependency: { id: 'dep-new', consumerId: 'new-1', providerId: 'hosp-redis', kind: 'cache', coupling: 'tight', dataClasses: [], protocol: '', notes: '' } },
      { op: 'updateDependency', id: 'dep-001', field: 'coupling', value: 'loose' },
      { op: 'setNodePositions', positions: { 'new-1': { x: 10, y: 20 }, 'hosp-redis': { x: -5, y: 7.5 } } },
      { op: 'setSetting', name: 'planSettings', value: { ...DEFAULT_PLAN_SETTINGS, waveLengthDays: 21, blackouts: [{ from: '2027-12-20', to: '2028-01-03', label: 'Year-end freeze' }] } },
      { op: 'setSetting', name: 'rateCard', value: { ...DEFAULT_RATE_CARD, currency: 'CHF', effortDayRate: 1150 } },
      { op: 'setSetting', name: 'rollbackSettings', value: { ...DEFAULT_ROLLBACK_SETTINGS, restoreGbPerHour: 400 } },
      {
        op: 'setSetting',
        name: 'runbookEdits',
        value: {
          steps: { 'backup:hosp-pg-primary': { text: 'Snapshot the primary with pgBackRest.', owner: 'DBA team', wave: 2, was: 'Back up or snapshot PostgreSQL primary' } },
          added: [],
          order: {},
        },
      },
    ];
    expect(library.applyChanges(id, 0, changes).revision).toBe(1);
    expect(library.snapshot(id).estate.revision).toBe(1);
    expect(content()).toEqual(applyChanges(before, changes));
  });

  it('refuses a stale revision with a message that says what happened, and changes nothing', () => {
    library.applyChanges(id, 0, [{ op: 'updateWorkload', id: 'hosp-redis', field: 'owner', value: 'A' }]);
    const before = content();
    expect(() => library.applyChanges(id, 0, [{ op: 'updateWorkload', id: 'hosp-redis', field: 'owner', value: 'B' }])).toThrow(
      /changed in another window or tab \(it is at revision 1, this window had 0\)/,
    );
    expect(content()).toEqual(before);
  });

  it('applies nothing of a set whose last change does not fit', () => {
    const before = content();
    expect(() =>
      library.applyChanges(id, 0, [
        { op: 'updateWorkload', id: 'hosp-redis', field: 'owner', value: 'Half' },
        { op: 'updateWorkload', id: 'no-such-workload', field: 'owner', value: 'X' },
      ]),
    ).toThrow(/Change 2 \(updateWorkload\): no workload with id no-such-workload/);
    expect(content()).toEqual(before);
    expect(library.snapshot(id).estate.revision).toBe(0);
  });

  it('refuses to remove a workload whose dependencies are not removed with it', () => {
    expect(() => library.applyChanges(id, 0, [{ op: 'removeWorkload', id: 'hosp-pg-primary' }])).toThrow(/still has dependencies/);
    expect(() => library.applyChanges(id, 0, [{ op: 'addWorkload', workload: blankWorkload('hosp-redis', 'Dup'), position: 1 }])).toThrow(/already taken/);
  });

  it('undoes a deletion of workloads with their dependencies and graph positions through the inverse change set', () => {
    library.applyChanges(id, 0, [{ op: 'setNodePositions', positions: { 'hosp-redis': { x: 1, y: 2 } } }]);
    const before = content();
    const changes = removeWorkloads(before, ['hosp-pg-primary', 'hosp-redis']);
    const inverse = invertChanges(before, changes);
    library.applyChanges(id, 1, changes);
    expect(content().workloads.find((w) => w.id === 'hosp-pg-primary')).toBeUndefined();
    expect(content().nodePositions).toEqual({});
    library.applyChanges(id, 2, inverse);
    const after = content();
    expect(after.workloads).toEqual(before.workloads);
    expect(after.positions).toEqual(before.positions);
    expect(after.nodePositions).toEqual({ 'hosp-redis': { x: 1, y: 2 } });
    expect([...after.dependencies].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...before.dependencies].sort((a, b) => a.id.localeCompare(b.id)));
  });
});
