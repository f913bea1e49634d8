import type { Dependency } from '../domain/dependency.js';
import type { Workload } from '../domain/workload.js';
import { DEFAULT_PLAN_SETTINGS, type PlanSettings } from '../planner/settings.js';
import { CLINICS_WORKLOADS } from './healthcare-clinics.js';
import { SAMPLE_DEPENDENCIES } from './healthcare-dependencies.js';
import { HOSPITAL_NON_PRODUCTION } from './healthcare-hospital-non-production.js';
import { GROUP_SERVICES } from './healthcare-group-services.js';
import { HOSPITAL_ERP } from './healthcare-hospital-erp.js';

// The built-in sample: Meridian Health Group, an Odoo-based healthcare ERP estate
// with two tenants. St. Brigid's Hospital runs on dedicated hosting in its own data
// centre; Meridian Clinics (a group of outpatient clinics) runs on a shared,
// multi-tenant VM cluster. Vocabulary from docs/domain-rules.md, "Vocabulary": segmentation
// zones, Traefik ingress, PostgreSQL primary/replica, Redis, object storage, the EHR
// HL7/FHIR interface, payroll, payment, identity, monitoring, backup and DR. The
// workloads are listed by part, in estate order: the hospital's ERP, the group's
// services, the hospital's non-production, then the clinics.

const WORKLOADS: Workload[] = [...HOSPITAL_ERP, ...GROUP_SERVICES, ...HOSPITAL_NON_PRODUCTION, ...CLINICS_WORKLOADS];

/**
 * The sample's plan settings: the defaults, with Ireland's public holidays (the group's
 * data centres and finance team are there, region eu-west), so a first plan already
 * keeps its cutovers off bank holidays and the finance close counts them.
 */
export const SAMPLE_PLAN_SETTINGS: PlanSettings = { ...DEFAULT_PLAN_SETTINGS, holidays: { country: 'IE', region: '' } };

export function healthcareSampleEstate(): { workloads: Workload[]; dependencies: Dependency[] } {
  // Fresh copies: callers may change what they get.
  return { workloads: WORKLOADS.map((x) => structuredClone(x)), dependencies: SAMPLE_DEPENDENCIES.map((d) => structuredClone(d)) };
}

export { SAMPLE_ESTATE_NAME } from './sample-name.js';
