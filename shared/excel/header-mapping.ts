import { READINESS_CHECKS, labelOf, type ReadinessCheck } from '../domain/enums.js';
import { WORKLOAD_FIELDS } from '../domain/workload-fields.js';
import type { WorkloadField } from '../domain/workload.js';
import { COMPUTED_HEADERS, ID_HEADER, readinessHeader } from './inventory-columns.js';

// Which Waveplan field each of the client's columns holds. Guessed from the header
// (the workbook's own headers first, then field names and the names people use), and
// editable in the import's mapping step.

export type ColumnTarget =
  | { to: 'id' }
  | { to: 'field'; field: WorkloadField }
  | { to: 'readiness'; check: ReadinessCheck }
  | { to: 'dependsOn' }
  /** Kept in the workload's notes as "Header: value". */
  | { to: 'notes' }
  /** A column Waveplan works out itself (sensitivity, recommended tier, wave): read, never written. */
  | { to: 'ignore' };

export type Mapping = ColumnTarget[];

const key = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Names clients give the columns, beyond the field's own label. */
const SYNONYMS: Partial<Record<WorkloadField, string[]>> = {
  name: ['workload', 'workload name', 'server', 'server name', 'hostname', 'host', 'service', 'service name', 'component', 'asset', 'asset name', 'ci', 'ci name', 'application name', 'app name', 'vm', 'vm name'],
  system: ['application', 'app', 'product', 'platform', 'solution', 'business application', 'parent application'],
  kind: ['type', 'workload type', 'component type', 'server role', 'role', 'category', 'tier type'],
  environment: ['env', 'environment type', 'stage', 'lifecycle', 'landscape'],
  tenant: ['customer', 'entity', 'legal entity', 'site', 'hospital', 'organisation', 'organization'],
  businessUnit: ['bu', 'department', 'division', 'line of business'],
  owner: ['owner', 'app owner', 'application owner', 'business owner', 'technical owner', 'contact', 'responsible', 'team'],
  criticality: ['business criticality', 'criticality tier', 'priority', 'importance', 'service tier', 'impact'],
  dataClasses: ['data classification', 'data class', 'classification', 'data types', 'data sensitivity', 'sensitivity'],
  masked: ['masked data', 'anonymised', 'anonymized', 'synthetic data'],
  complianceTags: ['compliance', 'regulations', 'frameworks', 'compliance requirements'],
  residencyRegion: ['region', 'data residency', 'residency', 'location', 'country'],
  customization: ['customisation', 'custom code', 'customizations'],
  users: ['user count', 'number of users', 'named users', 'active users'],
  vcpu: ['cpu', 'cpus', 'cores', 'vcpus', 'cpu cores', 'v cpu'],
  memoryGb: ['memory', 'ram', 'memory gb', 'ram gb', 'mem'],
  storageGb: ['storage', 'disk', 'disk gb', 'storage gb', 'disk size'],
  databaseGb: ['database size', 'db size', 'db gb', 'data size'],
  rpoMinutes: ['rpo', 'recovery point objective', 'rpo minutes'],
  rtoMinutes: ['rto', 'recovery time objective', 'rto minutes'],
  currentHosting: ['hosting', 'current platform', 'data centre', 'data center', 'dc', 'current location'],
  currentMonthlyCost: ['monthly cost', 'run cost', 'current cost', 'cost per month', 'monthly run cost', 'opex'],
  strategy: ['migration strategy', '6r', '7r', 'disposition', 'treatment', 'migration approach'],
  chosenTier: ['tier', 'tenancy', 'tenancy tier', 'target tier'],
  tierOverrideReason: ['tier reason', 'override reason', 'accepted risk'],
  effortDays: ['effort', 'effort days', 'migration effort', 'days'],
  pinnedWave: ['target wave', 'migration wave', 'pinned wave'],
  moveGroup: ['move group', 'migration group', 'bundle', 'affinity group'],
  notes: ['notes', 'comments', 'remarks', 'description'],
};

const DEPENDS_ON = ['depends on', 'dependencies', 'upstream', 'requires', 'calls', 'uses', 'integrations', 'interfaces', 'providers'];

const GUESSES = new Map<string, ColumnTarget>();
// Weakest first, so an exact header of ours overwrites a synonym that happens to match it.
for (const f of WORKLOAD_FIELDS) for (const s of SYNONYMS[f.key] ?? []) GUESSES.set(key(s), { to: 'field', field: f.key });
for (const s of DEPENDS_ON) GUESSES.set(key(s), { to: 'dependsOn' });
for (const f of WORKLOAD_FIELDS) {
  GUESSES.set(key(f.key), { to: 'field', field: f.key });
  GUESSES.set(key(f.label), { to: 'field', field: f.key });
}
for (const check of READINESS_CHECKS) {
  GUESSES.set(key(readinessHeader(check)), { to: 'readiness', check });
  GUESSES.set(key(labelOf(check)), { to: 'readiness', check });
}
for (const h of COMPUTED_HEADERS) GUESSES.set(key(h), { to: 'ignore' });
// "Wave" in our own export is the computed wave, not an edit; a client's "target wave" or
// "migration wave" is a pin (set above).
GUESSES.set(key('Wave'), { to: 'ignore' });
GUESSES.set(key(ID_HEADER), { to: 'id' });

/** The best guess for every column; a header seen twice maps only its first column. */
export function guessMapping(headers: readonly string[]): Mapping {
  const taken = new Set<string>();
  return headers.map((h) => {
    const guess = GUESSES.get(key(h));
    if (!guess || guess.to === 'notes' || guess.to === 'ignore') return guess ?? { to: h.trim() ? 'notes' : 'ignore' };
    const id = targetId(guess);
    if (taken.has(id)) return { to: 'notes' };
    taken.add(id);
    return guess;
  });
}

/** A target as one string, for the mapping step's dropdowns and for remembering mappings. */
export function targetId(t: ColumnTarget): string {
  return t.to === 'field' ? `field:${t.field}` : t.to === 'readiness' ? `readiness:${t.check}` : t.to;
}

export function targetFromId(id: string): ColumnTarget {
  if (id.startsWith('field:')) return { to: 'field', field: id.slice(6) as WorkloadField };
  if (id.startsWith('readiness:')) return { to: 'readiness', check: id.slice(10) as ReadinessCheck };
  return { to: id as 'id' | 'dependsOn' | 'notes' | 'ignore' };
}

/** Every target the mapping step offers, with its label. */
export const TARGET_OPTIONS: { id: string; label: string }[] = [
  { id: 'notes', label: 'Keep in notes' },
  { id: 'ignore', label: 'Leave out' },
  { id: 'id', label: ID_HEADER },
  ...WORKLOAD_FIELDS.filter((f) => f.key !== 'readiness').map((f) => ({ id: `field:${f.key}`, label: f.label })),
  ...READINESS_CHECKS.map((c) => ({ id: `readiness:${c}`, label: readinessHeader(c) })),
  { id: 'dependsOn', label: 'Depends on (names)' },
];

/** The key a header set is remembered under: the same headers in any order map the same way. */
export function headerSetKey(headers: readonly string[]): string {
  return [...headers].map(key).sort().join('|');
}
