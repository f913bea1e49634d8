import { DATA_CLASSES, READINESS_CHECKS, labelOf, type DataClass, type ReadinessCheck } from '../domain/enums.js';
import { flagClassOf } from './flag-headers.js';
import { unitOfHeader } from './header-units.js';
import type { NumberStyle } from '../domain/number-style.js';
import { fieldUnit, fitsField } from './unit-conversion.js';
import { isCurrency, type Unit } from './units.js';
import { WORKLOAD_FIELDS } from '../domain/workload-fields.js';
import type { WorkloadField } from '../domain/workload.js';
import { COMPUTED_HEADERS, ID_HEADER, readinessHeader } from '../excel/inventory-columns.js';

// Which Waveplan field each of the client's columns holds. Guessed from the header
// (the workbook's own headers first, then field names and the names people use), and
// editable in the import's mapping step.

export type ColumnTarget =
  | { to: 'id' }
  /**
   * A workload field. For a number: `unit` is the column's unit, converted on the way in
   * (when absent: the unit the header states, else the field's own, so a mapping
   * remembered without units still reads "Memory (MiB)" right); `number` how the column
   * writes numbers (decided from the whole column when absent).
   */
  | { to: 'field'; field: WorkloadField; unit?: Unit; number?: NumberStyle }
  | { to: 'readiness'; check: ReadinessCheck }
  /** A yes/no column ("Contains PHI? (Y/N)") whose yes adds a data class. */
  | { to: 'flag'; dataClass: DataClass }
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
  name: [
    'workload',
    'workload name',
    'server',
    'server name',
    'servername',
    'rechnername',
    'nom du serveur',
    'hostname',
    'host',
    'service',
    'service name',
    'component',
    'asset',
    'asset name',
    'ci',
    'ci name',
    'application name',
    'app name',
    'vm',
    'vm name',
  ],
  system: ['application', 'app', 'product', 'platform', 'solution', 'business application', 'parent application'],
  kind: ['type', 'workload type', 'component type', 'server role', 'role', 'category', 'tier type'],
  environment: ['umgebung', 'environnement', 'entorno', 'omgeving', 'env', 'environment type', 'stage', 'lifecycle', 'landscape'],
  tenant: ['customer', 'entity', 'legal entity', 'site', 'hospital', 'organisation', 'organization'],
  businessUnit: ['bu', 'department', 'division', 'line of business'],
  owner: ['owner', 'app owner', 'application owner', 'business owner', 'technical owner', 'contact', 'responsible', 'team'],
  criticality: ['business criticality', 'criticality tier', 'priority', 'importance', 'service tier', 'impact'],
  dataClasses: [
    'datenklassifizierung',
    'datenklasse',
    'schutzbedarf',
    'classification des donnees',
    'data classification',
    'data class',
    'classification',
    'data types',
    'data sensitivity',
    'sensitivity',
  ],
  masked: ['masked data', 'anonymised', 'anonymized', 'synthetic data'],
  complianceTags: ['compliance', 'regulations', 'frameworks', 'compliance requirements'],
  residencyRegion: ['region', 'data residency', 'residency', 'location', 'country'],
  customization: ['customisation', 'custom code', 'customizations'],
  users: ['user count', 'number of users', 'named users', 'active users'],
  vcpu: ['cpu', 'cpus', 'cores', 'vcpus', 'cpu cores', 'v cpu', 'cpu count', 'vcpu count', 'number of cpus', 'core count'],
  memoryGb: ['memory', 'ram', 'memory gb', 'ram gb', 'mem', 'memory size', 'arbeitsspeicher', 'configured memory'],
  storageGb: [
    'storage',
    'disk',
    'disk gb',
    'storage gb',
    'disk size',
    'disks',
    'provisioned',
    'provisioned space',
    'provisioned storage',
    'allocated storage',
    'capacity',
    'size',
    'speicherplatz',
    'disk space',
    'total disk',
    'disk capacity',
  ],
  databaseGb: ['database size', 'db size', 'db gb', 'data size'],
  dataChangeGbPerDay: ['data change', 'data change rate', 'change rate', 'daily change', 'daily change rate', 'change per day', 'data churn', 'daily churn', 'write volume per day'],
  rpoMinutes: ['rpo', 'recovery point objective', 'rpo minutes', 'recovery point obj', 'recovery point', 'max data loss'],
  rtoMinutes: ['rto', 'recovery time objective', 'rto minutes', 'recovery time obj', 'recovery time', 'max downtime', 'maximum tolerable downtime', 'tolerable downtime', 'mtd'],
  cpuUtilisationPct: ['cpu utilization', 'cpu utilisation', 'cpu utilization percentage', 'peak cpu', 'cpu peak', 'cpu usage', 'cpu load', 'max cpu'],
  memoryUtilisationPct: ['memory utilization', 'memory utilisation', 'memory utilization percentage', 'peak memory', 'memory peak', 'memory usage', 'ram usage', 'max memory'],
  licensing: ['licence', 'license', 'licence model', 'license model', 'licensing model', 'byol', 'license type'],
  currentHosting: ['standort', 'rechenzentrum', 'hosting', 'current platform', 'data centre', 'data center', 'dc', 'current location'],
  ipAddresses: ['ip', 'ip address', 'ip addresses', 'ipv4', 'ipv4 address', 'primary ip', 'primary ip address', 'ip adresse', 'ip-adresse', 'adresse ip', 'ip-adressen', 'mgmt ip', 'management ip'],
  currentMonthlyCost: [
    'monthly cost',
    'run cost',
    'current cost',
    'cost per month',
    'monthly run cost',
    'opex',
    'cost',
    'costs',
    'cost month',
    'kosten',
    'monatliche kosten',
    'kosten pro monat',
    'cout mensuel',
  ],
  strategy: ['migration strategy', '6r', '7r', 'disposition', 'treatment', 'migration approach'],
  chosenTier: ['tier', 'tenancy', 'tenancy tier', 'target tier'],
  tierOverrideReason: ['tier reason', 'override reason', 'accepted risk'],
  effortDays: ['effort', 'effort days', 'migration effort', 'days'],
  pinnedWave: ['target wave', 'migration wave', 'pinned wave'],
  moveGroup: ['move group', 'migration group', 'bundle', 'affinity group'],
  notBefore: ['earliest cutover', 'earliest date', 'no earlier than', 'start after'],
  notAfter: ['latest cutover', 'no later than', 'cutover deadline'],
  doneBy: ['complete by', 'must finish by', 'finish by', 'deadline'],
  blackouts: ['blackout', 'blackout windows', 'freeze windows', 'change freeze', 'no move periods'],
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

