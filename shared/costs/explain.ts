import { labelOf } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';
import type { WorkloadCost } from './costs.js';
import { formatMoney } from './money.js';
import type { RateCard } from './rate-card.js';

// How each figure was computed, in words, made only when someone opens it.

export const EXPLAINED = ['runBefore', 'runAfter', 'effort', 'rehearsal', 'hypercare', 'contingency', 'oneTime', 'dualRunning'] as const;
export type ExplainedPart = (typeof EXPLAINED)[number];

export const PART_NAMES: Record<ExplainedPart, string> = {
  runBefore: 'Run rate before',
  runAfter: 'Run rate after',
  effort: 'Migration effort',
  rehearsal: 'Rehearsal',
  hypercare: 'Hypercare',
  contingency: 'Contingency',
  oneTime: 'One-time cost',
  dualRunning: 'Dual running',
};

const n = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 2 });

/** One workload's figure, with the terms and the card's rates it came from. */
export function explainCost(w: Workload, c: WorkloadCost, part: ExplainedPart, card: RateCard): string {
  const money = (x: number) => formatMoney(x, card.currency);
  if (!c.moving && part !== 'runBefore') {
    return part === 'runAfter' && w.strategy === 'retain'
      ? `Retained: it keeps its current ${money(c.runAfter)} a month.`
      : `${labelOf(w.strategy ?? 'retire')}: it does not move, so nothing is spent on it.`;
  }
  switch (part) {
    case 'runBefore':
      return c.runBefore === null ? 'Not recorded: add the current monthly cost in the inventory to count it in the payback.' : `${money(c.runBefore)} a month, as recorded in the inventory.`;
    case 'runAfter': {
      const base =
        c.tier === 'multi-tenant'
          ? `${money(c.baseShare)} platform share`
          : `${money(c.baseShare)} share of the ${labelOf(c.tier).toLowerCase()} base fee (shared by ${c.groupSize} workload${c.groupSize === 1 ? '' : 's'} of ${w.system || 'its system'}${w.tenant ? ` for ${w.tenant}` : ''} in ${labelOf(w.environment).toLowerCase()})`;
      const resources = `${n(w.vcpu ?? 0)} vCPU × ${money(card.vcpuMonth)} + ${n(w.memoryGb ?? 0)} GB memory × ${money(card.memoryGbMonth)} + ${n(w.storageGb ?? 0)} GB storage and backup × ${n(card.storageGbMonth + card.backupGbMonth)}`;
      return `(${resources} = ${money(c.resources)}) + ${base}${c.discount ? `, × ${n(1 - c.discount)} for non-production` : ''} = ${money(c.runAfter)} a month.`;
    }
    case 'effort':
      return `${w.effortDays !== null ? `${n(c.effortDays)} days, as recorded` : `${n(card.effortDaysByKind[w.kind] ?? 0)} days for a ${labelOf(w.kind).toLowerCase()} × ${n(card.strategyFactor[w.strategy ?? 'rehost'] ?? 1)} for ${labelOf(w.strategy ?? 'rehost').toLowerCase()}${w.databaseGb ? ` + ${n(card.effortDaysPer500Gb)} per 500 GB of its ${n(w.databaseGb)} GB` : ''} = ${n(c.effortDays)} days`} × ${money(card.effortDayRate)} a day = ${money(c.effort)}.`;
    case 'rehearsal':
      return `${Math.round(card.rehearsalShare * 100)}% of the ${money(c.effort)} effort, for rehearsing the cutover = ${money(c.rehearsal)}.`;
    case 'hypercare':
      return `${card.hypercareWeeks} weeks × ${n(card.hypercareDaysPerWeek)} support days a week = ${n(c.hypercareDays)} days × ${money(card.effortDayRate)} = ${money(c.hypercare)}.`;
    case 'contingency':
      return `${Math.round(card.contingency * 100)}% of effort, rehearsal and hypercare (${money(c.effort + c.rehearsal + c.hypercare)}) = ${money(c.contingency)}.`;
    case 'oneTime':
      return `${money(c.effort)} effort + ${money(c.rehearsal)} rehearsal + ${money(c.hypercare)} hypercare + ${money(c.contingency)} contingency = ${money(c.oneTime)}.`;
    case 'dualRunning':
      if (c.wave === null) return 'Not in a wave yet: no overlap to pay for.';
      return `The new hosting for the ${c.overlapDays} days from wave ${c.wave}'s start to its cutover (${money(c.runAfter)} a month) + the old hosting kept ${card.parallelRunWeeks} weeks after it as the fallback (${c.runBefore === null ? 'current cost not recorded, counted as 0' : `${money(c.runBefore)} a month`}) = ${money(c.dualRunning)}.`;
  }
}

/** A total's figure: what it sums and its largest contributions. */
export function explainTotal(scope: string, part: ExplainedPart, costs: readonly WorkloadCost[], nameOf: (id: string) => string, card: RateCard): string {
  const money = (x: number) => formatMoney(x, card.currency);
  const counted = part === 'runBefore' ? costs.filter((c) => c.runBefore !== null) : costs;
  const value = (c: WorkloadCost) => (part === 'runBefore' ? (c.runBefore ?? 0) : c[part]);
  const total = counted.reduce((sum, c) => sum + value(c), 0);
  const largest = [...counted]
    .filter((c) => value(c) > 0)
    .sort((a, b) => value(b) - value(a))
    .slice(0, 3);
  const rest = counted.filter((c) => value(c) > 0).length - largest.length;
  const unknown = part === 'runBefore' && counted.length < costs.length ? ` ${costs.length - counted.length} have no current cost recorded.` : '';
  if (largest.length === 0) return `${PART_NAMES[part]} of ${scope}: nothing across its ${costs.length} workloads.${unknown}`;
  return `${PART_NAMES[part]} of ${scope}: the sum over its ${counted.length.toLocaleString('en')} workloads = ${money(total)}. Largest: ${largest.map((c) => `${nameOf(c.workloadId)} ${money(value(c))}`).join(', ')}${rest > 0 ? ` and ${rest.toLocaleString('en')} more` : ''}.${unknown}`;
}
