import type { EstateSnapshot } from '../estate/estate.js';
import { addDependencyTable, isDependencyRecord, type DependencyRole } from './dependency-import.js';
import type { Mapping } from './header-mapping.js';
import { leaveOutWeakerTierChoices, previewImport, type ImportPreview, type ImportTable, type ValueMap } from './import-plan.js';
import { applyDiscoveryChoices, discoveryFacts, withNameFallback, withTotals, workloadRows, type DiscoveryChoices } from './discovery-import.js';
import type { DependencySpec, FormatMatch, SheetRows, SpreadsheetFile } from './formats/types.js';
import { aggregateConnections, type ConnectionAnalysis, type ExternalEndpoint } from './connections.js';
import type { NoiseRule } from './connection-noise.js';
import { candidatesToDependencies } from './connections-to-dependencies.js';
import { asSourceAndDestination, type connectionsIn } from './observed-connections.js';
import { blankWorkload, type Workload } from '../domain/workload.js';
import { kindOfPort } from './port-kinds.js';
import { applyEnrichment, type EnrichmentApplied } from './enrichment.js';

// The import's preview from everything the import dialog (or `waveplan import`) holds: the
// sheet and its mapping, the recognised export's additions (columns added up, names filled
// in, noise and suggested environments as the person chose), and the dependencies from
// wherever they were chosen. Shared by the renderer's dialog and the command line, so both
// preview, and write, the same thing.

/** A spreadsheet as the back end's `readSpreadsheet` reads it. */
export interface Spreadsheet extends SpreadsheetFile {
  fileName: string;
  kind: 'xlsx' | 'csv';
  /** For a CSV: how its bytes were read. */
  encoding?: string;
  sheets: SheetRows[];
}
export type SheetOfFile = SheetRows;

/** Where the dependencies come from, besides a "depends on" column. */
export type DependencySourceChoice = { from: 'none' } | { from: 'sheet'; sheet: string } | { from: 'rows' } | { from: 'file'; file: Spreadsheet };

/** The sheet an inventory is most likely on: ours is called Inventory. */
export const firstSheet = (file: Spreadsheet): SheetOfFile | undefined => file.sheets.find((s) => s.name === 'Inventory') ?? file.sheets.find((s) => s.rows.length > 1) ?? file.sheets[0];

/** Where the dependencies come from at first: the recognised export's table, else our own Dependencies sheet. */
export function firstDependencies(file: Spreadsheet, inventorySheet: string, match: FormatMatch | null): DependencySourceChoice {
  const spec = tableDependencies(match);
  if (spec) return spec.sheet === inventorySheet ? { from: 'rows' } : { from: 'sheet', sheet: spec.sheet };
  return file.sheets.some((s) => s.name === 'Dependencies') ? { from: 'sheet', sheet: 'Dependencies' } : { from: 'none' };
}

/** The table the dependencies are read from, for the choice made. */
export function dependencyTable(file: Spreadsheet, sheet: SheetOfFile | undefined, choice: DependencySourceChoice): ImportTable | null {
  if (choice.from === 'none' || !sheet) return null;
  if (choice.from === 'rows') return { sheet: sheet.name, rows: sheet.rows };
  const source = choice.from === 'file' ? choice.file.sheets[0] : file.sheets.find((s) => s.name === choice.sheet);
  return source ? { sheet: choice.from === 'file' ? `${choice.file.fileName} › ${source.name}` : source.name, rows: source.rows } : null;
}

/** The recognised export's dependency table, if it has one (ServiceNow relationships, Konveyor's dependency rows). */
export function tableDependencies(match: FormatMatch | null): Extract<DependencySpec, { layout: 'table' }> | undefined {
  return match?.dependencies.find((d): d is Extract<DependencySpec, { layout: 'table' }> => d.layout === 'table');
}

export interface PreviewInputs {
  snapshot: EstateSnapshot;
  file: Spreadsheet;
  sheet: SheetOfFile;
  /** False when the file holds only dependencies: no workload rows are read. */
  withInventory: boolean;
  mapping: Mapping;
  valueMap: ValueMap;
  match: FormatMatch | null;
  choices: DiscoveryChoices;
  depTable: ImportTable | null;
  depChoice: DependencySourceChoice;
  depRoles: DependencyRole[];
  newId: () => string;
  /** Observed connections: where they are, the noise rules as set, and the unmatched endpoints to add as workloads. */
  connections: ReturnType<typeof connectionsIn>;
  noiseRules: readonly NoiseRule[];
  addEndpoints: ReadonlySet<string>;
}

export interface BuiltPreview {
  preview: ImportPreview;
  connections: ConnectionAnalysis | null;
  /** The export's other sheets, and how many workloads each changed. */
  enriched: EnrichmentApplied[];
}

/** An endpoint discovery saw but the estate does not have, as a workload to add: its name or address, its addresses, a kind from its busiest port. */
function endpointWorkload(endpoint: ExternalEndpoint, sheet: string, id: string): Workload {
  const w = blankWorkload(id, (endpoint.name || endpoint.addresses[0] || endpoint.key).slice(0, 200));
  const port = endpoint.ports[0];
  const kind = port ? kindOfPort(port.port) : 'other';
  const asKind: Workload['kind'] = kind === 'database' ? 'database' : kind === 'cache' ? 'cache' : kind === 'queue' ? 'integration' : kind === 'identity' ? 'identity' : 'application';
  const addresses = endpoint.addresses.length > 0 ? endpoint.addresses : endpoint.key.startsWith('ip:') ? [endpoint.key.slice(3)] : [];
  return {
    ...w,
    kind: asKind,
    ipAddresses: addresses.slice(0, 32),
    notes: `Seen by discovery in ${sheet}: ${endpoint.connections.toLocaleString('en')} connections${port ? `, busiest on ${port.transport}/${port.port ?? '?'}` : ''}. Added from the import's external endpoints.`,
  };
}

