import type { WorkloadField } from '../domain/workload.js';
import { currencyUnit, isCurrency, unitFamily, unitLabel, type Unit } from './units.js';

// Converting a column's values into the unit their field stores.
//
// The convention for sizes, stated once: Waveplan's size fields (memory, storage,
// database) hold GB as inventories, hypervisors and cloud price lists use the word, and
// a column is scaled by its PREFIX, not its base:
//   decimal, as vendors write them: KB = 1/1,000,000 GB, MB = 1/1000 GB, TB = 1000 GB;
//   binary: KiB = 1/1024² GB, MiB = 1/1024 GB, TiB = 1024 GB; GiB = GB; bytes count as 1024³ per GB.
// So "Memory (MiB)" 4096 is 4 GB, "Disk (MB)" 500,000 is 500 GB and "RAM (GB)" 16 stays 16.
// Why not exact bytes (1 GiB = 1.074 GB)? The field cannot say which GB a file meant:
// memory "GB" in every hypervisor is 1024³ bytes, a disk vendor's is 1000³, and a 16 GB VM
// must read 16 whichever tool exported it, or the cloud sizes picked from it go one up.
//
// Durations are calendar time (1 d = 24 h) for recovery objectives; effort is in working
// days of 8 hours, since "Effort (hrs)" counts hours of work.

/** Each size unit in the size fields' GB, by the convention above. */
const SIZE_GB: Record<string, number> = {
  B: 1 / 1024 ** 3,
  KB: 1 / 1000 ** 2,
  MB: 1 / 1000,
  GB: 1,
  TB: 1000,
  KiB: 1 / 1024 ** 2,
  MiB: 1 / 1024,
  GiB: 1,
  TiB: 1024,
};
const DURATION_MINUTES: Record<string, number> = { s: 1 / 60, min: 1, h: 60, d: 1440 };
const WORKDAY_MINUTES = 8 * 60;

/** The unit a numeric field stores; `currency` is the estate's (its rate card's). */
export function fieldUnit(field: WorkloadField, currency: string): Unit | undefined {
  switch (field) {
    // The data change rate is GB a day: its size unit converts (MB, TB) and the day stays.
    case 'memoryGb':
    case 'storageGb':
    case 'databaseGb':
    case 'dataChangeGbPerDay':
      return 'GB';
    case 'rpoMinutes':
    case 'rtoMinutes':
      return 'min';
    case 'effortDays':
      return 'd';
    case 'currentMonthlyCost':
      return currencyUnit(currency);
    case 'cpuUtilisationPct':
    case 'memoryUtilisationPct':
      return '%';
    default:
      return undefined;
  }
}

/** Whether a column in `unit` can feed `field` at all (a "CPU %" column cannot feed vCPU). */
export function fitsField(unit: Unit, field: WorkloadField): boolean {
  const own = fieldUnit(field, 'EUR');
  return own !== undefined && unitFamily(own) === unitFamily(unit);
}

/** The units a field's column may be in, for the mapping step's select; the field's own first. */
export function unitsFor(field: WorkloadField, currency: string, stated?: Unit): Unit[] {
  const own = fieldUnit(field, currency);
  if (!own) return [];
  const family = unitFamily(own);
  const base: Unit[] = family === 'size' ? ['GB', 'MB', 'TB', 'GiB', 'MiB', 'TiB', 'B'] : family === 'duration' ? (field === 'effortDays' ? ['d', 'h'] : ['min', 'h', 'd', 's']) : [own];
  const all = stated && !base.includes(stated) ? [...base, stated] : base;
  return [own, ...all.filter((u) => u !== own)];
}

export type Conversion = { ok: true; value: number } | { ok: false; error: string };

/** `value` in `from`, expressed in `to`; both of one family (sizes by the prefix convention). */
export function convert(value: number, from: Unit, to: Unit): Conversion {
  if (from === to) return { ok: true, value };
  const family = unitFamily(from);
  if (family !== unitFamily(to)) return { ok: false, error: `${unitLabel(from)} cannot be turned into ${unitLabel(to)}` };
  if (family === 'size') return { ok: true, value: (value * (SIZE_GB[from] ?? 1)) / (SIZE_GB[to] ?? 1) };
  if (family === 'duration') return { ok: true, value: (value * (DURATION_MINUTES[from] ?? 1)) / (DURATION_MINUTES[to] ?? 1) };
  if (isCurrency(from)) return { ok: false, error: `Amounts in ${unitLabel(from)} are not converted to ${unitLabel(to)} (no exchange rate is known)` };
  return { ok: true, value };
}

/** A column's value in its field's unit; effort counts working days of 8 hours. */
export function toFieldUnit(value: number, from: Unit, field: WorkloadField, currency: string): Conversion {
  const own = fieldUnit(field, currency);
  if (!own) return { ok: true, value };
  // Memory is sized in powers of two whatever a header calls it: "Memory (MB)" 16384 is 16 GB, as RVTools and Azure mean it.
  if (field === 'memoryGb' && (from === 'MB' || from === 'KB')) return convert(value, from === 'MB' ? 'MiB' : 'KiB', own);
  if (field === 'effortDays' && unitFamily(from) === 'duration' && from !== 'd') {
    const minutes = convert(value, from, 'min');
    return minutes.ok ? { ok: true, value: minutes.value / WORKDAY_MINUTES } : minutes;
  }
  return convert(value, from, own);
}
