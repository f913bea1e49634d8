import { ESTATE_LINE_NAMES } from '../costs/business-case.js';
import { completenessSentences } from '../costs/completeness.js';
import { RATE_CHOICE_FIELDS, RATE_NUMBER_FIELDS, RATE_TABLE_FIELDS } from '../costs/rate-card-fields.js';
import type { RateCard } from '../costs/rate-card.js';
import type { CostStage } from '../report/cost-stage.js';
import { col, type SheetColumn, type SheetTable } from './sheet-model.js';

// The business case in the workbook, as the Costs view shows it: every headline as low,
// likely and high, the payback month as earliest, likely and latest, the data it rests
// on, the estate's own lines, and the rate card row by row with its labels.

const paybackText = (month: string | null, counted: number) => month ?? (counted ? 'Not within 10 years' : 'Unknown: no current costs recorded');

export function rangeTable(costs: CostStage, currency: string): SheetTable {
  const h = costs.headlines;
  const counted = costs.spend.counted;
  return {
    title: `The business case: ranges (${currency})`,
    columns: [col('Figure'), col('Low', 'money'), col('Likely', 'money'), col('High', 'money')],
    rows: [
      ['One-time (workloads, decommissioning, landing zone, connectivity)', h.oneTime.low, h.oneTime.likely, h.oneTime.high],
      ['Dual running', h.dualRunning.low, h.dualRunning.likely, h.dualRunning.high],
      ['Run rate per month after the last cutover', h.runAfter.low, h.runAfter.likely, h.runAfter.high],
      ['Run rate per month today (planned and retired, where recorded)', h.runBefore, h.runBefore, h.runBefore],
      ['Payback month (earliest, likely, latest)', paybackText(h.payback.low, counted), paybackText(h.payback.likely, counted), paybackText(h.payback.high, counted)],
      ...completenessSentences(costs.completeness).map((s) => [`Data: ${s}`, null, null, null]),
    ],
  };
}

export function estateLineTable(costs: CostStage, currency: string): SheetTable {
  return {
    title: `Business case lines (${currency})`,
    columns: [
      col('Line'),
      col('Counts', 'integer'),
      col('One-time', 'money'),
      col('Per month during the plan', 'money'),
      col('Per month after', 'money'),
      col('Range low ×', 'number'),
      col('Range high ×', 'number'),
    ],
    rows: [
      ...costs.lines.map((l) => [ESTATE_LINE_NAMES[l.id], l.count, l.oneTime, l.monthlyDuring, l.monthlyAfter, l.spread.low, l.spread.high]),
      ['Licences (in the workloads’ run rate)', null, null, null, costs.planned.licence, null, null],
      ['Provider support (in the workloads’ run rate)', null, null, null, costs.planned.support, null, null],
      ['Subscriptions (repurchased workloads)', null, null, null, costs.planned.subscription, null, null],
      ['Commitment discounts (taken off)', null, null, null, -costs.planned.commitment, null, null],
      ['Migration tools (per workload, one-time)', null, costs.planned.tools, null, null, null, null],
      ['Retired: decommissioning, and the run cost saved', costs.retired.workloads, costs.retired.oneTime, null, -costs.retired.runBefore, null, null],
    ],
  };
}

/** Every rate of the card with the label the app and a price-list import use. */
export function rateCardTable(card: RateCard): SheetTable {
  const kindOf = (unit: string): SheetColumn['kind'] => (unit === 'percent' ? 'percent' : unit === 'number' ? 'number' : 'money');
  const rows: [string, string | number, SheetColumn['kind']][] = [
    ...RATE_NUMBER_FIELDS.map((f): [string, number, SheetColumn['kind']] => [f.label, card[f.key], kindOf(f.unit)]),
    ...RATE_CHOICE_FIELDS.map((f): [string, string, SheetColumn['kind']] => [f.label, f.options.find((o) => o.value === card[f.key])?.label ?? String(card[f.key]), 'text']),
    ...RATE_TABLE_FIELDS.flatMap((f) => f.entries.map((e): [string, number, SheetColumn['kind']] => [f.entryLabel(e), (card[f.key] as Record<string, number>)[e] ?? 0, 'number'])),
  ];
  return { title: `Rate card (${card.currency})`, columns: [col('Rate'), col('Value', 'number')], rows: rows.map(([k, v]) => [k, v]), lastCellKinds: rows.map(([, , kind]) => kind) };
}
