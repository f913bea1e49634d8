import { DATA_CLASSES, READINESS_CHECKS, inCanonicalOrder } from '../domain/enums.js';
import { blankWorkload } from '../domain/blank-workload.js';
import type { Workload } from '../domain/workload.js';

// What the sample's workload lists are written with: the tenants, one workload from a
// few words and a spec (classes and checks kept in their canonical order), and the
// fields each tenant's workloads share.

export const HOSPITAL = "St. Brigid's Hospital";
export const CLINICS = 'Meridian Clinics';
export const GROUP = ''; // shared group services belong to no tenant

type Spec = Partial<Omit<Workload, 'id' | 'name' | 'system' | 'kind' | 'environment'>>;

export function w(id: string, name: string, system: string, kind: Workload['kind'], environment: Workload['environment'], spec: Spec): Workload {
  const workload = { ...blankWorkload(id, name), system, kind, environment, ...spec };
  return { ...workload, dataClasses: inCanonicalOrder(DATA_CLASSES, workload.dataClasses), readiness: inCanonicalOrder(READINESS_CHECKS, workload.readiness) };
}

export const hospitalProd = {
  tenant: HOSPITAL,
  businessUnit: 'Hospital operations',
  currentHosting: "St. Brigid's data centre (VMware)",
  residencyRegion: 'eu-west',
  complianceTags: ['gdpr', 'hipaa'],
};
export const clinicsProd = { tenant: CLINICS, businessUnit: 'Clinic network', currentHosting: 'Shared VM cluster (colocation)', residencyRegion: 'eu-west', complianceTags: ['gdpr'] };
export const groupShared = { tenant: GROUP, businessUnit: 'Group IT', currentHosting: "St. Brigid's data centre (VMware)" };

export const ALL_CHECKS: Workload['readiness'] = ['backup-restore-tested', 'performance-baseline', 'identity-federated', 'monitoring-in-place', 'runbook-ready', 'infrastructure-as-code'];
