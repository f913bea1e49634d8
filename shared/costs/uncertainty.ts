import type { SizeSource } from './run-rate.js';

// How far each input may be off, as low and high factors on the figure it drives
// (docs/domain-rules.md, "Costs", "Ranges"). A CFO reads a range, not a point: the low
// and high figures of every headline come from these, input by input.

export interface Spread {
  low: number;
  high: number;
  why: string;
}

export const UNCERTAINTY = {
  /** Effort estimated from the drivers: migrations overrun more often than they finish early. */
  estimatedEffort: { low: 0.8, high: 1.5, why: 'effort estimated from its drivers' },
  /** Effort recorded by someone who looked at the workload. */
  recordedEffort: { low: 0.9, high: 1.2, why: 'effort recorded in the inventory' },
  /** Sizes recorded and peak use measured: the quote's own variance. */
  measuredSize: { low: 0.95, high: 1.1, why: 'sizes recorded, peak use measured' },
  /** Sizes recorded, use not measured: right-sizing would likely take some off. */
  recordedSize: { low: 0.7, high: 1.1, why: 'sizes recorded, peak use not measured' },
  /** A size missing from the inventory, priced at the kind's median. */
  imputedSize: { low: 0.5, high: 2, why: 'a size missing, priced at its kind’s median' },
  /** A subscription before the vendor's quote is negotiated. */
  subscription: { low: 0.9, high: 1.25, why: 'subscription before the vendor’s quote' },
  /** Egress volume is assumed per link, not measured. */
  egress: { low: 0.5, high: 3, why: 'egress volume assumed per link' },
  /** The landing zone, connectivity and tools are quoted once the design is agreed. */
  platform: { low: 0.85, high: 1.3, why: 'platform and connectivity before the design is agreed' },
} as const satisfies Record<string, Spread>;

export function sizeSpread(source: SizeSource): Spread {
  return source === 'imputed' ? UNCERTAINTY.imputedSize : source === 'measured' ? UNCERTAINTY.measuredSize : UNCERTAINTY.recordedSize;
}

/** A figure as a range: the least it is likely to be, the likely figure, and the most. */
export interface Range {
  low: number;
  likely: number;
  high: number;
}
export const pointRange = (x: number): Range => ({ low: x, likely: x, high: x });
