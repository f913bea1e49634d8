import type { EstateContent } from '../estate/estate.js';
import type { ImportPreview } from './import-types.js';

// Names in an import matched to workloads, for the "Depends on" column and for
// dependency tables alike.

/**
 * What a dependency in an import can point at: the estate's workloads and those the
 * preview adds, by name; and the pairs already linked (in the estate, or earlier in the
 * import), which are not linked twice. Both ways dependencies come in use it.
 */
export function dependencyTargets(estate: EstateContent, preview: ImportPreview) {
  const named = new Map<string, string>();
  for (const w of estate.workloads) named.set(w.name.trim().toLowerCase(), w.id);
  for (const a of preview.adds) named.set(a.workload.name.trim().toLowerCase(), a.workload.id);
  // A host name also finds its short form ("web01.corp.example.com" → web01), when only one workload has it.
  const short = new Map<string, string | null>();
  for (const [name, id] of named) {
    const k = shortHostName(name);
    short.set(k, short.has(k) && short.get(k) !== id ? null : id);
  }
  const linked = new Set([...estate.dependencies, ...preview.dependencies].map((d) => `${d.consumerId}>${d.providerId}`));
  return {
    idOf: (name: string) => named.get(name.trim().toLowerCase()) ?? short.get(shortHostName(name)) ?? undefined,
    /** Why a name finds no workload: it is nowhere, or on a row left out for its own problem. */
    notFound(name: string): string {
      const leftOut = preview.skipped.find((s) => s.name.trim().toLowerCase() === name.trim().toLowerCase());
      return leftOut ? `“${name}” is on row ${leftOut.row}, which is left out for its own problem` : `No workload named “${name}” in the estate or the file`;
    },
    /** True the first time a pair is seen (a link to add); false when it is linked already. */
    link(consumerId: string, providerId: string): boolean {
      const pair = `${consumerId}>${providerId}`;
      if (linked.has(pair)) return false;
      linked.add(pair);
      return true;
    },
  };
}

/** A host name's first label ("EHR-HL7-PRD01.clinic.local" → "ehr-hl7-prd01"); any other name as it is, lower-cased. */
export function shortHostName(name: string): string {
  const t = name.trim().toLowerCase();
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(t) && !/^\d+(\.\d+){3}$/.test(t) ? (t.split('.')[0] ?? t) : t;
}
