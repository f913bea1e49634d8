import type { Dependency } from '../domain/dependency.js';
import { DATA_CLASSES, inCanonicalOrder } from '../domain/enums.js';

// consumer → provider edges of the sample estate (see healthcare-estate.ts).

type Row = [consumer: string, provider: string, kind: Dependency['kind'], coupling: Dependency['coupling'], classes: Dependency['dataClasses'], protocol: string, notes?: string];

const ROWS: Row[] = [
  // Hospital Odoo core: app, workers and jobs share the database and Redis (tight).
  ['hosp-odoo-web', 'hosp-pg-primary', 'database', 'tight', ['pii', 'financial', 'workforce'], 'postgresql/5432'],
  ['hosp-odoo-web', 'hosp-redis', 'cache', 'tight', ['pii'], 'redis/6379', 'Sessions'],
  ['hosp-odoo-workers', 'hosp-pg-primary', 'database', 'tight', ['phi', 'pii', 'financial'], 'postgresql/5432'],
  ['hosp-odoo-workers', 'hosp-redis', 'queue', 'tight', ['pii'], 'redis/6379', 'queue_job broker'],
  ['hosp-odoo-cron', 'hosp-pg-primary', 'database', 'tight', ['financial'], 'postgresql/5432'],
  ['hosp-odoo-web', 'hosp-object-storage', 'api', 'loose', ['phi', 'pii'], 's3/https', 'Attachments'],
  ['hosp-odoo-web', 'group-idp', 'identity', 'loose', ['pii'], 'oidc/https'],
  ['hosp-traefik', 'hosp-odoo-web', 'api', 'loose', ['pii', 'financial'], 'https/443'],
  ['hosp-traefik', 'hosp-portal-web', 'api', 'loose', ['phi', 'pii'], 'https/443'],
  ['hosp-pg-replica', 'hosp-pg-primary', 'database', 'tight', ['phi', 'pii', 'financial', 'workforce'], 'streaming replication'],
  ['hosp-pg-dr', 'hosp-pg-primary', 'database', 'loose', ['phi', 'pii', 'financial', 'workforce'], 'async streaming replication'],
  // EHR interface: billing episodes reach the ERP through the interface engine.
  ['hosp-hl7-engine', 'hosp-ehr', 'hl7-fhir', 'loose', ['phi', 'pii'], 'HL7v2 MLLP/2575', 'ADT and DFT feeds'],
  ['hosp-odoo-workers', 'hosp-hl7-engine', 'hl7-fhir', 'loose', ['phi', 'pii', 'financial'], 'HL7v2 over MLLP', 'Billing episodes (DFT^P03) into patient accounts'],
  ['hosp-scheduling', 'hosp-hl7-engine', 'hl7-fhir', 'loose', ['phi', 'pii'], 'FHIR R4/https', 'Appointment and Patient resources'],
  ['hosp-fax-gateway', 'hosp-hl7-engine', 'file-transfer', 'loose', ['phi'], 'sftp', 'Scanned referrals'],
  // Payroll and payments.
  ['hosp-payroll-connector', 'hosp-odoo-web', 'api', 'loose', ['workforce'], 'xml-rpc/https', 'Timesheets and rosters'],
  ['hosp-payroll-connector', 'group-payroll-bureau', 'file-transfer', 'loose', ['workforce', 'financial'], 'sftp/22', 'Fortnightly payroll file'],
  ['hosp-odoo-web', 'group-payment-connector', 'api', 'loose', ['financial', 'pii'], 'https/443'],
  ['clin-odoo-web', 'group-payment-connector', 'api', 'loose', ['financial', 'pii'], 'https/443'],
  ['group-payment-connector', 'group-psp', 'api', 'loose', ['financial'], 'https/443', 'Tokenised card payments'],
  ['group-payment-connector', 'group-vault', 'identity', 'loose', [], 'https/8200', 'API keys'],
  // Patient portal and scheduling.
  ['hosp-portal-web', 'hosp-portal-api', 'api', 'tight', ['phi', 'pii'], 'https/443'],
  ['hosp-portal-api', 'hosp-scheduling', 'api', 'loose', ['phi', 'pii'], 'https/443'],
  ['hosp-portal-api', 'group-idp', 'identity', 'loose', ['pii'], 'oidc/https'],
  ['hosp-portal-api', 'group-payment-connector', 'api', 'loose', ['financial'], 'https/443', 'Co-pay checkout'],
  // Supply chain: pharmacy and procurement sync both ways (a cycle, so they move together).
  ['hosp-pharmacy', 'hosp-odoo-web', 'api', 'loose', ['financial', 'operational'], 'xml-rpc/https', 'Stock valuation'],
  ['hosp-pharmacy', 'group-procurement', 'api', 'loose', ['financial'], 'https/443', 'Purchase requests'],
  ['group-procurement', 'hosp-pharmacy', 'api', 'loose', ['operational'], 'https/443', 'Delivery confirmations'],
  ['group-procurement', 'hosp-odoo-web', 'api', 'loose', ['financial'], 'xml-rpc/https', 'Supplier invoices'],
  // Analytics.
  ['group-analytics-dw', 'hosp-pg-replica', 'batch', 'loose', ['financial', 'workforce'], 'postgresql/5432', 'Nightly extract, identifiers removed'],
  ['group-analytics-dw', 'clin-pg', 'batch', 'loose', ['financial'], 'postgresql/5432', 'Nightly extract'],
  ['group-analytics-dash', 'group-analytics-dw', 'database', 'tight', ['financial', 'operational'], 'postgresql/5432'],
  ['group-analytics-dash', 'group-idp', 'identity', 'loose', ['pii'], 'saml/https'],
  // Shared operations services.
  ['group-monitoring', 'hosp-pg-primary', 'api', 'loose', ['operational'], 'postgres_exporter/9187'],
  ['group-monitoring', 'hosp-traefik', 'api', 'loose', ['operational'], 'metrics/8082'],
  ['group-monitoring', 'clin-pg', 'api', 'loose', ['operational'], 'postgres_exporter/9187'],
  ['hosp-odoo-web', 'group-logging', 'api', 'loose', ['operational', 'pii'], 'syslog/6514', 'Audit and access logs'],
  ['clin-odoo-web', 'group-logging', 'api', 'loose', ['operational', 'pii'], 'syslog/6514'],
  ['group-idp', 'group-logging', 'api', 'loose', ['operational', 'pii'], 'syslog/6514'],
  ['group-backup', 'hosp-pg-primary', 'batch', 'loose', ['phi', 'pii', 'financial', 'workforce'], 'pgbackrest', 'WAL archive and nightly full'],
  ['group-backup', 'hosp-object-storage', 'batch', 'loose', ['phi', 'pii'], 's3 replication'],
  ['group-backup', 'clin-pg', 'batch', 'loose', ['pii', 'financial'], 'pgbackrest'],
  // Hospital non-production.
  ['hosp-odoo-staging', 'hosp-pg-staging', 'database', 'tight', ['phi', 'pii', 'financial'], 'postgresql/5432'],
  ['hosp-odoo-staging', 'hosp-redis-staging', 'cache', 'tight', ['pii'], 'redis/6379'],
  ['hosp-odoo-staging', 'group-idp', 'identity', 'loose', ['pii'], 'oidc/https'],
  ['hosp-odoo-dev', 'hosp-pg-dev', 'database', 'tight', ['pii', 'financial'], 'postgresql/5432'],
  ['hosp-odoo-training', 'hosp-pg-training', 'database', 'tight', [], 'postgresql/5432'],
  ['hosp-odoo-staging', 'hosp-hl7-test', 'hl7-fhir', 'loose', [], 'HL7v2 MLLP', 'Synthetic patients only (masked test feed)'],
  // Clinics.
  ['clin-odoo-web', 'clin-pg', 'database', 'tight', ['pii', 'financial'], 'postgresql/5432'],
  ['clin-odoo-web', 'clin-redis', 'cache', 'tight', ['pii'], 'redis/6379'],
  ['clin-odoo-workers', 'clin-pg', 'database', 'tight', ['pii', 'financial'], 'postgresql/5432'],
  ['clin-odoo-workers', 'clin-redis', 'queue', 'tight', ['pii'], 'redis/6379'],
  ['clin-traefik', 'clin-odoo-web', 'api', 'loose', ['pii', 'financial'], 'https/443'],
  ['clin-traefik', 'clin-booking', 'api', 'loose', ['phi', 'pii'], 'https/443'],
  ['clin-booking', 'clin-odoo-web', 'api', 'loose', ['pii', 'financial'], 'xml-rpc/https', 'Invoices for consultations'],
  ['clin-odoo-web', 'group-idp', 'identity', 'loose', ['pii'], 'oidc/https'],
  ['clin-odoo-staging', 'clin-pg-staging', 'database', 'tight', ['pii', 'financial'], 'postgresql/5432'],
];

export const SAMPLE_DEPENDENCIES: readonly Dependency[] = ROWS.map(([consumerId, providerId, kind, coupling, dataClasses, protocol, notes], i) => ({
  id: `dep-${String(i + 1).padStart(3, '0')}`,
  consumerId,
  providerId,
  kind,
  coupling,
  dataClasses: inCanonicalOrder(DATA_CLASSES, dataClasses),
  protocol,
  notes: notes ?? '',
}));
