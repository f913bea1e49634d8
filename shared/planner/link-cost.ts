import type { Dependency } from '../domain/dependency.js';
import type { DependencyKind } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';

// What it costs to let a loose link run across the hybrid boundary for a while: the
// weight the loop breaker (loop-breaking.ts) minimises. Monitoring, logging and backup
// links are cheapest: they tolerate latency and routinely cross a VPN. Database, cache
// and identity calls are dearest (latency on every request). Each class of regulated
// data the link carries adds to the price, since it then crosses the boundary too.

const KIND_COST: Record<DependencyKind, number> = { api: 4, database: 8, 'file-transfer': 2, queue: 3, identity: 6, cache: 6, batch: 2, 'hl7-fhir': 5, other: 3 };
export const OBSERVABILITY_COST = 1;
const REGULATED_DATA_COST = 2;
/** A system's rehearsal (non-production before production) gives way before a real data link. */
export const REHEARSAL_COST = 3;

/** A monitoring or backup workload: a link with one at either end is the cheapest to stretch. */
export const observes = (w: Workload) => w.kind === 'monitoring' || w.kind === 'backup';

/** What breaking the dependency costs, given its two ends. */
export function linkCost(d: Dependency, consumer: Workload, provider: Workload): number {
  return observes(consumer) || observes(provider) ? OBSERVABILITY_COST : dataLinkCost(d);
}

/** The cost of a link between two workloads neither of which observes the other (monitoring, backup). */
export function dataLinkCost(d: Dependency): number {
  let regulated = 0; // an indexed loop, not filter: this runs for every dependency
  const classes = d.dataClasses;
  for (let k = 0; k < classes.length; k++) if (classes[k] !== 'public' && classes[k] !== 'operational') regulated++;
  return KIND_COST[d.kind] + REGULATED_DATA_COST * regulated;
}
