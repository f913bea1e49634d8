import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../../../shared/compare/compare-scenarios.js';
import { filterRows } from '../../../../shared/compare/workload-diff.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import type { EstateContent } from '../../../../shared/estate/estate.js';
import { buildWorkbookModel, SHEET_NAMES } from '../../../../shared/excel/export-model.js';
import { differenceWords } from '../../../../shared/compare/difference-words.js';
import { EstateReport } from '../../../../shared/report/estate-report.js';
import { healthcareSampleEstate, SAMPLE_PLAN_SETTINGS } from '../../../../shared/sample/healthcare-estate.js';

// The workbook's Scenarios sheet holds the Compare view's comparison: every figure of
// every scenario as its own report says it, and the workloads that change.

function baseline(): EstateContent {
  const { workloads, dependencies } = healthcareSampleEstate();
  return { workloads, dependencies, positions: Object.fromEntries(workloads.map((w, i) => [w.id, i + 1])), nodePositions: {}, ...DEFAULT_ESTATE_SETTINGS, planSettings: SAMPLE_PLAN_SETTINGS };
}

const march = (): EstateContent => {
  const estate = baseline();
  return { ...estate, planSettings: { ...estate.planSettings, wavesInFlight: 2, startDate: '2027-03-01' } };
};

describe('the Scenarios sheet', () => {
  const content = baseline();
  const report = new EstateReport(content);
  const other = new EstateReport(march());
  const comparison = compareScenarios([
    { id: 'baseline', name: 'Baseline', report },
    { id: 'march', name: 'From March', report: other },
  ]);

  it('is written only when there are scenarios to compare, after the Summary', () => {
    const without = buildWorkbookModel('Meridian', content, report);
    expect(without.sheets.map((s) => s.name)).not.toContain('Scenarios');
    const withIt = buildWorkbookModel('Meridian', content, report, SHEET_NAMES, { comparison, leftOut: [] });
    expect(withIt.sheets.map((s) => s.name).slice(0, 3)).toEqual(['Summary', 'Scenarios', 'Inventory']);
  });

  it('holds each figure of each scenario, as the scenario’s own report says it', () => {
    const sheet = buildWorkbookModel('Meridian', content, report, ['Scenarios'], { comparison, leftOut: ['Third', 'Fourth'] }).sheets[0];
    const figures = sheet?.tables[0];
    expect(figures?.title).toMatch(/compared with Baseline.*2 more scenarios \(Third, Fourth\) are not compared/);
    expect(figures?.rows).toHaveLength(comparison.figures.length * 2);
    const row = (label: string, scenario: string) => figures?.rows.find((r) => r[0] === label && r[1] === scenario);
    expect(row('One-time cost', 'From March')?.slice(3)).toEqual([other.costs.headlines.oneTime.low, other.costs.headlines.oneTime.high, other.costs.headlines.oneTime.likely]);
    expect(row('Last cutover', 'Baseline')?.[5]).toBe(report.quality.endDate);
    expect(row('Last cutover', 'Baseline')?.[2]).toBe('Reference');
    expect(row('High findings', 'From March')?.[5]).toBe(other.findings.count.high);
    expect(row('Hybrid link-days', 'From March')?.[5]).toBe(other.quality.hybrid.linkDays);
    // Each row's value is written as its kind: money, a count, a date.
    const kinds = figures?.lastCellKinds ?? [];
    expect(kinds[figures?.rows.indexOf(row('One-time cost', 'Baseline') ?? []) ?? -1]).toBe('money');
    expect(kinds[figures?.rows.indexOf(row('Last cutover', 'Baseline') ?? []) ?? -1]).toBe('date');
    // The end date moves with the start: its change is in days, judged later is worse.
    const end = comparison.figures.find((f) => f.definition.key === 'endDate');
    expect(row('Last cutover', 'From March')?.[2]).toBe(differenceWords('date', end?.differences[1] as never));
    expect(row('Last cutover', 'From March')?.[2]).toMatch(/^[+−][\d,]+ days \((better|worse)\)$/);
  });

  it('lists the workloads that changed, with each scenario’s tier, wave, cutover and cost', () => {
    const diff = buildWorkbookModel('Meridian', content, report, ['Scenarios'], { comparison, leftOut: [] }).sheets[0]?.tables[1];
    const changed = filterRows(comparison.rows, 'changed');
    expect(changed.length).toBeGreaterThan(0);
    expect(diff?.rows).toHaveLength(changed.length);
    expect(diff?.columns.map((c) => c.header).slice(0, 7)).toEqual(['Workload', 'System', 'What changed', 'Baseline: tier', 'Baseline: wave', 'Baseline: cutover', 'Baseline: move cost']);
    const first = changed[0];
    const written = diff?.rows.find((r) => r[0] === first?.name);
    expect(written?.[6]).toBe(first?.cells[0]?.cost);
    expect(written?.[9]).toBe(first?.cells[1]?.cutover);
    expect(String(written?.[2])).toContain('Cutover');
  });

  it('says a difference in words, with its sign and whether it is better', () => {
    expect(differenceWords('count', { changed: false, direction: 'same', delta: 0, verdict: 'neutral' })).toBe('No change');
    expect(differenceWords('money', { changed: true, direction: 'down', delta: -1500.4, verdict: 'better' }, (n) => `EUR ${Math.round(n).toLocaleString('en')}`)).toBe('−EUR 1,500 (better)');
    expect(differenceWords('month', { changed: true, direction: 'up', delta: 3, verdict: 'worse' })).toBe('+3 months (worse)');
    expect(differenceWords('count', { changed: true, direction: 'up', delta: 2, verdict: 'neutral' })).toBe('+2');
    expect(differenceWords('money', { changed: true, direction: 'same', delta: 0, verdict: 'neutral' })).toBe('Same likely figure; its range changed');
  });
});
