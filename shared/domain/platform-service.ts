import type { WorkloadKind } from './enums.js';
import type { Workload } from './workload.js';

// Shared platform services (docs/domain-rules.md, "Waves", foundation first): identity and
// secrets, network and ingress, logging/SIEM and monitoring, backup. They must be running
// in the target before the first workload lands there, whichever way their links point:
// a monitoring scraper or a backup agent that "consumes" every database still has to be
// in place first.

export const PLATFORM_KINDS: readonly WorkloadKind[] = ['identity', 'ingress', 'monitoring', 'backup'];

export const isPlatformService = (w: Pick<Workload, 'kind'>): boolean => PLATFORM_KINDS.includes(w.kind);
