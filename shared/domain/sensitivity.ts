import type { DataClass } from './enums.js';

// DESIGN.md, "Sensitivity": restricted (phi), confidential (pii, financial,
// workforce), internal (operational), public.
export const SENSITIVITY_LEVELS = ['public', 'internal', 'confidential', 'restricted'] as const;
export type Sensitivity = (typeof SENSITIVITY_LEVELS)[number];

/** Most sensitive first, as filters and summaries list them. */
export const SENSITIVITY_LEVELS_HIGH_FIRST: readonly Sensitivity[] = [...SENSITIVITY_LEVELS].reverse();

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
  readonly reason: string;
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

const RANK: Record<Sensitivity, number> = { public: 0, internal: 1, confidential: 2, restricted: 3 };

/**
 * One workload's level and its cause. The sentence is built only when read (a
 * tooltip, the detail panel), so recomputing a large estate on every edit stays cheap.
 */
class Source implements SensitivitySource {
  constructor(
    readonly level: Sensitivity,
    private readonly cause: 'holds' | 'masked' | 'none' | 'receives' | 'sends',
    private readonly dataClass: DataClass | undefined,
    private readonly other: string | undefined = undefined,
    private readonly ownClasses: readonly DataClass[] = [],
  ) {}

  get reason(): string {
    const c = this.dataClass && labelClass(this.dataClass);
    switch (this.cause) {
      case 'holds':
        return `${this.level}: holds ${c} data`;
      case 'masked':
        return `internal: its own ${this.ownClasses.map(labelClass).join(', ')} data is masked`;
      case 'none':
        return `${this.level}: no data classes recorded`;
      case 'receives':
        return `${this.level}: receives ${c} from ${this.other}`;
      case 'sends':
        return `${this.level}: sends ${c} to ${this.other}`;
    }
  }
}

function strongestClass(classes: readonly DataClass[]): DataClass | undefined {
  let best: DataClass | undefined;
  for (const c of classes) if (best === undefined || RANK[SENSITIVITY_OF_CLASS[c]] > RANK[SENSITIVITY_OF_CLASS[best]]) best = c;
  return best;
}

/**
 * Effective sensitivity (DESIGN.md): the highest of a workload's own classes and the
 * classes carried by any dependency touching it; a masked non-production workload
 * counts its own classes as internal. One pass over each list: O(W + D).
 */
export function effectiveSensitivities(workloads: readonly Touching[], dependencies: readonly Carrying[]): Map<string, SensitivitySource> {
  const names = new Map<string, string>();
  const result = new Map<string, Source>();
  for (const w of workloads) {
    names.set(w.id, w.name);
    const strongest = strongestClass(w.dataClasses);
    const own = strongest ? SENSITIVITY_OF_CLASS[strongest] : 'public';
    if (w.masked && w.environment !== 'production' && RANK[own] > RANK.internal) result.set(w.id, new Source('internal', 'masked', undefined, undefined, w.dataClasses));
    else result.set(w.id, strongest ? new Source(own, 'holds', strongest) : new Source('public', 'none', undefined, undefined));
  }
  for (const d of dependencies) {
    const strongest = strongestClass(d.dataClasses);
    if (!strongest) continue;
    const carried = SENSITIVITY_OF_CLASS[strongest];
    const consumer = result.get(d.consumerId);
    if (consumer && RANK[carried] > RANK[consumer.level]) result.set(d.consumerId, new Source(carried, 'receives', strongest, names.get(d.providerId) ?? d.providerId));
    const provider = result.get(d.providerId);
    if (provider && RANK[carried] > RANK[provider.level]) result.set(d.providerId, new Source(carried, 'sends', strongest, names.get(d.consumerId) ?? d.consumerId));
  }
  return result;
}

function labelClass(c: DataClass): string {
  return c === 'phi' || c === 'pii' ? c.toUpperCase() : c;
}
