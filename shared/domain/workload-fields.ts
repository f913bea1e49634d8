import { CRITICALITIES, CUSTOMIZATIONS, DATA_CLASSES, ENVIRONMENTS, LICENSINGS, READINESS_CHECKS, STRATEGIES, TIERS, WORKLOAD_KINDS } from './enums.js';
import { QUANTITY_MAX } from './limits.js';
import { BLACKOUTS_FORMAT } from './workload-dates.js';
import type { WorkloadField } from './workload.js';

// One description per workload field. The inventory grid, the detail panel, cell
// parsing and (later) the Excel mapping all read this table, so a new field is one
// entry here plus its column in a migration.

export type FieldGroup = 'identity' | 'data' | 'sizing' | 'recovery' | 'plan' | 'dates' | 'notes';

export type FieldKind =
  | { type: 'text'; max: number; multiline?: boolean }
  | { type: 'enum'; options: readonly (string | number)[]; nullable: boolean }
  | { type: 'number'; integer: boolean; min: number; max: number; unit?: string; duration?: boolean }
  | { type: 'bool' }
  | { type: 'set'; options: readonly string[] }
  | { type: 'tags' }
  /** A calendar day, yyyy-mm-dd, or blank for none. */
  | { type: 'date' }
  /** Blackout windows in one cell (workload-dates.ts has the format). */
  | { type: 'blackouts' };

type FieldMeta = {
  label: string;
  group: FieldGroup;
  /** Width in the grid, in pixels; fields without one live in the detail panel only. */
  gridWidth?: number;
  help?: string;
};

export type FieldSpec = FieldKind & FieldMeta & { key: WorkloadField };

const BIG = QUANTITY_MAX;

