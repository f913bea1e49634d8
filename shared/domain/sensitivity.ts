import { DATA_CLASSES, type DataClass } from './enums.js';
import { indexEstate, type EstateIndex } from './estate-index.js';
import { IndexedMap } from './indexed-map.js';
import { holdsProductionData } from './production-data.js';

// ARCHITECTURE.md, "Sensitivity": restricted (phi), confidential (pii, financial,
// workforce), internal (operational), public. A workload with no data classes, that no
// dependency carries any to, is unclassified: nothing is known, which in a healthcare
// estate is not the same as public (the tier rules treat unclassified production as
// restricted until it is classified; tiers/rules.ts).
export const SENSITIVITY_LEVELS = ['unclassified', 'public', 'internal', 'confidential', 'restricted'] as const;
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

/** The highest level any of the classes implies; unclassified when there are none. */
export function highestSensitivity(classes: readonly DataClass[]): Sensitivity {
  let best: Sensitivity = 'unclassified';
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

const RANK: Record<Sensitivity, number> = { unclassified: 0, public: 1, internal: 2, confidential: 3, restricted: 4 };

/**
 * One workload's level and its cause. The sentence is built only when read (a
 * tooltip, the detail panel), so recomputing a large estate on every edit stays cheap.
 */
class Source implements SensitivitySource {
  constructor(
    readonly level: Sensitivity,
    readonly cause: 'holds' | 'masked' | 'none' | 'receives' | 'sends',
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
        return 'unclassified: no data classes recorded, and no dependency carries any';
      case 'receives':
        return `${this.level}: receives ${c} from ${this.other}`;
      case 'sends':
        return `${this.level}: sends ${c} to ${this.other}`;
    }
  }
}

// Data classes as positions in DATA_CLASSES, ranked by the level each implies.
const CLASS_RANK = Int8Array.from(DATA_CLASSES, (c) => RANK[SENSITIVITY_OF_CLASS[c]]);
const PHI = DATA_CLASSES.indexOf('phi');
const PII = DATA_CLASSES.indexOf('pii');
const PUBLIC = DATA_CLASSES.indexOf('public');
const FINANCIAL = DATA_CLASSES.indexOf('financial');
const WORKFORCE = DATA_CLASSES.indexOf('workforce');
const OPERATIONAL = DATA_CLASSES.indexOf('operational');

/**
 * A class's position, told from its first letters: this runs for every class of every
 * workload and dependency on each edit, and two character reads beat a hash lookup.
 * The unit test checks it against DATA_CLASSES.
 */
export function classPosition(c: DataClass): number {
  switch (c.charCodeAt(0)) {
    case 112: // p: phi, pii, public
      return c.charCodeAt(1) === 104 ? PHI : c.charCodeAt(1) === 105 ? PII : PUBLIC;
    case 102: // f
      return FINANCIAL;
    case 119: // w
      return WORKFORCE;
    default: // o
      return OPERATIONAL;
  }
}
const CAUSES = ['holds', 'masked', 'none', 'receives', 'sends'] as const;
const [HOLDS, MASKED, NONE, RECEIVES, SENDS] = [0, 1, 2, 3, 4];

/** The position of the most sensitive class in the list, or -1 when it is empty. */
function strongestClass(classes: readonly DataClass[]): number {
  let best = -1;
  for (let k = 0; k < classes.length; k++) {
    const at = classPosition(classes[k] as DataClass);
    if (best < 0 || (CLASS_RANK[at] as number) > (CLASS_RANK[best] as number)) best = at;
  }
  return best;
}

/**
 * Effective sensitivity (docs/domain-rules.md, "Sensitivity"): the highest of a workload's own classes and the
 * classes carried by any dependency touching it; a masked non-production workload
 * counts its own classes as internal. One pass over each list, on typed arrays, since
 * it reruns on every edit; each workload's answer becomes an object when first read.
 * Pass `index` when the caller has one for the same lists.
 */
export function effectiveSensitivities(
  workloads: readonly Touching[],
  dependencies: readonly Carrying[],
  index: EstateIndex = indexEstate(
    workloads.map((w) => w.id),
    dependencies,
  ),
): SensitivityMap {
  const n = workloads.length;
  const rank = new Int8Array(n);
  const cause = new Uint8Array(n);
  const why = new Int8Array(n).fill(-1);
  const other = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const w = workloads[i] as Touching;
    const strongest = strongestClass(w.dataClasses);
    const own = strongest < 0 ? 0 : (CLASS_RANK[strongest] as number);
    // Masking counts only where the data is not production's own: a masked flag on
    // production or its DR copy does not make real PHI internal.
    if (w.masked && !holdsProductionData(w) && own > RANK.internal) {
      rank[i] = RANK.internal;
      cause[i] = MASKED;
    } else {
      rank[i] = own;
      cause[i] = strongest < 0 ? NONE : HOLDS;
      why[i] = strongest;
    }
  }
  const raise = (at: number, level: number, how: number, dataClass: number, from: number) => {
    rank[at] = level;
    cause[at] = how;
    why[at] = dataClass;
    other[at] = from;
  };
  const { consumer, provider } = index;
  const carriedRank = new Int8Array(dependencies.length).fill(-1);
  for (let j = 0; j < dependencies.length; j++) {
    const classes = (dependencies[j] as Carrying).dataClasses;
    if (classes.length === 0) continue;
    const strongest = strongestClass(classes);
    const carried = CLASS_RANK[strongest] as number;
    carriedRank[j] = carried;
    const c = consumer[j] as number;
    const p = provider[j] as number;
    if (c < 0 || p < 0) continue;
    if (carried > (rank[c] as number)) raise(c, carried, RECEIVES, strongest, p);
    if (carried > (rank[p] as number)) raise(p, carried, SENDS, strongest, c);
  }
  const map = new IndexedMap(index.ids, index.indexOf, (i) => {
    const w = workloads[i] as Touching;
    const o = other[i] as number;
    const c = why[i] as number;
    return new Source(
      SENSITIVITY_LEVELS[rank[i] as number] as Sensitivity,
      CAUSES[cause[i] as number] as Source['cause'],
      c < 0 ? undefined : DATA_CLASSES[c],
      o >= 0 ? (workloads[o] as Touching).name : undefined,
      w.dataClasses,
    );
  });
  const levelAt = (position: number) => SENSITIVITY_LEVELS[rank[position] ?? 0] as Sensitivity;
  return Object.assign(map, {
    levelAt,
    levelOf: (id: string) => levelAt(index.indexOf.get(id) ?? -1),
    carriesAt: (j: number): Sensitivity | undefined => SENSITIVITY_LEVELS[carriedRank[j] as number],
  });
}

/** Sensitivity by workload id; `levelOf` answers without making the object and its sentence. */
export type SensitivityMap = IndexedMap<SensitivitySource> & {
  levelOf(id: string): Sensitivity;
  levelAt(position: number): Sensitivity;
  /** The level the dependency at a position carries; undefined when it carries no class. */
  carriesAt(dependencyPosition: number): Sensitivity | undefined;
};

function labelClass(c: DataClass): string {
  return c === 'phi' || c === 'pii' ? c.toUpperCase() : c;
}
