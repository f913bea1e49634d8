import type { Dependency } from './dependency.js';

/**
 * The estate as integers: workload i is ids[i], dependency j runs from consumer[j] to
 * provider[j] (-1 when an end is not in the estate), and the providers of workload i
 * are out[outStart[i] .. outStart[i + 1]) as dependency indexes (compressed rows;
 * dependencies with a missing end are left out).
 * Whole-estate analyses run on every edit; typed arrays keep them within a few
 * multiples of one pass over a 10,000 / 50,000 estate, where Maps of objects do not.
 */
export interface EstateIndex {
  ids: readonly string[];
  indexOf: ReadonlyMap<string, number>;
  consumer: Int32Array;
  provider: Int32Array;
  outStart: Int32Array;
  out: Int32Array;
}

export function indexEstate(workloadIds: readonly string[], dependencies: readonly Pick<Dependency, 'consumerId' | 'providerId'>[]): EstateIndex {
  const n = workloadIds.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set(workloadIds[i] as string, i);
  const m = dependencies.length;
  const consumer = new Int32Array(m);
  const provider = new Int32Array(m);
  const outStart = new Int32Array(n + 1);
  for (let j = 0; j < m; j++) {
    const d = dependencies[j] as Pick<Dependency, 'consumerId' | 'providerId'>;
    const c = indexOf.get(d.consumerId) ?? -1;
    const p = indexOf.get(d.providerId) ?? -1;
    consumer[j] = c;
    provider[j] = p;
    if (c >= 0 && p >= 0) outStart[c + 1] = (outStart[c + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) (outStart[i + 1] as number) += outStart[i] as number;
  const fill = outStart.slice(0, n);
  const out = new Int32Array(outStart[n] as number);
  for (let j = 0; j < m; j++) {
    const c = consumer[j] as number;
    if (c < 0 || (provider[j] as number) < 0) continue;
    const at = fill[c] as number;
    out[at] = j;
    fill[c] = at + 1;
  }
  return { ids: workloadIds, indexOf, consumer, provider, outStart, out };
}