const fields: { [K in WorkloadField]: FieldKind & FieldMeta } = {
  name: { label: 'Name', group: 'identity', type: 'text', max: 200, gridWidth: 270 },
  system: { label: 'System', group: 'identity', type: 'text', max: 200, gridWidth: 140, help: 'The application this workload belongs to, e.g. “Odoo ERP”. Links its environments.' },
  kind: { label: 'Kind', group: 'identity', type: 'enum', options: WORKLOAD_KINDS, nullable: false, gridWidth: 130 },
  environment: { label: 'Environment', group: 'identity', type: 'enum', options: ENVIRONMENTS, nullable: false, gridWidth: 140 },
  tenant: { label: 'Tenant', group: 'identity', type: 'text', max: 200, gridWidth: 160 },
  businessUnit: { label: 'Business unit', group: 'identity', type: 'text', max: 200 },
  owner: { label: 'Owner', group: 'identity', type: 'text', max: 200, gridWidth: 150 },
  criticality: { label: 'Criticality', group: 'identity', type: 'enum', options: CRITICALITIES, nullable: true, gridWidth: 168, help: '1 mission critical … 4 administrative.' },
  dataClasses: { label: 'Data classes', group: 'data', type: 'set', options: DATA_CLASSES, gridWidth: 236 },
  masked: { label: 'Masked', group: 'data', type: 'bool', gridWidth: 84, help: 'A non-production copy that holds masked or synthetic data only.' },
  complianceTags: { label: 'Compliance tags', group: 'data', type: 'tags', help: 'e.g. hipaa, gdpr, soc2, pci, data-residency' },
  residencyRegion: { label: 'Residency region', group: 'data', type: 'text', max: 100 },
  customization: { label: 'Customization', group: 'identity', type: 'enum', options: CUSTOMIZATIONS, nullable: true },
  users: { label: 'Users', group: 'sizing', type: 'number', integer: true, min: 0, max: 10_000_000, gridWidth: 84 },
  vcpu: { label: 'vCPU', group: 'sizing', type: 'number', integer: false, min: 0, max: BIG, gridWidth: 72 },
  memoryGb: { label: 'Memory', group: 'sizing', type: 'number', integer: false, min: 0, max: BIG, unit: 'GB', gridWidth: 112 },
  storageGb: { label: 'Storage', group: 'sizing', type: 'number', integer: false, min: 0, max: BIG, unit: 'GB', gridWidth: 112 },
  databaseGb: { label: 'Database size', group: 'sizing', type: 'number', integer: false, min: 0, max: BIG, unit: 'GB' },
  dataChangeGbPerDay: {
    label: 'Data change',
    group: 'recovery',
    type: 'number',
    integer: false,
    min: 0,
    max: BIG,
    unit: 'GB/day',
    gridWidth: 112,
    help: 'GB of its data written or changed in a day: how long reverse replication takes to carry a failed cutover back. Blank: unknown.',
  },
  rpoMinutes: { label: 'RPO', group: 'recovery', type: 'number', integer: true, min: 0, max: 525_600, unit: 'min', duration: true, gridWidth: 86, help: 'Minutes; “4h” or “1d” are understood too.' },
  rtoMinutes: { label: 'RTO', group: 'recovery', type: 'number', integer: true, min: 0, max: 525_600, unit: 'min', duration: true, gridWidth: 86, help: 'Minutes; “4h” or “1d” are understood too.' },
  currentHosting: { label: 'Current hosting', group: 'sizing', type: 'text', max: 200 },
  ipAddresses: { label: 'IP addresses', group: 'sizing', type: 'tags', help: 'As discovery saw them; observed connections are matched to workloads by name, then by these.' },
  currentMonthlyCost: { label: 'Monthly cost now', group: 'sizing', type: 'number', integer: false, min: 0, max: BIG, gridWidth: 140 },
  strategy: { label: 'Strategy', group: 'plan', type: 'enum', options: STRATEGIES, nullable: true, gridWidth: 110 },
  chosenTier: { label: 'Chosen tier', group: 'plan', type: 'enum', options: TIERS, nullable: true, help: 'Blank follows the recommendation.' },
  tierOverrideReason: { label: 'Tier override reason', group: 'plan', type: 'text', max: 2000, multiline: true },
  readiness: { label: 'Readiness checks', group: 'plan', type: 'set', options: READINESS_CHECKS },
  effortDays: { label: 'Effort days', group: 'plan', type: 'number', integer: false, min: 0, max: 100_000, help: 'Blank: estimated from kind, size and strategy.' },
  pinnedWave: { label: 'Pinned wave', group: 'plan', type: 'number', integer: true, min: 0, max: 999 },
  moveGroup: { label: 'Move group', group: 'plan', type: 'text', max: 100, help: 'Workloads sharing a label always move in the same wave.' },
  notBefore: { label: 'Not before', group: 'dates', type: 'date', gridWidth: 112, help: 'Its wave cuts over on or after this day (yyyy-mm-dd).' },
  notAfter: { label: 'Not after', group: 'dates', type: 'date', gridWidth: 112, help: 'Its wave should cut over on or before this day; the plan says when it cannot.' },
  doneBy: { label: 'Done by', group: 'dates', type: 'date', gridWidth: 112, help: 'Its whole wave, to its last day, should be finished by this day (e.g. before a month-end close).' },
  blackouts: { label: 'Own blackouts', group: 'dates', type: 'blackouts', gridWidth: 220, help: `No cutover of its wave inside these windows. As text: ${BLACKOUTS_FORMAT}.` },
  notes: { label: 'Notes', group: 'notes', type: 'text', max: 10_000, multiline: true },
  // Added in migration 007, so last: the workbook's columns before them keep their letters.
  cpuUtilisationPct: {
    label: 'Peak CPU use',
    group: 'sizing',
    type: 'number',
    integer: false,
    min: 0,
    max: 100,
    unit: '%',
    gridWidth: 112,
    help: 'Measured peak, percent of its vCPU: the cloud size is right-sized from it.',
  },
  memoryUtilisationPct: {
    label: 'Peak memory use',
    group: 'sizing',
    type: 'number',
    integer: false,
    min: 0,
    max: 100,
    unit: '%',
    gridWidth: 124,
    help: 'Measured peak, percent of its memory: the cloud size is right-sized from it.',
  },
  licensing: {
    label: 'Licensing',
    group: 'sizing',
    type: 'enum',
    options: LICENSINGS,
    nullable: true,
    help: 'Included: paid per vCPU in the cloud price. Bring your own or open source: nothing more. Blank: priced as included.',
  },
};

export const WORKLOAD_FIELDS: readonly FieldSpec[] = Object.entries(fields).map(([key, spec]) => ({ key: key as WorkloadField, ...spec }) as FieldSpec);

export const FIELD_BY_KEY = Object.fromEntries(WORKLOAD_FIELDS.map((f) => [f.key, f])) as Record<WorkloadField, FieldSpec>;

/** The grid's column order: what an architect scans first comes first. */
const GRID_ORDER: readonly WorkloadField[] = [
  'name',
  'environment',
  'kind',
  'system',
  'dataClasses',
  'criticality',
  'tenant',
  'owner',
  'masked',
  'users',
  'vcpu',
  'memoryGb',
  'storageGb',
  'cpuUtilisationPct',
  'memoryUtilisationPct',
  'rpoMinutes',
  'rtoMinutes',
  'dataChangeGbPerDay',
  'currentMonthlyCost',
  'strategy',
  'notBefore',
  'notAfter',
  'doneBy',
  'blackouts',
];

export const GRID_FIELDS: readonly FieldSpec[] = GRID_ORDER.map((key) => FIELD_BY_KEY[key]);

export const FIELD_GROUP_LABELS: Record<FieldGroup, string> = {
  identity: 'Identity',
  data: 'Data and compliance',
  sizing: 'Size and hosting',
  recovery: 'Recovery objectives',
  plan: 'Plan',
  dates: 'Date limits',
  notes: 'Notes',
};
