import type { ColumnTarget } from '../header-mapping.js';
import type { Unit } from '../units.js';
import type { WorkloadField } from '../../domain/workload.js';

// The targets presets use, spelled once.

/** Where discovered IP addresses go: the workload's `ipAddresses` (migration 004), by which connections are matched. */
export const IP_FIELD: ColumnTarget = { to: 'field', field: 'ipAddresses' };

export const field = (name: WorkloadField, unit?: Unit): ColumnTarget => (unit ? { to: 'field', field: name, unit } : { to: 'field', field: name });
export const NOTES: ColumnTarget = { to: 'notes' };
export const IGNORE: ColumnTarget = { to: 'ignore' };
