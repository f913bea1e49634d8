import { WORKLOAD_KINDS, type WorkloadKind } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';

// A size the inventory does not record is not 0: it is priced at the median of the
// recorded sizes of workloads of the same kind (docs/domain-rules.md, "Costs", "Ranges"),
// and the range around it is wide. With no recorded size of that kind, 0.

export type SizeField = 'vcpu' | 'memoryGb' | 'storageGb';
export const SIZE_FIELDS: readonly SizeField[] = ['vcpu', 'memoryGb', 'storageGb'];
export type KindSizes = Record<WorkloadKind, Record<SizeField, number>>;

function median(list: number[]): number {
  if (list.length === 0) return 0;
  // A typed array sorts numbers natively, several times faster than a comparator.
  const values = Float64Array.from(list).sort();
  const mid = values.length >> 1;
  return values.length % 2 ? (values[mid] as number) : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
}

/** The median recorded vCPU, memory and storage of each kind, in one pass and a sort per kind. */
export function kindMedians(workloads: readonly Workload[]): KindSizes {
  const seen = Object.fromEntries(WORKLOAD_KINDS.map((k) => [k, { vcpu: [] as number[], memoryGb: [] as number[], storageGb: [] as number[] }])) as Record<WorkloadKind, Record<SizeField, number[]>>;
  for (const w of workloads) {
    const lists = seen[w.kind];
    for (const f of SIZE_FIELDS) {
      const v = w[f];
      if (v !== null) lists[f].push(v);
    }
  }
  return Object.fromEntries(WORKLOAD_KINDS.map((k) => [k, { vcpu: median(seen[k].vcpu), memoryGb: median(seen[k].memoryGb), storageGb: median(seen[k].storageGb) }])) as KindSizes;
}
