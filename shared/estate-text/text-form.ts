import type { EstateContent } from '../estate/estate.js';
import { blankWorkload } from '../domain/blank-workload.js';
import type { Workload, WorkloadField } from '../domain/workload.js';
import type { Dependency } from '../domain/dependency.js';
import type { EstateScenariosText } from './scenario-text.js';

// The estate's canonical text form (issue 20): what it holds and in which order. The
// writer (write-text.ts) and the reader (read-text.ts) both follow these lists, so a
// field is written in one place in one order and a one-field edit is a one-line diff.

/** The first line of every estate text; a later format adds a number and says what changed. */
export const TEXT_FORMAT = 'waveplan-estate/1';

/**
 * An estate as text holds: its name, its content as the baseline sees it, and its other
 * scenarios as what they do differently (no revision, dates, derived data, nor which
 * scenario is active: that is where someone left the app, not part of the plan).
 */
export interface EstateText extends EstateContent, EstateScenariosText {
  name: string;
}

/** The workload's fields in the order they are written: who it is, what it holds, how it moves, its limits, its notes. */
export const WORKLOAD_FIELD_ORDER = [
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
  'dataChangeGbPerDay',
  'cpuUtilisationPct',
  'memoryUtilisationPct',
  'rpoMinutes',
  'rtoMinutes',
  'currentHosting',
  'ipAddresses',
  'currentMonthlyCost',
  'licensing',
  'strategy',
  'chosenTier',
  'tierOverrideReason',
  'readiness',
  'effortDays',
  'pinnedWave',
  'moveGroup',
  'notBefore',
  'notAfter',
  'doneBy',
  'blackouts',
  'notes',
] as const satisfies readonly WorkloadField[];

/** The dependency's fields in the order they are written. */
export const DEPENDENCY_FIELD_ORDER = ['consumerId', 'providerId', 'kind', 'coupling', 'dataClasses', 'protocol', 'notes'] as const satisfies readonly (keyof Dependency)[];

/**
 * What a workload field holds when nothing is recorded: such a field is left out of the
 * text (each field has exactly one blank value, so leaving it out loses nothing), which
 * keeps a block to what the architect knows. kind and environment are always written.
 */
const BLANK = blankWorkload('', '');
export const ALWAYS_WRITTEN: ReadonlySet<WorkloadField> = new Set(['name', 'kind', 'environment']);

export function isBlankField(field: WorkloadField, value: unknown): boolean {
  if (ALWAYS_WRITTEN.has(field)) return false;
  const blank = BLANK[field];
  if (Array.isArray(blank)) return Array.isArray(value) && value.length === 0;
  return value === blank;
}

/** The blank value of a field left out of the text. */
export function blankValue(field: WorkloadField): unknown {
  const blank = BLANK[field];
  return Array.isArray(blank) ? [] : blank;
}

/** Dependency text fields are '' when empty and left out like a workload's. */
export function isBlankDependencyField(field: (typeof DEPENDENCY_FIELD_ORDER)[number], value: unknown): boolean {
  if (field === 'protocol' || field === 'notes') return value === '';
  if (field === 'dataClasses') return Array.isArray(value) && value.length === 0;
  return false;
}

/** Workloads in list order (by position, ties by their order in the snapshot). */
export function workloadsInOrder(content: Pick<EstateContent, 'workloads' | 'positions'>): Workload[] {
  const at = (w: Workload, i: number) => (Object.hasOwn(content.positions, w.id) ? content.positions[w.id]! : i + 1);
  return content.workloads
    .map((w, i) => ({ w, p: at(w, i), i }))
    .sort((a, b) => a.p - b.p || a.i - b.i)
    .map((x) => x.w);
}