// A percentage of a resource is how much of it is in use, not how much there is: "CPU %"
// and "Memory (%)" are peak use, while a bare "CPU" or "Memory" is the count or the size.
// (Written as synonyms, "cpu %" lost its sign to the header key and took "CPU" itself.)
const USE_OF: Partial<Record<WorkloadField, WorkloadField>> = { vcpu: 'cpuUtilisationPct', memoryGb: 'memoryUtilisationPct' };

/**
 * The target a header names: its own words, else its words without the unit it states
 * ("Provisioned MB" → storage in MB), else a yes/no flag ("Contains PHI? (Y/N)"). A
 * stated unit stays on the target; a unit the field cannot take ("CPU %") is no match.
 */
function guessOne(header: string): ColumnTarget | undefined {
  const stated = unitOfHeader(header);
  const guess = GUESSES.get(key(header)) ?? (stated?.rest ? GUESSES.get(key(stated.rest)) : undefined);
  const use = guess?.to === 'field' && stated?.unit === '%' ? USE_OF[guess.field] : undefined;
  if (use) return { to: 'field', field: use };
  if (guess?.to === 'field' && stated) return fitsField(stated.unit, guess.field) ? withUnit(guess, stated.unit) : undefined;
  if (guess) return guess;
  const dataClass = flagClassOf(header);
  return dataClass ? { to: 'flag', dataClass } : undefined;
}

/** The unit kept on a field's target: not when it is the field's own (a currency always, since the estate's is not known here). */
function withUnit(target: Extract<ColumnTarget, { to: 'field' }>, unit: Unit): ColumnTarget {
  return isCurrency(unit) || unit !== fieldUnit(target.field, 'EUR') ? { ...target, unit } : target;
}

/** The best guess for every column; a header seen twice maps only its first column. */
export function guessMapping(headers: readonly string[]): Mapping {
  const taken = new Set<string>();
  return headers.map((h) => {
    const guess = guessOne(h);
    if (!guess || guess.to === 'notes' || guess.to === 'ignore') return guess ?? { to: h.trim() ? 'notes' : 'ignore' };
    const id = targetId(guess);
    if (taken.has(id)) return { to: 'notes' };
    taken.add(id);
    return guess;
  });
}

/** A target as one string, for the mapping step's dropdowns and for remembering mappings. */
export function targetId(t: ColumnTarget): string {
  return t.to === 'field' ? `field:${t.field}` : t.to === 'readiness' ? `readiness:${t.check}` : t.to === 'flag' ? `flag:${t.dataClass}` : t.to;
}

export function targetFromId(id: string): ColumnTarget {
  if (id.startsWith('field:')) return { to: 'field', field: id.slice(6) as WorkloadField };
  if (id.startsWith('readiness:')) return { to: 'readiness', check: id.slice(10) as ReadinessCheck };
  if (id.startsWith('flag:')) return { to: 'flag', dataClass: id.slice(5) as DataClass };
  return { to: id as 'id' | 'dependsOn' | 'notes' | 'ignore' };
}

/** A target chosen in the mapping step for a column: a field takes the unit its header states. */
export function targetForHeader(id: string, header: string): ColumnTarget {
  const target = targetFromId(id);
  const stated = unitOfHeader(header);
  return target.to === 'field' && stated && fitsField(stated.unit, target.field) ? withUnit(target, stated.unit) : target;
}

/** Every target the mapping step offers, with its label. */
export const TARGET_OPTIONS: { id: string; label: string }[] = [
  { id: 'notes', label: 'Keep in notes' },
  { id: 'ignore', label: 'Leave out' },
  { id: 'id', label: ID_HEADER },
  ...WORKLOAD_FIELDS.filter((f) => f.key !== 'readiness').map((f) => ({ id: `field:${f.key}`, label: f.label })),
  ...READINESS_CHECKS.map((c) => ({ id: `readiness:${c}`, label: readinessHeader(c) })),
  { id: 'dependsOn', label: 'Depends on (names)' },
  ...DATA_CLASSES.map((c) => ({ id: `flag:${c}`, label: `Adds data class: ${labelOf(c)} (yes/no)` })),
];

/** The key a header set is remembered under: the same headers in any order map the same way. */
export function headerSetKey(headers: readonly string[]): string {
  return [...headers].map(key).sort().join('|');
}
