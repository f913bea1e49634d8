import type { Dependency } from '../domain/dependency.js';
import type { Tier } from '../domain/enums.js';
import type { Sensitivity, SensitivityMap } from '../domain/sensitivity.js';
import type { Workload } from '../domain/workload.js';
import type { DependencyCycle } from '../graph/cycles.js';
import type { TierRecommendations } from '../tiers/recommend.js';
import type { SystemRuns } from './system-runs.js';

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface FindingTexts {
  /** One line that names what is involved. */
  title: string;
  /** What it means, for the client. */
  meaning: string;
  /** What to do about it. */
  action: string;
}

export interface Finding extends FindingTexts {
  /** Stable across recomputation, so a selection survives edits. */
  key: string;
  /** The id of the check that raised it (FINDING_RULES). */
  rule: string;
  severity: Severity;
  workloadIds: readonly string[];
  dependencyIds: readonly string[];
  /** The reason the architect gave, when they accepted this risk. */
  acceptedRisk?: string;
  /**
   * What in particular this finding is about, where findings of one check differ in the
   * controls they concern (a readiness finding: the checks it misses). The controls table
   * (shared/controls/finding-controls.ts) reads it; most findings have none.
   */
  readonly aspects?: readonly string[];
}

/** What every check reads, worked out once per estate. */
export interface FindingContext {
  workloads: readonly Workload[];
  sensitivity: SensitivityMap;
  recommendations: TierRecommendations;
  // Checks walk every workload on every edit, so the per-workload facts are read by
  // position in `workloads` (no lookups by id in the hot loops).
  /** The tier the workload at a position is planned on (chosen, else recommended). */
  tierAt(position: number): Tier;
  levelAt(position: number): Sensitivity;
  /** The dependencies carrying PHI that touch the workload at a position, either way. */
  restrictedFlowsAt(position: number): readonly Dependency[];
  /** The same flows one by one with the position of the other end, making no list. */
  forEachRestrictedFlow(position: number, visit: (dependency: Dependency, otherEnd: number) => void): void;
  cycles: readonly DependencyCycle[];
  nameOf(id: string): string;
  /** The workloads of each system and tenant, by environment (see system-runs.ts). */
  systems(): SystemRuns;
  /** The estate's setting: unclassified production is planned as restricted (tiers/classification.ts). */
  unclassifiedAsRestricted: boolean;
}

export interface FindingRule {
  id: string;
  /** The check's name, as the Findings view filters by it. */
  name: string;
  detect(context: FindingContext): Finding[];
}

type FindingBase = Omit<Finding, keyof FindingTexts | 'key'> & { keyPart?: string };

/**
 * A finding's words, built only when read: a 10,000-workload estate can raise
 * thousands, and recomputing on every edit must stay cheap (only visible rows read them).
 */
abstract class WordedFinding {
  private texts: FindingTexts | undefined;
  constructor(private readonly describe: () => FindingTexts) {}
  private get words(): FindingTexts {
    return (this.texts ??= this.describe());
  }
  get title(): string {
    return this.words.title;
  }
  get meaning(): string {
    return this.words.meaning;
  }
  get action(): string {
    return this.words.action;
  }
}

/** Any finding, from the fields a check gives (which may be getters, e.g. a cycle's members, built only if read). */
class LazyFinding extends WordedFinding implements Finding {
  constructor(
    private readonly base: FindingBase,
    describe: () => FindingTexts,
  ) {
    super(describe);
  }
  get rule(): string {
    return this.base.rule;
  }
  get severity(): Severity {
    return this.base.severity;
  }
  get workloadIds(): readonly string[] {
    return this.base.workloadIds;
  }
  get dependencyIds(): readonly string[] {
    return this.base.dependencyIds;
  }
  get acceptedRisk(): string | undefined {
    return this.base.acceptedRisk;
  }
  get key(): string {
    return `${this.base.rule}:${this.base.keyPart ?? this.base.workloadIds[0] ?? ''}`;
  }
}

/**
 * A finding about one workload (and maybe the dependencies that carry the problem),
 * the common case. Its id lists are made when read, so an estate raising thousands
 * allocates little more than the finding itself.
 */
class WorkloadFinding extends WordedFinding implements Finding {
  private ids: readonly string[] | undefined;
  private depIds: readonly string[] | undefined;
  private aspectList: readonly string[] | undefined;
  constructor(
    readonly rule: string,
    readonly severity: Severity,
    private readonly workload: Pick<Workload, 'id'>,
    private readonly dependencies: readonly Pick<Dependency, 'id'>[],
    describe: () => FindingTexts,
    readonly acceptedRisk: string | undefined,
    private readonly aspectsOf: (() => readonly string[]) | undefined,
  ) {
    super(describe);
  }
  get aspects(): readonly string[] | undefined {
    return this.aspectsOf ? (this.aspectList ??= this.aspectsOf()) : undefined;
  }
  get key(): string {
    return `${this.rule}:${this.workload.id}`;
  }
  get workloadIds(): readonly string[] {
    return (this.ids ??= [this.workload.id]);
  }
  get dependencyIds(): readonly string[] {
    return (this.depIds ??= this.dependencies.map((d) => d.id));
  }
}

const NO_DEPENDENCIES: readonly Dependency[] = [];

export function workloadFinding(
  rule: string,
  severity: Severity,
  workload: Workload,
  describe: () => FindingTexts,
  options: { dependencies?: readonly Dependency[]; acceptedRisk?: string | undefined; aspects?: () => readonly string[] } = {},
): Finding {
  return new WorkloadFinding(rule, severity, workload, options.dependencies ?? NO_DEPENDENCIES, describe, options.acceptedRisk, options.aspects);
}

/** A finding; its key is the rule and `keyPart`, else its first workload. */
export function finding(base: FindingBase, describe: () => FindingTexts): Finding {
  return new LazyFinding(base, describe);
}

/** "A", "A and B", "A, B and 3 more". */
/** Findings from every source (estate, planner, runbooks), most severe first; stable within a severity. */
export function mostSevereFirst(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

export function listNames(names: readonly string[], max = 3): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length <= max) return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}
