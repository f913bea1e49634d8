import { describe, expect, it } from 'vitest';
import { exportPlanWorkbook } from '../../../../../../electron/backend/services/excel/export-plan.js';
import { readSpreadsheet } from '../../../../../../electron/backend/services/excel/read-spreadsheet.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../../../shared/estate/estate-settings.js';
import type { EstateSnapshot } from '../../../../../../shared/estate/estate.js';
import { recogniseFormat } from '../../../../../../shared/import/formats/recognise.js';
import { reportOf } from '../../../../../../shared/report/estate-report.js';
import { healthcareSampleEstate, SAMPLE_PLAN_SETTINGS } from '../../../../../../shared/sample/healthcare-estate.js';

// The workbook export reads every scenario through the back end's scenario reader (what
// openScenario serves) and writes the Scenarios sheet; the import never takes it for an inventory.

function snapshot(scenarios: EstateSnapshot['scenarios']): EstateSnapshot {
  const { workloads, dependencies } = healthcareSampleEstate();
  const estate = { id: 'meridian', name: 'Meridian', workloadCount: workloads.length, dependencyCount: dependencies.length, revision: 1, createdAt: '', updatedAt: '', schemaVersion: 7 };
  const positions = Object.fromEntries(workloads.map((w, i) => [w.id, i + 1]));
  return { estate, workloads, dependencies, positions, nodePositions: {}, ...DEFAULT_ESTATE_SETTINGS, planSettings: SAMPLE_PLAN_SETTINGS, scenarios, activeScenarioId: 'baseline' };
}

const TWO = [
  { id: 'baseline', name: 'Baseline' },
  { id: 'march', name: 'From March' },
];

describe('the plan workbook of an estate with scenarios', () => {
  it('compares every scenario, read through the scenario reader, on its Scenarios sheet', async () => {
    const shown = snapshot(TWO);
    const asked: string[] = [];
    const marchSnapshot = { ...shown, planSettings: { ...shown.planSettings, wavesInFlight: 2, startDate: '2027-03-01' }, activeScenarioId: 'march' };
    const read = (id: string) => {
      asked.push(id);
      if (id !== 'march') throw new Error(`not expected: ${id}`);
      return marchSnapshot;
    };
    const { bytes } = await exportPlanWorkbook(shown, undefined, read);
    // The scenario shown reuses the workbook's own report; only the other one is read.
    expect(asked).toEqual(['march']);
    const file = await readSpreadsheet('plan.xlsx', bytes);
    expect(file.sheets.map((s) => s.name).slice(0, 3)).toEqual(['Summary', 'Scenarios', 'Inventory']);
    const rows = file.sheets.find((s) => s.name === 'Scenarios')?.rows ?? [];
    const endRow = rows.find((r) => r[0] === 'Last cutover' && r[1] === 'From March');
    expect(endRow?.[5]).toBe(reportOf(marchSnapshot).quality.endDate);
    const oneTime = rows.find((r) => r[0] === 'One-time cost' && r[1] === 'From March');
    expect(Number(oneTime?.[5])).toBeCloseTo(reportOf(marchSnapshot).costs.headlines.oneTime.likely, 0);
    // The import still finds the Inventory and the Dependencies, not the Scenarios sheet.
    const match = recogniseFormat(file);
    expect(match?.id).toBe('waveplan');
    expect(match?.inventory?.sheet).toBe('Inventory');
    expect(match?.dependencies[0]?.sheet).toBe('Dependencies');
  });

  it('has no Scenarios sheet when the estate has one scenario', async () => {
    const { bytes } = await exportPlanWorkbook(snapshot([TWO[0] as { id: string; name: string }]), undefined, () => {
      throw new Error('no scenario should be read');
    });
    const file = await readSpreadsheet('plan.xlsx', bytes);
    expect(file.sheets.map((s) => s.name)).not.toContain('Scenarios');
  });
});
