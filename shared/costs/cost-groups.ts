import { ENVIRONMENTS, TIERS, type Tier } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';

// The groups a workload's run rate is shared within, numbered by estate position: its
// system and tenant (one subscription for its repurchased workloads), and on a dedicated
// tier its system, tenant and environment (one isolation premium).

export interface CostGroups {
  /** Each workload's planned tier, an index into TIERS. */
  tier: Uint8Array;
  /** Each workload's system and tenant, numbered. */
  pairOf: Int32Array;
  /** Each workload's group on a dedicated tier (system, tenant, tier and environment); -1 on multi-tenant. */
  groupOf: Int32Array;
  /** Workloads per dedicated group. */
  sizes: Int32Array;
  /** Repurchased workloads per system and tenant (sharing one subscription). */
  subscriptions: Int32Array;
}

/**
 * All of them in one pass over the workloads (each pass over 100,000 workload objects
 * costs more than the arithmetic on them), then counts over the numbers alone. Systems
 * and tenants are numbered from nested maps (a key string per workload would cost more
 * than the rest of the costing); neighbours mostly share both, so the last pair is tried
 * first and most workloads are numbered without a lookup.
 */
export function costGroups(workloads: readonly Workload[], tierAt: (i: number) => Tier): CostGroups {
  const n = workloads.length;
  const tierCode = new Uint8Array(n);
  const tenantsOf = new Map<string, Map<string, number>>();
  const pairOf = new Int32Array(n);
  // Before the pairs are counted: a dedicated workload's tier and environment as one number, -1 on multi-tenant.
  const placeOf = new Int32Array(n);
  const repurchased = new Uint8Array(n);
  let pairs = 0;
  let lastSystem: string | undefined;
  let lastTenant: string | undefined;
  let last = -1;
  for (let i = 0; i < n; i++) {
    const { system, tenant, environment, strategy } = workloads[i] as Workload;
    if (system !== lastSystem || tenant !== lastTenant) {
      let tenants = tenantsOf.get(system);
      if (!tenants) tenantsOf.set(system, (tenants = new Map()));
      let pair = tenants.get(tenant);
      if (pair === undefined) tenants.set(tenant, (pair = pairs++));
      lastSystem = system;
      lastTenant = tenant;
      last = pair;
    }
    pairOf[i] = last;
    const tier = tierAt(i);
    const code = tier === 'multi-tenant' ? 0 : TIERS.indexOf(tier);
    tierCode[i] = code;
    placeOf[i] = code === 0 ? -1 : code * ENVIRONMENTS.length + ENVIRONMENTS.indexOf(environment);
    repurchased[i] = strategy === 'repurchase' ? 1 : 0;
  }
  const places = TIERS.length * ENVIRONMENTS.length;
  const groupOf = placeOf;
  const sizes = new Int32Array(pairs * places);
  const subscriptions = new Int32Array(pairs);
  for (let i = 0; i < n; i++) {
    const pair = pairOf[i] as number;
    const place = placeOf[i] as number;
    if (place >= 0) {
      const group = pair * places + place;
      groupOf[i] = group;
      sizes[group] = (sizes[group] as number) + 1;
    }
    if (repurchased[i] === 1) subscriptions[pair] = (subscriptions[pair] as number) + 1;
  }
  return { tier: tierCode, pairOf, groupOf, sizes, subscriptions };
}
