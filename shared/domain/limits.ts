// Kept apart from the zod schemas (workload.ts), so the renderer's field registry can
// read them without bundling zod.

/** The largest workload quantity (GB, vCPU, cost…): a sum of 100,000 of them stays a finite number, so a file with 1e308 in a cell is refused rather than shown as "€∞". */
export const QUANTITY_MAX = 1_000_000_000;
