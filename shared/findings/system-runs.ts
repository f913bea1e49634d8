import { ENVIRONMENTS, type Environment } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';

/**
 * The workloads of each system and tenant, each split by environment, as runs of one
 * sorted array: group g is order[groupStart[g] .. groupStart[g + 1]), sorted by
 * environment (ENVIRONMENTS order) inside. Built with integer keys and a counting
 * sort, so grouping a 10,000-workload estate on every edit makes no object per group.
 * Workloads with no system belong to no group.
 */
export interface SystemRuns {
  order: Int32Array;
  groupStart: Int32Array;
  /** The environment of the workload at a position, as its index in ENVIRONMENTS. */
  environmentAt(position: number): number;
}

const ENVIRONMENT_INDEX = Object.fromEntries(ENVIRONMENTS.map((e, i) => [e, i])) as Record<Environment, number>;
export const environmentIndex = (environment: Environment): number => ENVIRONMENT_INDEX[environment];

export function systemRuns(workloads: readonly Workload[]): SystemRuns {
  const n = workloads.length;
  const systemIds = new Map<string, number>();
  const tenantIds = new Map<string, number>();
  const system = new Int32Array(n).fill(-1);
  const tenant = new Int32Array(n);
  const env = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const w = workloads[i] as Workload;
    env[i] = ENVIRONMENT_INDEX[w.environment];
    if (w.system === '') continue;
    let s = systemIds.get(w.system);
    if (s === undefined) systemIds.set(w.system, (s = systemIds.size));
    let t = tenantIds.get(w.tenant);
    if (t === undefined) tenantIds.set(w.tenant, (t = tenantIds.size));
    system[i] = s;
    tenant[i] = t;
  }
  // Dense group ids for (system, tenant) pairs, in first-seen order.
  const tenants = Math.max(1, tenantIds.size);
  const groupOfPair = new Map<number, number>();
  const group = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const s = system[i] as number;
    if (s < 0) continue;
    const pair = s * tenants + (tenant[i] as number);
    let g = groupOfPair.get(pair);
    if (g === undefined) groupOfPair.set(pair, (g = groupOfPair.size));
    group[i] = g;
  }
  // Counting sort by (group, environment).
  const E = ENVIRONMENTS.length;
  const buckets = new Int32Array(groupOfPair.size * E + 1);
  for (let i = 0; i < n; i++) if ((group[i] as number) >= 0) buckets[(group[i] as number) * E + (env[i] as number) + 1]! += 1;
  for (let b = 1; b < buckets.length; b++) buckets[b]! += buckets[b - 1] as number;
  const groupStart = new Int32Array(groupOfPair.size + 1);
  for (let g = 0; g <= groupOfPair.size; g++) groupStart[g] = buckets[Math.min(g * E, buckets.length - 1)] as number;
  const order = new Int32Array(groupStart[groupOfPair.size] as number);
  const fill = buckets.slice(0, buckets.length - 1);
  for (let i = 0; i < n; i++) {
    const g = group[i] as number;
    if (g < 0) continue;
    const slot = g * E + (env[i] as number);
    order[fill[slot] as number] = i;
    fill[slot]! += 1;
  }
  return { order, groupStart, environmentAt: (i) => env[i] as number };
}
