// The closed vocabularies of the domain model (docs/domain-rules.md, "Domain model").
// Each list is the single source for its zod enum, its dropdown and its parser.

export const WORKLOAD_KINDS = ['application', 'worker', 'scheduled-job', 'database', 'cache', 'ingress', 'integration', 'object-storage', 'identity', 'monitoring', 'backup', 'other'] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

export const ENVIRONMENTS = ['production', 'staging', 'test', 'development', 'training', 'dr'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export const DATA_CLASSES = ['phi', 'pii', 'financial', 'workforce', 'operational', 'public'] as const;
export type DataClass = (typeof DATA_CLASSES)[number];

export const CUSTOMIZATIONS = ['standard', 'customized', 'heavily-customized'] as const;
export type Customization = (typeof CUSTOMIZATIONS)[number];

export const STRATEGIES = ['rehost', 'replatform', 'refactor', 'repurchase', 'retire', 'retain'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export const TIERS = ['multi-tenant', 'dedicated-database', 'dedicated-environment'] as const;
export type Tier = (typeof TIERS)[number];

export const READINESS_CHECKS = ['backup-restore-tested', 'performance-baseline', 'identity-federated', 'monitoring-in-place', 'runbook-ready', 'infrastructure-as-code'] as const;
export type ReadinessCheck = (typeof READINESS_CHECKS)[number];

/** How a workload's software is licensed in the cloud: included in the price per core, brought along (already paid), or open source (nothing to pay). */
export const LICENSINGS = ['included', 'byol', 'open-source'] as const;
export type Licensing = (typeof LICENSINGS)[number];

export const CRITICALITIES = [1, 2, 3, 4] as const;
export type Criticality = (typeof CRITICALITIES)[number];

export const DEPENDENCY_KINDS = ['api', 'database', 'file-transfer', 'queue', 'identity', 'cache', 'batch', 'hl7-fhir', 'other'] as const;
export type DependencyKind = (typeof DEPENDENCY_KINDS)[number];

export const COUPLINGS = ['tight', 'loose'] as const;
export type Coupling = (typeof COUPLINGS)[number];

/** Human labels shown in dropdowns, chips and exports. */
export const LABELS: Record<string, string> = {
  application: 'Application',
  worker: 'Worker',
  'scheduled-job': 'Scheduled job',
  database: 'Database',
  cache: 'Cache',
  ingress: 'Ingress',
  integration: 'Integration',
  'object-storage': 'Object storage',
  identity: 'Identity',
  monitoring: 'Monitoring',
  backup: 'Backup',
  other: 'Other',
  production: 'Production',
  staging: 'Staging',
  test: 'Test',
  development: 'Development',
  training: 'Training',
  dr: 'Disaster recovery',
  phi: 'PHI',
  pii: 'PII',
  financial: 'Financial',
  workforce: 'Workforce',
  operational: 'Operational',
  public: 'Public',
  standard: 'Standard',
  customized: 'Customized',
  'heavily-customized': 'Heavily customized',
  rehost: 'Rehost',
  replatform: 'Replatform',
  refactor: 'Refactor',
  repurchase: 'Repurchase',
  retire: 'Retire',
  retain: 'Retain',
  included: 'Licence included',
  byol: 'Bring your own',
  'open-source': 'Open source',
  'multi-tenant': 'Multi-tenant',
  'dedicated-database': 'Dedicated database',
  'dedicated-environment': 'Dedicated environment',
  'backup-restore-tested': 'Backup restore tested',
  'performance-baseline': 'Performance baseline',
  'identity-federated': 'Identity federated',
  'monitoring-in-place': 'Monitoring in place',
  'runbook-ready': 'Runbook ready',
  'infrastructure-as-code': 'Infrastructure as code',
  '1': '1 · Mission critical',
  '2': '2 · Business critical',
  '3': '3 · Business operational',
  '4': '4 · Administrative',
};

export function labelOf(value: string | number): string {
  return LABELS[String(value)] ?? String(value);
}

/** Values of a closed list in the list's own order, without repeats: one set, one spelling. */
export function inCanonicalOrder<T extends string>(options: readonly T[], values: readonly T[]): T[] {
  return options.filter((o) => values.includes(o));
}
