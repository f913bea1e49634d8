import type { Dependency } from '../domain/dependency.js';
import { TIERS, type Tier } from '../domain/enums.js';
import { indexEstate, type EstateIndex } from '../domain/estate-index.js';
import { effectiveSensitivities, type SensitivityMap } from '../domain/sensitivity.js';
import type { Workload } from '../domain/workload.js';
import { findCycles, type DependencyCycle } from '../graph/cycles.js';
import { effectiveTier, recommendTiers, type TierRecommendations } from '../tiers/recommend.js';
import { tierStrength } from '../tiers/tier-order.js';
import { SEVERITIES, type Finding, type FindingContext, type FindingRule } from './finding.js';
import { restrictedFlows } from './restricted-flows.js';
import { systemRuns, type SystemRuns } from './system-runs.js';
import { FINDING_RULES } from './rules.js';
import { DEFAULT_CLASSIFICATION_SETTINGS, type ClassificationSettings } from '../tiers/classification.js';

export interface EstateAnalysis {
  /** The integer index of the estate the analysis ran on (workload positions, dependency ends). */
  index: EstateIndex;
  sensitivity: SensitivityMap;
  recommendations: TierRecommendations;
  /** The tier a workload is planned on: its chosen tier, else the recommendation. */
  tierOf(id: string): Tier;
  /** The same by estate position (the order of `index.ids`). */
  tierAt(i: number): Tier;
  cycles: readonly DependencyCycle[];
  /** Most severe first; within a severity, in rule order. */
  findings: readonly Finding[];
  /** The findings that name a workload. */
  findingsOf(workloadId: string): readonly Finding[];
}

/**
 * Sensitivity, tier recommendations and findings for a whole estate, recomputed on
 * every edit. It indexes the estate once, and each step is a pass over the workloads
 * or the dependencies (cycles are Tarjan's linear algorithm), so the whole stays
 * within a small multiple of one pass (`npm run bench` measures it).
 */
export function analyseEstate(
  estate: { workloads: readonly Workload[]; dependencies: readonly Dependency[]; classification?: ClassificationSettings },
  rules: readonly FindingRule[] = FINDING_RULES,
): EstateAnalysis {
  const { workloads, dependencies } = estate;
  const index = indexEstate(
    workloads.map((w) => w.id),
    dependencies,
  );
  const { indexOf } = index;
  const sensitivity = effectiveSensitivities(workloads, dependencies, index);
  const recommendations = recommendTiers(workloads, dependencies, sensitivity, index, estate.classification);
  const tiers = new Uint8Array(workloads.length);
  for (let i = 0; i < workloads.length; i++) {
    tiers[i] = tierStrength(effectiveTier(workloads[i] as Workload, { tier: recommendations.tierAt(i) }));
  }
  const tierAt = (i: number): Tier => TIERS[tiers[i] ?? 0] as Tier;
  const tierOf = (id: string): Tier => tierAt(indexOf.get(id) ?? -1);

  const { forEachRestrictedFlow, restrictedFlowsAt } = restrictedFlows(workloads.length, dependencies, index, sensitivity);
  let systems: SystemRuns | undefined;
  const systemsOf = () => (systems ??= systemRuns(workloads));
  const workloadOf = (id: string) => workloads[indexOf.get(id) ?? -1];
  const cycles = findCycles(index.ids, dependencies, index);
  const context: FindingContext = {
    workloads,
    unclassifiedAsRestricted: (estate.classification ?? DEFAULT_CLASSIFICATION_SETTINGS).unclassifiedProductionAsRestricted,
    sensitivity,
    recommendations,
    tierAt,
    levelAt: (i) => sensitivity.levelAt(i),
    restrictedFlowsAt,
    forEachRestrictedFlow,
    cycles,
    nameOf: (id) => workloadOf(id)?.name ?? id,
    systems: systemsOf,
  };

  const bySeverity = SEVERITIES.map(() => [] as Finding[]);
  for (const rule of rules) for (const f of rule.detect(context)) bySeverity[SEVERITIES.indexOf(f.severity)]?.push(f);
  const findings = bySeverity.flat();

  let byWorkload: Map<string, Finding[]> | undefined;
  const findingsOf = (id: string): readonly Finding[] => {
    if (!byWorkload) {
      byWorkload = new Map();
      for (const f of findings)
        for (const w of f.workloadIds) {
          const list = byWorkload.get(w);
          if (list) list.push(f);
          else byWorkload.set(w, [f]);
        }
    }
    return byWorkload.get(id) ?? [];
  };
  return { index, sensitivity, recommendations, tierOf, tierAt, cycles, findings, findingsOf };
}
