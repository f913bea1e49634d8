import type { Workload } from './workload.js';

// Kept apart from the zod schemas so the renderer can build workloads without bundling zod.

/** A workload with every optional field blank: what "Add workload" starts from. */
export function blankWorkload(id: string, name: string): Workload {
  return {
    id,
    name,
    system: '',
    kind: 'application',
    environment: 'production',
    tenant: '',
    businessUnit: '',
    owner: '',
    criticality: null,
    dataClasses: [],
    masked: false,
    complianceTags: [],
    residencyRegion: '',
    customization: null,
    users: null,
    vcpu: null,
    memoryGb: null,
    storageGb: null,
    databaseGb: null,
    dataChangeGbPerDay: null,
    rpoMinutes: null,
    rtoMinutes: null,
    currentHosting: '',
    ipAddresses: [],
    currentMonthlyCost: null,
    strategy: null,
    chosenTier: null,
    tierOverrideReason: '',
    readiness: [],
    effortDays: null,
    pinnedWave: null,
    moveGroup: '',
    notBefore: '',
    notAfter: '',
    doneBy: '',
    blackouts: [],
    notes: '',
    cpuUtilisationPct: null,
    memoryUtilisationPct: null,
    licensing: null,
  };
}
