import type { NoiseKind, NoiseRules } from './types.js';

// Discovery sees everything vCenter holds, and some of it is not a workload to migrate:
// templates, the cluster's own system VMs, machines switched off long ago. The import
// shows how many of each there are and lets the person leave them out; nothing is dropped
// by recognising them.

export const NOISE_KINDS: readonly NoiseKind[] = ['template', 'system', 'powered-off'];

/** How many body rows of a sheet (header row first, as read) are each kind of noise. */
export function countNoise(rules: NoiseRules, rows: readonly (readonly string[])[]): Record<NoiseKind, number> {
  const counts: Record<NoiseKind, number> = { template: 0, system: 0, 'powered-off': 0 };
  for (const row of rows.slice(1)) {
    if (row.every((c) => (c ?? '').trim() === '')) continue;
    const kind = rules.classify(row);
    if (kind) counts[kind]++;
  }
  return counts;
}
