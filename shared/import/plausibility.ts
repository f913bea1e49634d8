import type { Workload, WorkloadField } from '../domain/workload.js';

// Values that read without a problem but look wrong for one workload: memory in the
// terabytes (MiB read as GB), more vCPUs than any cloud VM has, an RTO shorter than its
// RPO, a monthly cost per vCPU far from the rest of the column (a yearly amount, or
// cents). Each says what looks wrong and what it probably means. They do not block.

export interface Implausible {
  field: WorkloadField;
  message: string;
}

/** More memory than this for one workload is a unit slip, not a server: 4 TB. */
export const MEMORY_GB_MAX = 4000;
/** The most vCPUs of any cloud VM (the largest memory-optimised sizes). */
export const VCPU_MAX = 448;
/** Storage beyond a petabyte for one workload: MB read as GB. */
export const STORAGE_GB_MAX = 1_000_000;
/** How far a cost per vCPU may stray from the column's median before it is questioned. */
export const COST_RATIO = 20;

const n = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 2 });

/** The checks on one workload alone. */
export function implausible(w: Workload): Implausible[] {
  const found: Implausible[] = [];
  if (w.memoryGb !== null && w.memoryGb > MEMORY_GB_MAX) {
    found.push({ field: 'memoryGb', message: `${n(w.memoryGb)} GB of memory for one workload: looks like MiB (that would be ${n(w.memoryGb / 1024)} GB); set the column’s unit in the mapping` });
  }
  if (w.vcpu !== null && w.vcpu > VCPU_MAX) {
    found.push({ field: 'vcpu', message: `${n(w.vcpu)} vCPU is more than the largest cloud VM has (${VCPU_MAX}): is it a host’s total, or MHz?` });
  }
  for (const field of ['storageGb', 'databaseGb'] as const) {
    const gb = w[field];
    if (gb !== null && gb > STORAGE_GB_MAX) found.push({ field, message: `${n(gb)} GB is over a petabyte for one workload: looks like MB or MiB (that would be ${n(gb / 1024)} GB)` });
  }
  if (w.rtoMinutes !== null && w.rpoMinutes !== null && w.rtoMinutes < w.rpoMinutes) {
    found.push({ field: 'rtoMinutes', message: `RTO of ${n(w.rtoMinutes)} min is shorter than its RPO of ${n(w.rpoMinutes)} min: the columns may be swapped, or in different units` });
  }
  return found;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/** Costs per vCPU far from the column's median: the workload's id and what looks wrong. */
export function outlyingCosts(workloads: readonly Workload[], currency: string): Map<string, string> {
  const perVcpu = workloads.filter((w) => w.currentMonthlyCost !== null && w.currentMonthlyCost > 0 && (w.vcpu ?? 0) > 0).map((w) => ({ w, ratio: (w.currentMonthlyCost ?? 0) / (w.vcpu ?? 1) }));
  const found = new Map<string, string>();
  // Fewer than five rows give no fair median to compare against.
  if (perVcpu.length < 5) return found;
  const m = median(perVcpu.map((x) => x.ratio));
  for (const { w, ratio } of perVcpu) {
    if (ratio > m * COST_RATIO) found.set(w.id, `${n(ratio)} ${currency} a month per vCPU is ${n(ratio / m)}x the column’s median (${n(m)}): a yearly amount, or a total for several servers?`);
    else if (ratio * COST_RATIO < m) found.set(w.id, `${n(ratio)} ${currency} a month per vCPU is 1/${n(m / ratio)} of the column’s median (${n(m)}): a daily amount, or in thousands?`);
  }
  return found;
}
