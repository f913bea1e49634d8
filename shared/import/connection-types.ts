import type { Coupling, DependencyKind } from '../domain/enums.js';
import type { ImportProblem } from './import-plan.js';
import type { NoiseRule } from './connection-noise.js';
import type { NameCount, PortCount } from './connection-text.js';
import type { ConnectionWorkload } from './connection-tokens.js';

// What aggregating observed connections gives (connections.ts): candidate dependencies,
// external endpoints, what each noise rule left out, and the totals that account for
// every connection.

export interface ConnectionTable {
  /** Named in problems and notes. */
  sheet: string;
  /** The header row first; rows may be ragged. */
  rows: readonly (readonly string[])[];
}

export interface ConnectionOptions {
  /** The estate's workloads. */
  workloads: readonly ConnectionWorkload[];
  /** Workloads the import is about to add; matched after the estate's. */
  adding?: readonly ConnectionWorkload[];
  /** The noise rules, in order (the first that matches a connection counts it); DEFAULT_NOISE_RULES if absent. */
  noise?: readonly NoiseRule[];
  /** Problems listed before the rest are only counted (problemsLeftOut); 1,000 if absent. */
  maxProblems?: number;
}

export interface CandidateDependency {
  consumerId: string;
  providerId: string;
  consumerName: string;
  providerName: string;
  kind: DependencyKind;
  coupling: Coupling;
  /** "tcp/5432 (postgres), tcp/443 (https)", busiest first, at most 200 characters. */
  protocol: string;
  connections: number;
  /** Busiest first, at most 50; morePorts counts the rest. */
  ports: PortCount[];
  morePorts: number;
  /** Process (or, without one, application) names on each end, busiest first, at most 20. */
  sourceProcesses: NameCount[];
  destinationProcesses: NameCount[];
  /** The evidence: the sheet, and its row numbers (the header is row 1) of the first and last connection counted. */
  sheet: string;
  rows: { first: number; last: number };
  /** Names on this pair's rows that matched by name though their address belongs to another workload. */
  mismatches: NameAddressMismatch[];
}

export interface ExternalEndpoint {
  /** "name:db01" or "ip:10.0.0.5": stable, for "ignore" lists. */
  key: string;
  /** A server name as written (the first in sort order of its spellings), else the address. */
  name: string;
  /** Addresses seen for it (at most 20). */
  addresses: string[];
  connections: number;
  /** Connections it opened, and connections opened to it. */
  asSource: number;
  asDestination: number;
  /** Ports it was connected to on, busiest first, at most 50. */
  ports: PortCount[];
  /** Workloads that connect to it, and workloads it connects to (ids, in the workloads' order). */
  calledBy: string[];
  calls: string[];
  rows: { first: number; last: number };
}

/** A server name that matched one workload while its address belongs to another: the name was used. */
export interface NameAddressMismatch {
  side: 'source' | 'destination';
  name: string;
  address: string;
  nameWorkloadId: string;
  addressWorkloadId: string;
  addressWorkloadName: string;
  connections: number;
  firstRow: number;
}

export interface FilteredCount {
  ruleId: string;
  label: string;
  count: number;
}

/** Connections (a row's count, else 1) by what became of them. */
export interface ConnectionTotals {
  /** Rows read (blank rows are not counted). */
  rows: number;
  connections: number;
  /** Between two different workloads: in `dependencies`. */
  kept: number;
  filtered: number;
  selfLoops: number;
  /** With at least one end that is no workload: in `external`. */
  unmatched: number;
  /** Without a source or destination: in `problems`. */
  invalid: number;
}

export interface ConnectionAnalysis {
  dependencies: CandidateDependency[];
  external: ExternalEndpoint[];
  /** Every enabled rule, in the rules' order, with the connections it left out. */
  filtered: FilteredCount[];
  /** Connections from a workload (or an external endpoint) to itself. */
  selfLoops: number;
  problems: ImportProblem[];
  problemsLeftOut: number;
  mismatches: NameAddressMismatch[];
  totals: ConnectionTotals;
}
