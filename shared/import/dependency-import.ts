import type { Dependency } from '../domain/dependency.js';
import { COUPLINGS, DATA_CLASSES, DEPENDENCY_KINDS, inCanonicalOrder, labelOf } from '../domain/enums.js';
import { matchOption, splitList } from '../domain/field-text.js';
import type { EstateContent } from '../estate/estate.js';
import { unguard } from '../excel/csv-read.js';
import { dependencyTargets } from './dependency-targets.js';
import { columnLabel, type ImportPreview, type ImportTable } from './import-types.js';

// Dependencies that come as a table of their own: a sheet (our Dependencies sheet, or a
// client's interface list), a second file, or rows of the inventory itself marked by a
// record-type column, with a direction (upstream/downstream, southbound/northbound).

export const DEPENDENCY_ROLES = ['id', 'consumer', 'provider', 'kind', 'coupling', 'dataClasses', 'protocol', 'notes', 'recordType', 'direction', 'ignore'] as const;
export type DependencyRole = (typeof DEPENDENCY_ROLES)[number];

export const ROLE_LABELS: Record<DependencyRole, string> = {
  id: 'Waveplan id',
  consumer: 'Consumer (the one that depends)',
  provider: 'Provider (the one depended on)',
  kind: 'Kind',
  coupling: 'Coupling',
  dataClasses: 'Data classes',
  protocol: 'Protocol',
  notes: 'Notes',
  recordType: 'Record type (workload or dependency)',
  direction: 'Direction (upstream, downstream…)',
  ignore: 'Leave out',
};

const key = (text: string) =>
  text
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const NAMES: Record<string, DependencyRole> = {};
const names = (role: DependencyRole, list: string[]) => list.forEach((n) => (NAMES[key(n)] = role));
names('consumer', ['consumer', 'source', 'from', 'caller', 'client', 'name', 'workload', 'server name', 'application', 'system a']);
names('provider', ['provider', 'target', 'to', 'callee', 'server', 'depends on', 'related to', 'related', 'counterpart', 'partner', 'system b', 'interface to']);
names('kind', ['kind', 'type', 'interface type', 'integration type', 'dependency type']);
names('coupling', ['coupling', 'tight or loose', 'synchronous', 'coupling type']);
names('dataClasses', ['data classes', 'data', 'data classification', 'classification']);
names('protocol', ['protocol', 'port', 'transport', 'technology']);
names('notes', ['notes', 'comments', 'description']);
names('recordType', ['record type', 'row type', 'entry type', 'object type', 'record']);
names('direction', ['direction', 'flow direction', 'flow']);
names('id', ['waveplan id']);

/** The likely role of each column of a dependency table. */
export function guessDependencyRoles(headers: readonly string[]): DependencyRole[] {
  const taken = new Set<DependencyRole>();
  return headers.map((h) => {
    const role = NAMES[key(h)] ?? 'ignore';
    if (role !== 'ignore' && taken.has(role)) return 'ignore';
    taken.add(role);
    return role;
  });
}

const UPSTREAM = new Set(['upstream', 'southbound', 'outbound', 'depends on', 'uses', 'calls', 'consumes', 'out']);
const DOWNSTREAM = new Set(['downstream', 'northbound', 'inbound', 'used by', 'called by', 'feeds', 'provides', 'in']);
const DEPENDENCY_RECORDS = new Set(['dependency', 'dependencies', 'interface', 'integration', 'link', 'relation', 'relationship', 'flow', 'connection']);

/** A record-type value that marks a row as a dependency (the rest are workloads). */
export const isDependencyRecord = (value: string) => DEPENDENCY_RECORDS.has(value.trim().toLowerCase());

/**
 * Adds the table's dependencies to the preview: matched by id or by their two ends to
 * the dependencies already there (an existing pair is left as it is), each problem at
 * its row and column. Names are looked up among the estate's workloads and those the
 * preview adds.
 */
export function addDependencyTable(
  estate: EstateContent,
  preview: ImportPreview,
  table: ImportTable,
  roles: readonly DependencyRole[],
  newId: () => string,
  onlyRows?: (row: string[]) => boolean,
  /** How a vendor's direction values read (ServiceNow's "Depends on::Used by"), beside the plain words. */
  directionOf?: (value: string) => 'upstream' | 'downstream' | null,
): void {
  const [header = [], ...body] = table.rows;
  const col = (role: DependencyRole) => roles.indexOf(role);
  const targets = dependencyTargets(estate, preview);
  const ids = new Set(estate.dependencies.map((d) => d.id));
  body.forEach((cells, r) => {
    if (onlyRows && !onlyRows(cells)) return;
    const row = r + 2;
    const cell = (role: DependencyRole) => (col(role) >= 0 ? unguard(cells[col(role)] ?? '').trim() : '');
    if (cells.every((c) => (c ?? '').trim() === '')) return;
    const problem = (role: DependencyRole, value: string, message: string) =>
      preview.problems.push({ sheet: table.sheet, row, column: columnLabel(Math.max(0, col(role)), header, ROLE_LABELS[role]), value, message });
    if (cell('id') && ids.has(cell('id'))) return;
    const end = (role: 'consumer' | 'provider') => {
      const name = cell(role);
      const id = targets.idOf(name);
      if (!name) problem(role, '', `A dependency needs its ${role}`);
      else if (!id) problem(role, name, targets.notFound(name));
      return id;
    };
    let consumerId = end('consumer');
    let providerId = end('provider');
    const direction = cell('direction').toLowerCase();
    const vendor = direction ? directionOf?.(cell('direction')) : null;
    if (vendor === 'downstream' || (!vendor && direction && DOWNSTREAM.has(direction))) [consumerId, providerId] = [providerId, consumerId];
    else if (direction && !vendor && !UPSTREAM.has(direction)) problem('direction', cell('direction'), 'Direction must be upstream or downstream (or southbound/northbound, inbound/outbound)');
    const kind = cell('kind') ? matchOption(DEPENDENCY_KINDS, cell('kind')) : 'api';
    if (!kind) problem('kind', cell('kind'), `Unknown kind; expected one of ${DEPENDENCY_KINDS.map(labelOf).join(', ')}`);
    const coupling = cell('coupling') ? (matchOption(COUPLINGS, cell('coupling')) ?? (/sync|real.?time|tight/i.test(cell('coupling')) ? 'tight' : undefined)) : 'loose';
    if (!coupling) problem('coupling', cell('coupling'), 'Coupling must be tight or loose');
    const classes = splitList(cell('dataClasses')).map((c) => matchOption(DATA_CLASSES, c));
    if (classes.some((c) => c === undefined)) problem('dataClasses', cell('dataClasses'), `Unknown data class; expected any of ${DATA_CLASSES.map(labelOf).join(', ')}`);
    if (!consumerId || !providerId || !kind || !coupling || classes.some((c) => c === undefined)) return;
    if (consumerId === providerId) return problem('provider', cell('provider'), 'A workload cannot depend on itself');
    if (!targets.link(consumerId, providerId)) return;
    const dependency: Dependency = {
      id: newId(),
      consumerId,
      providerId,
      kind,
      coupling,
      dataClasses: inCanonicalOrder(DATA_CLASSES, classes as (typeof DATA_CLASSES)[number][]),
      protocol: cell('protocol').slice(0, 200),
      notes: cell('notes').slice(0, 10_000),
    };
    preview.dependencies.push(dependency);
  });
}
