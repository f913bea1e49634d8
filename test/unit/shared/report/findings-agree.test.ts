import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import type { EstateContent } from '../../../../shared/estate/estate.js';
import { buildWorkbookModel } from '../../../../shared/excel/export-model.js';
import { SEVERITIES } from '../../../../shared/findings/finding.js';
import { controlCoverage } from '../../../../shared/controls/coverage.js';
import { controlsOf } from '../../../../shared/controls/rule-controls.js';
import { EstateReport, reportOf } from '../../../../shared/report/estate-report.js';
import { healthcareSampleEstate } from '../../../../shared/sample/healthcare-estate.js';
import { generateSyntheticEstate } from '../../../../shared/synthetic/generate-estate.js';

// What the file says is what the screen shows: the top bar's badge and the Findings
// view read `findings.count` of the renderer's report (renderer/src/report/report-cache.ts
// keeps one EstateReport per estate version); the back end builds the workbook from its
// own report of the stored content. Both must count the same findings. The browser test
// one-report.spec.ts reads the real badge, view and downloaded workbook on the sample.

function content(estate: Pick<EstateContent, 'workloads' | 'dependencies'>, settings: Partial<EstateContent> = {}): EstateContent {
  return { ...estate, positions: Object.fromEntries(estate.workloads.map((w, i) => [w.id, i + 1])), nodePositions: {}, ...DEFAULT_ESTATE_SETTINGS, ...settings };
}

/** Per severity, the rows of the workbook's Findings sheet. */
function workbookCounts(estate: EstateContent): Record<string, number> {
  const sheet = buildWorkbookModel('Estate', estate, reportOf(estate), ['Findings']).sheets[0];
  const rows = sheet?.tables[0]?.rows ?? [];
  return Object.fromEntries(SEVERITIES.map((s) => [s, rows.filter((r) => r[0] === s).length]));
}

/**
 * The controls the workbook names, row by row, against those the Findings view shows for the
 * same findings (both read rule-controls.ts), and the coverage table's counts against the cells.
 */
function expectControlsAgree(estate: EstateContent): void {
  const report = reportOf(estate);
  const rows = buildWorkbookModel('Estate', estate, report, ['Findings']).sheets[0]?.tables[0]?.rows ?? [];
  const onScreen = report.findings.all.map((f) => controlsOf(f).map((c) => c.label));
  const inFile = rows.map((r) =>
    String(r[2] ?? '')
      .split('; ')
      .filter(Boolean),
  );
  expect(inFile).toEqual(onScreen);
  const perLabel = new Map<string, number>();
  for (const labels of inFile) for (const l of labels) perLabel.set(l, (perLabel.get(l) ?? 0) + 1);
  for (const row of controlCoverage(report.findings.all)) expect(row.openFindings, row.control).toBe(perLabel.get(`${row.framework} ${row.control}`) ?? 0);
}

/** What the badge shows (high) and the Findings view's severity toggles count. */
function screenCounts(estate: EstateContent): Record<string, number> {
  return { ...new EstateReport(estate).findings.count };
}

describe('the badge, the Findings view and the workbook', () => {
  it('count the same findings, and name the same controls, on the sample', () => {
    const sample = content(healthcareSampleEstate());
    const onScreen = screenCounts(sample);
    expect(onScreen.high).toBeGreaterThan(0);
    expect(workbookCounts(sample)).toEqual(onScreen);
    expectControlsAgree(sample);
  });

  it('count the same findings, and name the same controls, on random estates and settings', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 5, max: 120 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 6 }),
        (seed, workloads, asRestricted, waveSize, windowHours) => {
          const estate = content(generateSyntheticEstate({ workloads, dependencies: workloads * 3, seed }), {
            classification: { unclassifiedProductionAsRestricted: asRestricted },
            planSettings: { ...DEFAULT_ESTATE_SETTINGS.planSettings, maxWorkloadsPerWave: waveSize },
            rollbackSettings: { ...DEFAULT_ESTATE_SETTINGS.rollbackSettings, maintenanceWindowHours: 1 + windowHours },
          });
          expect(workbookCounts(estate)).toEqual(screenCounts(estate));
          expectControlsAgree(estate);
        },
      ),
      { numRuns: 40 },
    );
  });
});
