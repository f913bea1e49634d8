import type { DataClass } from './enums.js';

// DESIGN.md, "Sensitivity": restricted (phi), confidential (pii, financial,
// workforce), internal (operational), public.
export const SENSITIVITY_LEVELS = ['public', 'internal', 'confidential', 'restricted'] as const;
export type Sensitivity = (typeof SENSITIVITY_LEVELS)[number];

export const SENSITIVITY_OF_CLASS: Record<DataClass, Sensitivity> = {
  phi: 'restricted',
  pii: 'confidential',
  financial: 'confidential',
  workforce: 'confidential',
  operational: 'internal',
  public: 'public',
};

export function sensitivityRank(level: Sensitivity): number {
  return SENSITIVITY_LEVELS.indexOf(level);
}

/** The highest level any of the classes implies; public when there are none. */
export function highestSensitivity(classes: readonly DataClass[]): Sensitivity {
  let best: Sensitivity = 'public';
  for (const c of classes) {
    const level = SENSITIVITY_OF_CLASS[c];
    if (sensitivityRank(level) > sensitivityRank(best)) best = level;
  }
  return best;
}

export interface SensitivitySource {
  level: Sensitivity;
  /** Where the level came from, in words: "restricted: receives PHI from EHR HL7/FHIR interface engine". */
  reason: string;
}

interface Touching {
  id: string;
  name: string;
  environment: string;
  masked: boolean;
  dataClasses: readonly DataClass[];
}

interface Carrying {
  consumerId: string;
  providerId: string;
  dataClasses: readonly DataClass[];
}

/**
 * Effective sensitivity (DESIGN.md): the highest of a workload's own classes and the
 * classes carried by any dependency touching it; a masked non-production workload
 * counts its own classes as internal. One pass over the dependencies: O(W + D).
 */
export function effectiveSensitivities(workloads: readonly Touching[], dependencies: readonly Carrying[]): Map<string, SensitivitySource> {
  const byId = new Map(workloads.map((w) => [w.id, w]));
  const result = new Map<string, SensitivitySource>();
  for (const w of workloads) {
    const own = highestSensitivity(w.dataClasses);
    if (w.masked && w.environment !== 'production' && sensitivityRank(own) > sensitivityRank('internal')) {
      result.set(w.id, { level: 'internal', reason: `internal: its own ${w.dataClasses.join(', ').toUpperCase()} data is masked` });
    } else {
      const strongest = w.dataClasses.find((c) => SENSITIVITY_OF_CLASS[c] === own);
      result.set(w.id, { level: own, reason: strongest ? `${own}: holds ${labelClass(strongest)} data` : `${own}: no data classes recorded` });
    }
  }
  for (const d of dependencies) {
    const carried = highestSensitivity(d.dataClasses);
    if (d.dataClasses.length === 0) continue;
    const strongest = d.dataClasses.find((c) => SENSITIVITY_OF_CLASS[c] === carried) as DataClass;
    for (const [id, otherId, verb] of [
      [d.consumerId, d.providerId, 'receives'],
      [d.providerId, d.consumerId, 'sends'],
    ] as const) {
      const current = result.get(id);
      if (!current || sensitivityRank(carried) <= sensitivityRank(current.level)) continue;
      const other = byId.get(otherId)?.name ?? otherId;
      result.set(id, { level: carried, reason: `${carried}: ${verb} ${labelClass(strongest)} ${verb === 'receives' ? 'from' : 'to'} ${other}` });
    }
  }
  return result;
}

function labelClass(c: DataClass): string {
  return c === 'phi' || c === 'pii' ? c.toUpperCase() : c;
}
