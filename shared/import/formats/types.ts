import type { Environment } from '../../domain/enums.js';
import type { WorkloadField } from '../../domain/workload.js';
import type { DependencyRole } from '../dependency-import.js';
import type { Mapping } from '../header-mapping.js';
import type { Unit } from '../units.js';
import type { ConnectionColumns as PlainConnectionColumns } from '../connection-columns.js';

// What recognising a discovery export says about a file: which export it is, which sheet
// holds the workloads and how its columns map (a preset the mapping step still lets a
// person change), which sheets add detail, where the dependencies are, which rows are
// discovery noise and what the names suggest about environments. Everything here is a
// suggestion the import shows; nothing is applied by recognising.

/** A sheet as `readSpreadsheet` gives it: header row first, rows ragged. */
export interface SheetRows {
  name: string;
  rows: string[][];
}

/** The part of `readSpreadsheet`'s answer recognition reads. */
export interface SpreadsheetFile {
  sheets: readonly SheetRows[];
}

export type FormatId =
  | 'rvtools'
  | 'azure-migrate-import'
  | 'azure-migrate-assessment'
  | 'azure-migrate-dependencies'
  | 'aws-discovery-import'
  | 'aws-discovery-connections'
  | 'aws-migration-factory'
  | 'servicenow-cmdb'
  | 'konveyor'
  | 'waveplan';

/** The headers that made a sheet look like the export, as the file spells them. */
export interface HeaderEvidence {
  sheet: string;
  matched: string[];
  /** How many headers the export's signature lists for this sheet. */
  expected: number;
}

/** A column list the preset adds up into one field (Azure Migrate's "Disk 1 size" … "Disk 8 size"). */
export interface FieldTotal {
  field: WorkloadField;
  /** 0-based column indexes in the inventory sheet. */
  columns: number[];
  unit?: Unit;
}

export interface InventorySpec {
  sheet: string;
  /** One target per column of the sheet's header row, units included. */
  mapping: Mapping;
  /** The rows that are workloads, when the sheet mixes record types (Konveyor's record type 1). */
  rows?: (row: readonly string[]) => boolean;
  /** Fields better read as the sum of several columns; the mapping holds the first of them. */
  totals?: FieldTotal[];
}

/** How an enrichment row finds its workload. */
export type EnrichmentJoin =
  /** This sheet's column holds the workload's name (the inventory's name column). */
  | { by: 'workload-name'; column: string }
  /** This sheet's column equals the inventory sheet's column (RVTools vHost "Host" = vInfo "Host"). */
  | { by: 'column'; column: string; inventoryColumn: string };

export interface EnrichmentSpec {
  sheet: string;
  kind: 'disks' | 'partitions' | 'networks' | 'hosts' | 'records';
  join: EnrichmentJoin;
  /** The columns worth reading, as the file spells them, with their unit. */
  columns: { header: string; meaning: string; unit?: Unit }[];
}

/**
 * 0-based column indexes of an observed-connections table (aggregated by
 * shared/import/connections.ts). The roles are those of shared/import/connection-columns.ts,
 * so a match's columns can be handed over as they are; `monitoredName` and `direction`
 * are extra.
 */
export interface ConnectionColumns extends PlainConnectionColumns {
  /**
   * Service Map (agent-based) rows name only the monitored machine, with a direction:
   * an outbound row starts on it, an inbound row ends on it. So its name is the source
   * or the destination depending on `direction`, and is not given as either.
   */
  monitoredName?: number;
  direction?: number;
}

export type DependencySpec =
  | {
      sheet: string;
      layout: 'table';
      /** One role per column, as `addDependencyTable` takes them. */
      roles: DependencyRole[];
      /** The rows that are dependencies, when the sheet mixes record types or relation kinds. */
      rows?: (row: readonly string[]) => boolean;
      /**
       * How the direction column's values read, when they are not the plain words
       * `addDependencyTable` knows (ServiceNow's "Depends on::Used by"): upstream means
       * the consumer column depends on the provider column.
       */
      directionOf?: (value: string) => 'upstream' | 'downstream' | null;
    }
  | { sheet: string; layout: 'connections'; columns: ConnectionColumns };

/** Discovery noise: rows that are rarely workloads to migrate. */
export type NoiseKind = 'template' | 'system' | 'powered-off';

export interface NoiseRules {
  sheet: string;
  /** What a body row (not the header) is, when it is noise. */
  classify: (row: readonly string[]) => NoiseKind | null;
  /** Why each kind is noise, in a sentence for the import step. */
  reasons: Record<NoiseKind, string>;
}

export interface EnvironmentHint {
  environment: Environment;
  from: 'name' | 'folder' | 'cluster' | 'annotation';
  /** The cell the hint came from. */
  text: string;
  /** The word in it that said so ("prd"). */
  token: string;
}

export interface FormatMatch {
  id: FormatId;
  /** For people: "RVTools export, 4.x headers (MiB)". */
  label: string;
  /** 0…1: the share of the export's signature headers found. */
  confidence: number;
  evidence: HeaderEvidence[];
  /** Where the preset's column list comes from, and what could not be confirmed. */
  source: string;
  /** Null when the file holds only dependencies (an Azure dependency export, cmdb_rel_ci alone). */
  inventory: InventorySpec | null;
  enrichment: EnrichmentSpec[];
  dependencies: DependencySpec[];
  noise: NoiseRules | null;
  /** Suggestions only, read from the inventory sheet's body rows; never applied. */
  environmentHints: ((row: readonly string[]) => EnvironmentHint | null) | null;
}

/** One vendor's recogniser: a match for the file, or null when it is not that export. */
export type Recogniser = (file: SpreadsheetFile) => FormatMatch | null;
