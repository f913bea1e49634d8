import { describe, expect, it } from 'vitest';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings';
import type { EstateContent } from '../../../../shared/estate/estate';
import { buildWorkbookModel } from '../../../../shared/excel/export-model';
import { reportOf } from '../../../../shared/report/estate-report';
import { generateSyntheticEstate } from '../../../../shared/synthetic/generate-estate';
import { plansMadeSoFar, reportFor } from '../../../../renderer/src/report/report-cache';

function content(workloads: number, seed: number): EstateContent {
  const estate = generateSyntheticEstate({ workloads, dependencies: workloads * 3, seed });
  return { ...estate, positions: {}, nodePositions: {}, ...DEFAULT_ESTATE_SETTINGS };
}

describe('the renderer’s report cache', () => {
  it('gives every view the same report while the estate is the same, and plans it once', () => {
    const estate = content(300, 1);
    const before = plansMadeSoFar();
    // Waves, Rollback, Costs, Findings and the badge, each asking with its own copy of the snapshot's parts.
    const asked = [0, 1, 2, 3, 4].map(() => reportFor({ ...estate }));
    for (const r of asked) {
      void r.plan.waves;
      void r.editedRunbooks.all();
      void r.costs.byWave;
      void r.findings.count.high;
    }
    expect(new Set(asked).size).toBe(1);
    expect(plansMadeSoFar() - before).toBe(1);
  });

  it('plans again after a plan setting changes, not after a rate changes', () => {
    const estate = content(200, 2);
    const first = reportFor(estate);
    void first.costs;
    const before = plansMadeSoFar();
    void reportFor({ ...estate, rateCard: { ...estate.rateCard, effortDayRate: 1 } }).costs;
    expect(plansMadeSoFar() - before).toBe(0);
    void reportFor({ ...estate, planSettings: { ...estate.planSettings, maxWorkloadsPerWave: 5 } }).plan;
    expect(plansMadeSoFar() - before).toBe(1);
  });

  it('counts on the badge what the workbook’s Findings sheet lists', () => {
    for (const seed of [3, 4, 5]) {
      const estate = content(150, seed);
      const rows = buildWorkbookModel('Estate', estate, reportOf(estate), ['Findings']).sheets[0]?.tables[0]?.rows ?? [];
      expect(reportFor(estate).findings.count.high).toBe(rows.filter((r) => r[0] === 'high').length);
    }
  });
});
