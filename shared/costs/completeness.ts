import type { Workload } from '../domain/workload.js';
import { asTable, HOSTED, IMPUTED, MEASURED, NO_WAVE, RETIRED, SUBSCRIBED, type CostTable } from './cost-table.js';
import type { WorkloadCost } from './costs.js';
import type { RateCard } from './rate-card.js';

// How much of what the figures rest on the inventory records (docs/domain-rules.md,
// "Costs", "Ranges"): the ranges are as wide as this is incomplete, and the Costs view and
// the workbook say so next to them.

export const COMPLETENESS_ITEMS = ['currentCost', 'sizes', 'utilisation', 'licensing', 'effort', 'users'] as const;
export type CompletenessItem = (typeof COMPLETENESS_ITEMS)[number];

export const COMPLETENESS_LABELS: Record<CompletenessItem, string> = {
  currentCost: 'current monthly cost recorded',
  sizes: 'vCPU, memory and storage recorded (hosted)',
  utilisation: 'peak CPU and memory measured (hosted)',
  licensing: 'licensing recorded (hosted)',
  effort: 'effort recorded rather than estimated',
  users: 'users recorded (subscriptions per user)',
};

export type Completeness = Record<CompletenessItem, { known: number; of: number }>;

/** Over the workloads the business case counts: those planned in a wave, and the retired. `costs` are in the order of `workloads`. */
export function completeness(workloads: readonly Workload[], costs: CostTable | readonly WorkloadCost[], card: RateCard): Completeness {
  const t = asTable(costs);
  // Plain counters, not a lookup by item name per workload: this runs over every workload on every edit.
  let counted = 0;
  let currentCost = 0;
  let effort = 0;
  let hosted = 0;
  let sizes = 0;
  let utilisation = 0;
  let licensing = 0;
  let subscribed = 0;
  let users = 0;
  const perUser = card.saasPricing === 'per-user';
  for (let i = 0; i < workloads.length; i++) {
    const w = workloads[i] as Workload;
    const pricing = t.pricing[i] as number;
    const sizeSource = t.sizeSource[i] as number;
    if (!(pricing === RETIRED || (t.moving[i] === 1 && t.wave[i] !== NO_WAVE))) continue;
    counted++;
    if (w.currentMonthlyCost !== null) currentCost++;
    if (w.effortDays !== null) effort++;
    if (pricing === HOSTED) {
      hosted++;
      if (sizeSource !== IMPUTED) sizes++;
      if (sizeSource === MEASURED) utilisation++;
      if (w.licensing !== null) licensing++;
    }
    if (pricing === SUBSCRIBED && perUser) {
      subscribed++;
      if (w.users !== null) users++;
    }
  }
  return {
    currentCost: { known: currentCost, of: counted },
    sizes: { known: sizes, of: hosted },
    utilisation: { known: utilisation, of: hosted },
    licensing: { known: licensing, of: hosted },
    effort: { known: effort, of: counted },
    users: { known: users, of: subscribed },
  };
}

/** "current monthly cost recorded for 40 of 46 (87%)", for each item that counts anything. */
export function completenessSentences(c: Completeness): string[] {
  return COMPLETENESS_ITEMS.filter((k) => c[k].of > 0).map(
    (k) => `${COMPLETENESS_LABELS[k]} for ${c[k].known.toLocaleString('en')} of ${c[k].of.toLocaleString('en')} (${Math.round((100 * c[k].known) / c[k].of)}%)`,
  );
}
