import { ENVIRONMENTS, TIERS, type Tier } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';

// The groups a workload's run rate is shared within, numbered by estate position: its
// system and tenant (one subscription), and on a dedicated tier its system, tenant and
// environment (one isolation premium).

/**
 * Each workload's system and tenant as a number, from nested maps (a key string per
 * workload would cost more than the rest of the costing). Neighbours mostly share both,
 * so the last pair is tried first and most workloads are numbered without a lookup.
 */
export function pairNumbers(workloads: readonly Workload[]): { pairOf: Int32Array; pairs: number } {
  const tenantsOf = new Map<string, Map<string, number>>();
  const pairOf = new Int32Array(workloads.length);
  let pairs = 0;
  let lastSystem: string | undefined;
  let lastTenant: string | undefined;
  let last = -1;
  for (let i = 0; i < workloads.length; i++) {
    const { system, tenant } = workloads[i] as Workload;
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
  }
  return { pairOf, pairs };
}

/** Dedicated premiums are paid once per system, tenant and environment on that tier: each workload's group on a dedicated tier (-1 on multi-tenant), and the groups' sizes. */
export function groupNumbers(workloads: readonly Workload[], tiers: readonly Tier[], pairOf: Int32Array, pairs: number): { groupOf: Int32Array; sizes: Int32Array } {
  const groupOf = new Int32Array(workloads.length).fill(-1);
  const sizes = new Int32Array(pairs * TIERS.length * ENVIRONMENTS.length);
  for (let i = 0; i < workloads.length; i++) {
    const tier = tiers[i] as Tier;
    if (tier === 'multi-tenant') continue;
    const group = ((pairOf[i] as number) * TIERS.length + TIERS.indexOf(tier)) * ENVIRONMENTS.length + ENVIRONMENTS.indexOf((workloads[i] as Workload).environment);
    groupOf[i] = group;
    sizes[group] = (sizes[group] as number) + 1;
  }
  return { groupOf, sizes };
}
