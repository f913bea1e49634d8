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
}

export function holdsProductionData(w: Pick<Workload, 'environment'>): boolean {
  return w.environment === 'production' || w.environment === 'dr';
}

/**
 * Integrations per workload (by position): dependencies, either way, to a workload
 * of another system. An Odoo web server's own PostgreSQL and Redis are parts of it,
 * not integrations; each interface to the EHR, payroll or the IdP is one.
 */
export function countIntegrations(workloads: readonly Workload[], index: Pick<EstateIndex, 'consumer' | 'provider'>): Int32Array {
  const counts = new Int32Array(workloads.length);
  const { consumer, provider } = index;
  for (let j = 0; j < consumer.length; j++) {
    const c = consumer[j] as number;
    const p = provider[j] as number;
    if (c < 0 || p < 0) continue;
    const a = (workloads[c] as Workload).system;
    if (a !== '' && a === (workloads[p] as Workload).system) continue;
    counts[c] = (counts[c] as number) + 1;
    counts[p] = (counts[p] as number) + 1;
  }
  return counts;
}
