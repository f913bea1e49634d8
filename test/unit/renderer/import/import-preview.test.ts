import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../../shared/changes/apply';
import { blankWorkload } from '../../../../shared/domain/workload';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings';
import type { EstateSnapshot } from '../../../../shared/estate/estate';
import { DEFAULT_DISCOVERY_CHOICES } from '../../../../shared/import/discovery-import';
import type { Mapping } from '../../../../shared/import/header-mapping';
import { changesOf } from '../../../../shared/import/import-plan';
import { buildPreview, type Spreadsheet } from '../../../../renderer/src/import/import-preview';
import { tierChoiceRefusal } from '../../../../renderer/src/report/tier-choice-guard';

// Found by a reviewer: a new workload whose row chose multi-tenant passed the preview,
// then a dependency row carrying PHI raised its recommendation, and confirming was
// refused whole by the store's tier-choice guard. The preview now checks the tier
// choices on what it will really save.

const ehr = { ...blankWorkload('ehr', 'EHR'), environment: 'production' as const, dataClasses: ['phi' as const] };
const snapshot: EstateSnapshot = {
  estate: { id: 'e', name: 'E', workloadCount: 1, dependencyCount: 0, revision: 1, createdAt: '', updatedAt: '', schemaVersion: 4 },
  workloads: [ehr],
  dependencies: [],
  positions: { ehr: 1 },
  nodePositions: {},
  ...DEFAULT_ESTATE_SETTINGS,
  scenarios: [{ id: 'baseline', name: 'Baseline' }],
  activeScenarioId: 'baseline',
};
const file: Spreadsheet = {
  fileName: 'servers.xlsx',
  kind: 'xlsx',
  sheets: [
    {
      name: 'Servers',
      rows: [
        ['Name', 'Environment', 'Chosen tier', 'Data classes'],
        ['Portal', 'production', 'multi-tenant', 'internal'],
        ['Intranet', 'production', 'multi-tenant', 'internal'],
      ],
    },
    {
      name: 'Links',
      rows: [
        ['Consumer', 'Provider', 'Data classes'],
        ['Portal', 'EHR', 'PHI'],
      ],
    },
  ],
};
const mapping = [
  { to: 'field', field: 'name' },
  { to: 'field', field: 'environment' },
  { to: 'field', field: 'chosenTier' },
  { to: 'field', field: 'dataClasses' },
] as Mapping;

function preview() {
  let n = 0;
  return buildPreview({
    snapshot,
    file,
    sheet: file.sheets[0]!,
    withInventory: true,
    mapping,
    valueMap: {},
    match: null,
    choices: DEFAULT_DISCOVERY_CHOICES,
    depTable: { sheet: 'Links', rows: file.sheets[1]!.rows },
    depChoice: { from: 'sheet', sheet: 'Links' },
    depRoles: ['consumer', 'provider', 'dataClasses'],
    newId: () => `new-${++n}`,
    connections: null,
    noiseRules: [],
    addEndpoints: new Set(),
  }).preview;
}

describe('the import preview', () => {
  it('leaves out a row whose tier a dependency table makes too weak, and says so at the row', () => {
    const p = preview();
    expect(p.adds.map((a) => a.workload.name)).toEqual(['Intranet']);
    expect(p.skipped.map((s) => s.name)).toEqual(['Portal']);
    expect(p.problems).toEqual([expect.objectContaining({ sheet: 'Servers', row: 2, column: 'C (Chosen tier)' })]);
  });

  it('offers only what the store will take', () => {
    const p = preview();
    const changes = changesOf(snapshot, p, { removeMissing: false });
    expect(tierChoiceRefusal(applyChanges(snapshot, changes), changes)).toBeNull();
  });
});
