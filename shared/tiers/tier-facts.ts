import type { Workload } from '../domain/workload.js';
import type { EstateIndex } from '../domain/estate-index.js';
import type { Sensitivity } from '../domain/sensitivity.js';

/** What the tier rules look at for one workload, worked out once per estate. */
export interface TierFacts {
  workload: Workload;
  /** Its effective sensitivity. */
  level: Sensitivity;
  /** Where that level comes from, in words ("receives PHI from EHR HL7 feed"). */
  sensitivityReason(): string;
  /** Production, or its DR copy: real data, real users. */
  productionData: boolean;
  /** Its integrations: dependencies, either way, with workloads of other systems. */
  integrations: number;
  /** The estate's setting: unclassified production counts as restricted until it is classified. */
  unclassifiedAsRestricted: boolean;
}

/**
 * Integrations per workload (by position): dependencies, either way, to a workload
 * of another system. An Odoo web server's own PostgreSQL and Redis are parts of it,
 * not integrations; each interface to the EHR, payroll or the IdP is one.
 */
export function countIntegrations(workloads: readonly Workload[], index: Pick<EstateIndex, 'consumer' | 'provider'>): Int32Array {
  // Systems as small integers first (0 for none), so each dependency compares two numbers.
  const ids = new Map<string, number>([['', 0]]);
  const system = new Int32Array(workloads.length);
  for (let i = 0; i < workloads.length; i++) {
    const name = (workloads[i] as Workload).system;
    let id = ids.get(name);
    if (id === undefined) ids.set(name, (id = ids.size));
    system[i] = id;
  }
  const counts = new Int32Array(workloads.length);
  const { consumer, provider } = index;
  for (let j = 0; j < consumer.length; j++) {
    const c = consumer[j] as number;
    const p = provider[j] as number;
    if (c < 0 || p < 0) continue;
    const a = system[c] as number;
    if (a !== 0 && a === system[p]) continue;
    counts[c] = (counts[c] as number) + 1;
    counts[p] = (counts[p] as number) + 1;
  }
  return counts;
}
