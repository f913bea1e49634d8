import type { Workload } from '../domain/workload.js';
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
export function completeness(workloads: readonly Workload[], costs: readonly WorkloadCost[], card: RateCard): Completeness {
  const out = Object.fromEntries(COMPLETENESS_ITEMS.map((k) => [k, { known: 0, of: 0 }])) as Completeness;
  const count = (item: CompletenessItem, known: boolean) => {
    out[item].of++;
    if (known) out[item].known++;
  };
  for (let i = 0; i < workloads.length; i++) {
    const w = workloads[i] as Workload;
    const c = costs[i] as WorkloadCost;
    const counted = c.run.pricing === 'retired' || (c.moving && c.wave !== null);
    if (!counted) continue;
    count('currentCost', w.currentMonthlyCost !== null);
    count('effort', w.effortDays !== null);
    if (c.run.pricing === 'hosted') {
      count('sizes', c.run.sizeSource !== 'imputed');
      count('utilisation', c.run.sizeSource === 'measured');
      count('licensing', w.licensing !== null);
    }
    if (c.run.pricing === 'subscription' && card.saasPricing === 'per-user') count('users', w.users !== null);
  }
  return out;
}

/** "current monthly cost recorded for 40 of 46 (87%)", for each item that counts anything. */
export function completenessSentences(c: Completeness): string[] {
  return COMPLETENESS_ITEMS.filter((k) => c[k].of > 0).map(
    (k) => `${COMPLETENESS_LABELS[k]} for ${c[k].known.toLocaleString('en')} of ${c[k].of.toLocaleString('en')} (${Math.round((100 * c[k].known) / c[k].of)}%)`,
  );
}
