import type { ColumnTarget } from '../../excel/header-mapping.js';
import type { Unit } from '../units.js';
import type { WorkloadField } from '../../domain/workload.js';

// The targets presets use, spelled once.

/**
 * TODO(ip-addresses): where discovered IP addresses go. Workloads hold them in
 * `ipAddresses` (added with migration 004); should that field ever be absent, this one
 * line becomes `{ to: 'notes' }` and every preset keeps them in notes instead.
 */
export const IP_FIELD: ColumnTarget = { to: 'field', field: 'ipAddresses' };

export const field = (name: WorkloadField, unit?: Unit): ColumnTarget => (unit ? { to: 'field', field: name, unit } : { to: 'field', field: name });
export const NOTES: ColumnTarget = { to: 'notes' };
export const IGNORE: ColumnTarget = { to: 'ignore' };
