import { removeWorkloads } from '../../shared/changes/builders.js';
import { ChangeSchema, type Change } from '../../shared/changes/change-set.js';
import type { ChangeOp } from '../../shared/changes/ops.js';
import type { EstateContent } from '../../shared/estate/estate.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../shared/estate/estate-settings.js';
import { blankWorkload } from '../../shared/domain/workload.js';
import { SCENARIO_DECISION_FIELDS, type ScenarioDecisions } from '../../shared/estate/scenarios.js';

// A valid change set for every op, against the healthcare sample, for the tests that
// check each op is applied, inverted and written alike. Keyed by op, so a new op does
// not compile here until it has an example.

export const CHANGE_EXAMPLES: { [K in ChangeOp]: (estate: EstateContent) => Change[] } = {
  addWorkload: () => [{ op: 'addWorkload', workload: { ...blankWorkload('new-1', 'Keycloak staging'), environment: 'staging' }, position: 99 }],
  updateWorkload: () => [
    { op: 'updateWorkload', id: 'hosp-redis', field: 'owner', value: 'Cache team' },
    { op: 'updateWorkload', id: 'hosp-redis', field: 'dataClasses', value: ['pii', 'financial'] },
    { op: 'updateWorkload', id: 'hosp-redis', field: 'rtoMinutes', value: null },
  ],
  // With the dependencies that touch it, which must go first; the workload has a graph position.
  removeWorkload: (estate) => removeWorkloads(estate, ['hosp-redis']),
  addDependency: () => [
    {
      op: 'addDependency',
      dependency: { id: 'dep-new', consumerId: 'hosp-redis-staging', providerId: 'hosp-redis', kind: 'cache', coupling: 'tight', dataClasses: ['pii'], protocol: 'redis', notes: '' },
    },
  ],
  updateDependency: (estate) => [{ op: 'updateDependency', id: (estate.dependencies[0] as { id: string }).id, field: 'coupling', value: 'loose' }],
  removeDependency: (estate) => [{ op: 'removeDependency', id: (estate.dependencies[0] as { id: string }).id }],
  setNodePositions: () => [{ op: 'setNodePositions', positions: { 'hosp-redis': { x: 1, y: -2.5 }, 'hosp-redis-staging': { x: 40, y: 0 }, 'hosp-pg-primary': null } }],
  setSetting: () => [
    { op: 'setSetting', name: 'planSettings', value: { ...DEFAULT_ESTATE_SETTINGS.planSettings, waveLengthDays: 21 } },
    { op: 'setSetting', name: 'rollbackSettings', value: { ...DEFAULT_ESTATE_SETTINGS.rollbackSettings, maintenanceWindowHours: 6 } },
    { op: 'setSetting', name: 'rateCard', value: { ...DEFAULT_ESTATE_SETTINGS.rateCard, currency: 'CHF', effortDayRate: 1150 } },
    { op: 'setSetting', name: 'runbookEdits', value: { steps: { 'back:hosp-redis': { text: 'Flush the queue first.', wave: 2, was: 'generated' } }, added: [], order: {} } },
    { op: 'setSetting', name: 'classification', value: { unclassifiedProductionAsRestricted: !DEFAULT_ESTATE_SETTINGS.classification.unclassifiedProductionAsRestricted } },
  ],
  // A new scenario (not shown: the view stays the baseline's), then the baseline's decisions of one workload and a setting of its own.
  setScenario: (estate) => {
    const redis = estate.workloads.find((w) => w.id === 'hosp-redis')!;
    const decisions = Object.fromEntries(SCENARIO_DECISION_FIELDS.map((f) => [f, redis[f]])) as ScenarioDecisions;
    const baseline = (d: ScenarioDecisions, planSettings: EstateContent['planSettings']) => ({ name: 'Baseline', index: 0, active: true, decisions: { 'hosp-redis': d }, settings: { planSettings } });
    return [
      {
        op: 'setScenario',
        id: 'cloud-first-1a2b3c',
        before: null,
        after: { name: 'Cloud first', index: 1, active: false, decisions: { 'hosp-redis': { ...decisions, pinnedWave: 4 } }, settings: {} },
      },
      {
        op: 'setScenario',
        id: 'baseline',
        before: baseline(decisions, estate.planSettings),
        after: baseline({ ...decisions, pinnedWave: 2, strategy: 'retire' }, { ...estate.planSettings, waveLengthDays: 28 }),
      },
    ];
  },
};

/** Graph positions the examples move or forget, so undo has something to put back. */
export const EXAMPLE_NODE_POSITIONS = { 'hosp-redis': { x: 3, y: 4 }, 'hosp-pg-primary': { x: 0, y: 0 } };

/** The ops as the schema that validates every change set knows them (not the op list, which the tests check it against). */
export const schemaOps = (): string[] => [...new Set(ChangeSchema.options.map((option) => option.shape.op.value))];
