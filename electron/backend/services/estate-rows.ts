import type { Dependency } from '../../../shared/domain/dependency.js';
import type { Workload } from '../../../shared/domain/workload.js';
import { SCENARIO_DECISION_FIELDS, type ScenarioDecisions } from '../../../shared/estate/scenarios.js';

// Between rows and domain objects. Column names are field names (see migration 001);
// lists are comma-joined and booleans are 0/1.

export const WORKLOAD_COLUMNS = [
  'id',
  'name',
  'system',
  'kind',
  'environment',
  'tenant',
  'businessUnit',
  'owner',
  'criticality',
  'dataClasses',
  'masked',
  'complianceTags',
  'residencyRegion',
  'customization',
  'users',
  'vcpu',
  'memoryGb',
  'storageGb',
  'databaseGb',
  'rpoMinutes',
  'rtoMinutes',
  'currentHosting',
  'currentMonthlyCost',
  'strategy',
  'chosenTier',
  'tierOverrideReason',
  'readiness',
  'effortDays',
  'pinnedWave',
  'moveGroup',
  'notes',
  // Added by migration 004, so last in the table.
  'ipAddresses',
  // Added by migration 005.
  'notBefore',
  'notAfter',
  'doneBy',
  'blackouts',
  // Added by migration 006.
  'dataChangeGbPerDay',
  // Added by migration 007.
  'cpuUtilisationPct',
  'memoryUtilisationPct',
  'licensing',
] as const satisfies readonly (keyof Workload)[];

/** Columns a later migration added, with its version: a file from before reads them as blank. */
const ADDED_IN: Partial<Record<(typeof WORKLOAD_COLUMNS)[number], { version: number; blank: string }>> = {
  ipAddresses: { version: 4, blank: "''" },
  notBefore: { version: 5, blank: "''" },
  notAfter: { version: 5, blank: "''" },
  doneBy: { version: 5, blank: "''" },
  blackouts: { version: 5, blank: "'[]'" },
  dataChangeGbPerDay: { version: 6, blank: 'NULL' },
  cpuUtilisationPct: { version: 7, blank: 'NULL' },
  memoryUtilisationPct: { version: 7, blank: 'NULL' },
  licensing: { version: 7, blank: 'NULL' },
};

/** Each workload column as a file at `version` gives it: the column, or its blank where an older file lacks it. */
export function workloadColumnValues(version: number): string[] {
  return WORKLOAD_COLUMNS.map((c) => {
    const added = ADDED_IN[c];
    return added && version < added.version ? added.blank : c;
  });
}

/** The workload columns as a SELECT list for a file at `version` (older files lack the later columns). */
export function workloadSelectList(version: number): string {
  return workloadColumnValues(version)
    .map((value, i) => (value === WORKLOAD_COLUMNS[i] ? value : `${value} AS ${WORKLOAD_COLUMNS[i]}`))
    .join(', ');
}

export const DEPENDENCY_COLUMNS = ['id', 'consumerId', 'providerId', 'kind', 'coupling', 'dataClasses', 'protocol', 'notes'] as const satisfies readonly (keyof Dependency)[];

const LIST_FIELDS = new Set<string>(['dataClasses', 'complianceTags', 'readiness', 'ipAddresses']);

// Read back as what it is: a value of the wrong type (a blob, a number where text
// belongs) is passed on unchanged, so that checking the row names it (estate-row-check.ts).
const list = (text: unknown): string[] => (typeof text !== 'string' ? (text as string[]) : text === '' ? [] : text.split(','));
const flag = (value: unknown): boolean => (value === 1 ? true : value === 0 ? false : (value as boolean));
/** JSON columns (a workload's own blackouts); text that is not JSON is passed on for the row check to name. */
const json = (text: unknown): unknown => {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};
const JSON_FIELDS = new Set<string>(['blackouts']);

/** The SQL value of one field. */
export function toColumn(field: string, value: unknown): unknown {
  if (LIST_FIELDS.has(field)) return (value as string[]).join(',');
  if (JSON_FIELDS.has(field)) return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

export function workloadToRow(w: Workload): unknown[] {
  return WORKLOAD_COLUMNS.map((c) => toColumn(c, w[c]));
}

export function dependencyToRow(d: Dependency): unknown[] {
  return DEPENDENCY_COLUMNS.map((c) => toColumn(c, d[c]));
}

/** A row read in raw mode (values in WORKLOAD_COLUMNS order) as a Workload. */
export function workloadFromRow(r: unknown[]): Workload {
  // One object literal: every workload gets the same shape, which keeps later reads fast.
  return {
    id: r[0] as string,
    name: r[1] as string,
    system: r[2] as string,
    kind: r[3] as Workload['kind'],
    environment: r[4] as Workload['environment'],
    tenant: r[5] as string,
    businessUnit: r[6] as string,
    owner: r[7] as string,
    criticality: r[8] as Workload['criticality'],
    dataClasses: list(r[9]) as Workload['dataClasses'],
    masked: flag(r[10]),
    complianceTags: list(r[11]),
    residencyRegion: r[12] as string,
    customization: r[13] as Workload['customization'],
    users: r[14] as number | null,
    vcpu: r[15] as number | null,
    memoryGb: r[16] as number | null,
    storageGb: r[17] as number | null,
    databaseGb: r[18] as number | null,
    rpoMinutes: r[19] as number | null,
    rtoMinutes: r[20] as number | null,
    currentHosting: r[21] as string,
    ipAddresses: list(r[31]),
    currentMonthlyCost: r[22] as number | null,
    strategy: r[23] as Workload['strategy'],
    chosenTier: r[24] as Workload['chosenTier'],
    tierOverrideReason: r[25] as string,
    readiness: list(r[26]) as Workload['readiness'],
    effortDays: r[27] as number | null,
    pinnedWave: r[28] as number | null,
    moveGroup: r[29] as string,
    notes: r[30] as string,
    notBefore: r[32] as string,
    notAfter: r[33] as string,
    doneBy: r[34] as string,
    blackouts: json(r[35]) as Workload['blackouts'],
    dataChangeGbPerDay: r[36] as number | null,
    cpuUtilisationPct: r[37] as number | null,
    memoryUtilisationPct: r[38] as number | null,
    licensing: r[39] as Workload['licensing'],
  };
}

export function dependencyFromRow(r: unknown[]): Dependency {
  return {
    id: r[0] as string,
    consumerId: r[1] as string,
    providerId: r[2] as string,
    kind: r[3] as Dependency['kind'],
    coupling: r[4] as Dependency['coupling'],
    dataClasses: list(r[5]) as Dependency['dataClasses'],
    protocol: r[6] as string,
    notes: r[7] as string,
  };
}

/** A scenario's decision columns (migration 008), named and stored as in the workload table. */
export const DECISION_COLUMNS = SCENARIO_DECISION_FIELDS;

export function decisionsToRow(w: ScenarioDecisions): unknown[] {
  return DECISION_COLUMNS.map((c) => toColumn(c, w[c]));
}

/** A row of DECISION_COLUMNS, read in raw mode, as the decisions it holds. */
export function decisionsFromRow(r: readonly unknown[]): ScenarioDecisions {
  return {
    strategy: r[0] as Workload['strategy'],
    chosenTier: r[1] as Workload['chosenTier'],
    tierOverrideReason: r[2] as string,
    pinnedWave: r[3] as number | null,
    notBefore: r[4] as string,
    notAfter: r[5] as string,
    doneBy: r[6] as string,
    blackouts: json(r[7]) as Workload['blackouts'],
  };
}
