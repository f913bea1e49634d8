import { describe, expect, it } from 'vitest';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import type { EstateContent } from '../../../../shared/estate/estate.js';
import { summarySheet } from '../../../../shared/excel/summary-sheet.js';
import { EstateReport } from '../../../../shared/report/estate-report.js';
import { healthcareSampleEstate } from '../../../../shared/sample/healthcare-estate.js';
import type { SheetTable } from '../../../../shared/excel/sheet-model.js';

function sampleContent(): EstateContent {
  return { ...healthcareSampleEstate(), ...DEFAULT_ESTATE_SETTINGS } as EstateContent;
}

const table = (tables: readonly SheetTable[], title: RegExp) => {
  const found = tables.find((t) => title.test(t.title ?? ''));
  if (!found) throw new Error(`no table ${title}`);
  return found;
};
const valueOf = (t: SheetTable, measure: string) => t.rows.find((r) => r[0] === measure)?.[1];

describe('the workbook Summary sheet', () => {
  it('carries every headline cost as low, likely and high, the payback range, the data it rests on and the business case lines', () => {
    const estate = sampleContent();
    const report = new EstateReport(estate);
    const h = report.costs.headlines;
    const sheet = summarySheet('Sample', estate, report, []);
    const ranges = table(sheet.tables, /^The business case: ranges/);
    const row = (start: string) => ranges.rows.find((r) => String(r[0]).startsWith(start));
    expect(row('One-time')?.slice(1)).toEqual([h.oneTime.low, h.oneTime.likely, h.oneTime.high]);
    expect(row('Run rate per month after')?.slice(1)).toEqual([h.runAfter.low, h.runAfter.likely, h.runAfter.high]);
    expect(row('Dual running')?.slice(1)).toEqual([h.dualRunning.low, h.dualRunning.likely, h.dualRunning.high]);
    expect(row('Payback month')?.length).toBe(4);
    expect(row('Data: current monthly cost recorded')?.[0]).toBe('Data: current monthly cost recorded for 42 of 42 (100%)');
    const lines = table(sheet.tables, /^Business case lines/);
    expect(lines.rows.map((r) => r[0])).toEqual(
      expect.arrayContaining(['Landing zone and platform', 'Connectivity', 'Egress', 'Programme tools', 'Licences (in the workloads’ run rate)', 'Provider support (in the workloads’ run rate)']),
    );
    // Landing zone: 60,000 once, 2,500 a month during and after.
    expect(lines.rows.find((r) => r[0] === 'Landing zone and platform')?.slice(2, 5)).toEqual([60_000, 2_500, 2_500]);
    expect(valueOf(table(sheet.tables, /^The plan at a glance$/), 'One-time migration cost (likely)')).toBe(h.oneTime.likely);
  });

  it('carries the plan-quality figures of the report’s quality stage', () => {
    const estate = sampleContent();
    const report = new EstateReport(estate);
    const q = report.quality;
    const sheet = summarySheet('Sample', estate, report, []);
    const quality = table(sheet.tables, /^Plan quality$/);
    expect(quality.rows.length).toBe(quality.lastCellKinds?.length);
    expect(valueOf(quality, 'Waves that move workloads')).toBe(q.waves);
    expect(valueOf(quality, 'Last cutover (end date)')).toBe(q.endDate);
    expect(valueOf(quality, 'Hybrid links (dependencies running across the boundary)')).toBe(q.hybrid.links);
    expect(valueOf(quality, 'Hybrid link-days (from the first end’s cutover to the second’s, summed)')).toBe(q.hybrid.linkDays);
    expect(valueOf(quality, 'Dual-running cost')).toBeCloseTo(report.costs.planned.dualRunning, 2);
    expect(valueOf(quality, 'Wave balance: spread of sizes (coefficient of variation; 0 is even)')).toBe(q.size?.cv);
    // The sample has hybrid links, and the longest one is named by its ends.
    expect(q.hybrid.links).toBeGreaterThan(0);
    expect(String(valueOf(quality, 'Longest hybrid link'))).toMatch(/→ .*: \d+ days \(waves \d+ to \d+\)/);
  });

  it('lists the critical path a step a row, one name per line (names hold commas)', () => {
    const estate = sampleContent();
    const planned = new EstateReport(estate).plan;
    const report = new EstateReport(estate);
    const [first, second] = planned.waves.filter((w) => w.cutoverOrder.length > 0);
    if (!first || !second) throw new Error('the sample has two waves');
    const ids = second.units[0]?.members ?? [];
    report.providePlan({
      ...planned,
      criticalPath: [
        { wave: first.number, workloadIds: [], because: 'The pilot wave proves the process first.' },
        { wave: second.number, workloadIds: ids, because: 'Waits for its providers in the wave before.' },
      ],
    });
    const sheet = summarySheet('Sample', estate, report, []);
    const path = table(sheet.tables, /^Critical path/);
    expect(path.columns.map((c) => c.header)).toEqual(['Step', 'Wave', 'Unit', 'Because']);
    expect(path.rows).toEqual([
      [1, first.number, '(the calendar)', 'The pilot wave proves the process first.'],
      [2, second.number, ids.map((id) => estate.workloads.find((w) => w.id === id)?.name).join('\n'), 'Waits for its providers in the wave before.'],
    ]);
    expect(valueOf(table(sheet.tables, /^Plan quality$/), 'Steps on the critical path')).toBe(2);
  });

  it('says when no critical path was worked out, rather than showing an empty table without a word', () => {
    const estate = sampleContent();
    const report = new EstateReport(estate);
    report.providePlan({ ...new EstateReport(estate).plan, criticalPath: [] });
    const path = table(summarySheet('Sample', estate, report, []).tables, /^Critical path/);
    expect(path.title).toMatch(/none worked out/);
    expect(path.rows).toEqual([]);
  });
});