const emptyPreview = (): ImportPreview => ({ adds: [], updates: [], unchanged: 0, skipped: [], missing: [], dependencies: [], problems: [], warnings: [] });

export function buildPreview(p: PreviewInputs): BuiltPreview {
  const spec = tableDependencies(p.match);
  const sameSheet = p.match?.inventory?.sheet === p.sheet.name ? p.match.inventory : undefined;
  const base: ImportTable = { sheet: p.sheet.name, rows: p.sheet.rows, nativeNumbers: p.file.kind === 'xlsx' };
  const totalled = withTotals(base, p.mapping, sameSheet?.totals);
  const { table, filled } = withNameFallback(totalled.table, totalled.mapping);
  const facts = discoveryFacts(p.match, table);

  // Rows of the inventory sheet that are dependencies: by the export's own record type, else by a record-type column.
  const recordColumn = p.depChoice.from === 'rows' ? p.depRoles.indexOf('recordType') : -1;
  const specRows = p.depChoice.from === 'rows' && spec?.sheet === p.sheet.name ? spec.rows : undefined;
  const isDependencyRow = specRows ? (cells: string[]) => specRows(cells) : recordColumn >= 0 ? (cells: string[]) => isDependencyRecord(cells[recordColumn] ?? '') : undefined;
  const notWorkload = workloadRows(p.match, table, p.choices);
  const skipRow = isDependencyRow || notWorkload ? (cells: string[]) => Boolean(isDependencyRow?.(cells) || notWorkload?.(cells)) : undefined;

  const preview = p.withInventory ? previewImport(p.snapshot, table, totalled.mapping, p.newId, p.valueMap, skipRow) : emptyPreview();
  const enriched = p.withInventory && sameSheet && p.match?.enrichment.length ? applyEnrichment(preview, table, p.file, p.match.enrichment, new Map(p.snapshot.workloads.map((w) => [w.id, w]))) : [];
  if (p.withInventory) {
    const environmentMapped = p.mapping.some((t) => t.to === 'field' && t.field === 'environment');
    applyDiscoveryChoices(preview, facts, p.choices, environmentMapped);
    // New workloads default to production, the safe way round for tiers; said, so that it is a choice.
    if (!environmentMapped && !p.choices.useEnvironmentHints && preview.adds.length > 0) {
      preview.warnings?.push({
        sheet: table.sheet,
        row: 1,
        column: '(none)',
        value: '',
        message: `No column gives the environment: the ${preview.adds.length.toLocaleString('en')} new workloads come in as production (the safe way round for tiers). Map the environment column, or use the suggested environments, if the file says otherwise.`,
      });
    }
    const header = table.rows[0] ?? [];
    const nameColumn = totalled.mapping.findIndex((t) => t.to === 'field' && t.field === 'name');
    for (const [row, from] of filled)
      preview.warnings?.push({ sheet: table.sheet, row, column: header[nameColumn] ?? 'Name', value: table.rows[row - 1]?.[nameColumn] ?? '', message: `The name is blank; taken from ${from}` });
  }
  if (p.depTable && p.depChoice.from !== 'none') {
    const onlyRows = p.depChoice.from === 'rows' ? isDependencyRow : spec?.sheet === p.depTable.sheet ? spec.rows : undefined;
    addDependencyTable(p.snapshot, preview, p.depTable, p.depRoles, p.newId, onlyRows, spec?.directionOf);
  }
  const connections = p.connections ? addConnections(p, preview, p.connections) : null;
  // Suggested environments, dependency tables and connections can each raise a new
  // workload's recommendation above the tier its row chose: checked once more on the
  // finished preview, so confirming never refuses what the preview offered.
  if (p.withInventory) leaveOutWeakerTierChoices(p.snapshot, preview, table, totalled.mapping);
  return { preview, enriched, connections };
}

/** Observed connections aggregated into dependencies between the estate's workloads and those the import adds. */
function addConnections(p: PreviewInputs, preview: ImportPreview, where: NonNullable<PreviewInputs['connections']>): ConnectionAnalysis | null {
  const sheet = p.file.sheets.find((s) => s.name === where.sheet);
  if (!sheet) return null;
  const { table, columns } = asSourceAndDestination({ sheet: sheet.name, rows: sheet.rows }, where.columns);
  const adding = preview.adds.map((a) => a.workload);
  let analysis = aggregateConnections(table, columns, { workloads: p.snapshot.workloads, adding, noise: p.noiseRules });
  // The endpoints stay listed once ticked (as added), so a tick can be taken back.
  const external = analysis.external;
  const chosen = external.filter((e) => p.addEndpoints.has(e.key));
  if (chosen.length > 0) {
    for (const endpoint of chosen) preview.adds.push({ row: endpoint.rows.first, workload: endpointWorkload(endpoint, sheet.name, p.newId()) });
    analysis = aggregateConnections(table, columns, { workloads: p.snapshot.workloads, adding: preview.adds.map((a) => a.workload), noise: p.noiseRules });
  }
  preview.dependencies.push(...candidatesToDependencies(analysis.dependencies, [...p.snapshot.dependencies, ...preview.dependencies], p.newId));
  // A row that names no endpoint is said, and left out; it does not block the rest.
  preview.warnings?.push(...analysis.problems);
  return { ...analysis, external };
}
