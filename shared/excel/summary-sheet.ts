import type { EstateContent } from '../estate/estate.js';
import { WAVE_PHASE_NAMES } from '../planner/plan-types.js';
import type { EstateReport } from '../report/estate-report.js';
import { estateLineTable, rangeTable } from './business-case-tables.js';
import { criticalPathTable, qualityTable } from './quality-tables.js';
import { col, type CellValue, type SheetColumn, type SheetModel } from './sheet-model.js';

// The workbook's first sheet: the plan at a glance, its waves and its key findings, for
// the reader who opens nothing else.

export function summarySheet(name: string, estate: EstateContent, report: EstateReport, runbooks: readonly { wave: number; rollbackMinutes: number }[]): SheetModel {
  const { plan } = report;
  const { byWave, headlines } = report.costs;
  const findings = report.findings.all;
  const { count } = report.findings;
  const facts: [string, CellValue, SheetColumn['kind']][] = [
    ['Estate', name, 'text'],
    ['Workloads', estate.workloads.length, 'integer'],
    ['Dependencies', estate.dependencies.length, 'integer'],
    ['Waves', plan.waves.filter((w) => w.cutoverOrder.length > 0).length, 'integer'],
    ['Workloads planned in waves', plan.waveOf.size, 'integer'],
    ['Held back', plan.heldBack.length, 'integer'],
    ['Not migrating', plan.notMigrating.length, 'integer'],
    // The likely figures; their ranges and the lines they add up are in the tables below.
    ['One-time migration cost (likely)', headlines.oneTime.likely, 'money'],
    ['Dual-running cost (likely)', headlines.dualRunning.likely, 'money'],
    ['Run rate per month before (where recorded)', headlines.runBefore, 'money'],
    ['Run rate per month after (likely)', headlines.runAfter.likely, 'money'],
    ['Payback month (likely)', headlines.payback.likely ?? (report.costs.spend.counted ? 'Not within 10 years' : 'Unknown: no current costs recorded'), 'text'],
    ['Findings: high / medium / low', `${count.high} / ${count.medium} / ${count.low}`, 'text'],
  ];
  const rollbackOf = new Map(runbooks.map((r) => [r.wave, r.rollbackMinutes]));
  const workloadById = new Map(estate.workloads.map((w) => [w.id, w]));
  const dependencyById = new Map(estate.dependencies.map((d) => [d.id, d]));
  const nameOf = (id: string) => workloadById.get(id)?.name ?? id;
  return {
    name: 'Summary',
    data: false,
    tables: [
      { title: 'The plan at a glance', columns: [col('Item'), col('Value', 'text')], rows: facts.map(([k, v]) => [k, v]), lastCellKinds: facts.map(([, , kind]) => kind) },
      rangeTable(report.costs, estate.rateCard.currency),
      estateLineTable(report.costs, estate.rateCard.currency),
      {
        title: 'Waves',
        columns: [
          col('Wave', 'integer'),
          col('Phase'),
          col('Start', 'date'),
          col('Cutover', 'date'),
          col('End', 'date'),
          col('Workloads', 'integer'),
          col('Risk', 'integer'),
          col('Inputs known', 'percent'),
          col('One-time cost', 'money'),
          col('Rollback (min)', 'integer'),
        ],
        rows: plan.waves.map((w) => [
          w.number,
          WAVE_PHASE_NAMES[w.phase],
          w.start,
          w.cutover,
          w.end,
          w.cutoverOrder.length,
          w.risk,
          w.confidence,
          byWave.get(w.number)?.oneTime ?? 0,
          rollbackOf.get(w.number) ?? null,
        ]),
      },
      qualityTable(report.quality, (id) => dependencyById.get(id), nameOf),
      criticalPathTable(plan.criticalPath, nameOf),
      {
        title: 'Key findings (all of them on the Findings sheet)',
        columns: [col('Severity'), col('Finding', 'text', { wrap: true, span: 8 })],
        rows: findings
          .filter((f) => f.severity !== 'low')
          .slice(0, 15)
          .map((f) => [f.severity, f.title]),
      },
    ],
  };
}
