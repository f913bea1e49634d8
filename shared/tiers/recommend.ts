import type { Dependency } from '../domain/dependency.js';
import { TIERS, type Tier } from '../domain/enums.js';
import { indexEstate, type EstateIndex } from '../domain/estate-index.js';
import { IndexedMap } from '../domain/indexed-map.js';
import type { Sensitivity, SensitivitySource } from '../domain/sensitivity.js';
import type { Workload } from '../domain/workload.js';
import { TIER_RULES, type TierRule } from './rules.js';
import { holdsProductionData } from '../domain/production-data.js';
import { countIntegrations, type TierFacts } from './tier-facts.js';
import { tierStrength } from './tier-order.js';
import { DEFAULT_CLASSIFICATION_SETTINGS, type ClassificationSettings } from './classification.js';

export interface TierRecommendation {
  tier: Tier;
  /** Every rule that fired, strongest tier first; empty means the multi-tenant baseline. */
  fired: readonly TierRule[];
  /** The sentences of the fired rules, built when read. */
  readonly reasons: string[];
}

class Recommendation implements TierRecommendation {
  constructor(
    readonly tier: Tier,
    readonly fired: readonly TierRule[],
    private readonly facts: TierFacts,
  ) {}
  get reasons(): string[] {
    return this.fired.map((rule) => rule.because(this.facts));
  }
}

const byStrength = (a: TierRule, b: TierRule) => tierStrength(b.tier) - tierStrength(a.tier);

/** The recommendation for one workload: the strongest tier any rule asks for, with every rule that fired. */
export function recommendTier(facts: TierFacts, rules: readonly TierRule[] = TIER_RULES): TierRecommendation {
  const fired = rules.filter((rule) => rule.applies(facts)).sort(byStrength);
  return new Recommendation(fired[0]?.tier ?? 'multi-tenant', fired, facts);
}

/** Recommendations keyed by workload id, with each workload's tier readable without making objects. */
export interface TierRecommendations extends ReadonlyMap<string, TierRecommendation> {
  tierAt(position: number): Tier;
}

const UNCLASSIFIED: SensitivitySource = { level: 'unclassified', reason: 'unclassified: no data classes recorded' };

/**
 * Recommendations for a whole estate: one pass over workloads and one over
 * dependencies. The rules run for every workload now (the tiers feed the findings);
 * the objects with their sentences are made when a screen reads them.
 */
export function recommendTiers(
  workloads: readonly Workload[],
  dependencies: readonly Dependency[],
  sensitivity: ReadonlyMap<string, SensitivitySource> & { levelAt?(position: number): Sensitivity },
  index: EstateIndex = indexEstate(
    workloads.map((w) => w.id),
    dependencies,
  ),
  classification: ClassificationSettings = DEFAULT_CLASSIFICATION_SETTINGS,
): TierRecommendations {
  const unclassifiedAsRestricted = classification.unclassifiedProductionAsRestricted;
  const integrations = countIntegrations(workloads, index);
  const rules = TIER_RULES;
  const tiers = new Uint8Array(workloads.length);
  const firedMask = new Uint32Array(workloads.length);
  const levelAt = (i: number) => sensitivity.levelAt?.(i) ?? (sensitivity.get((workloads[i] as Workload).id) ?? UNCLASSIFIED).level;
  const factsAt = (i: number): TierFacts => {
    const workload = workloads[i] as Workload;
    return {
      workload,
      level: levelAt(i),
      sensitivityReason: () => (sensitivity.get(workload.id) ?? UNCLASSIFIED).reason,
      productionData: holdsProductionData(workload),
      integrations: integrations[i] as number,
      unclassifiedAsRestricted,
    };
  };
  // One facts object, refilled per workload: the rules' conditions read levels, not sentences.
  const probe: TierFacts = { workload: workloads[0] as Workload, level: 'unclassified', sensitivityReason: () => '', productionData: false, integrations: 0, unclassifiedAsRestricted };
  for (let i = 0; i < workloads.length; i++) {
    const facts = probe;
    facts.workload = workloads[i] as Workload;
    facts.level = levelAt(i);
    facts.productionData = holdsProductionData(facts.workload);
    facts.integrations = integrations[i] as number;
    let mask = 0;
    let strength = 0;
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r] as TierRule;
      if (!rule.applies(facts)) continue;
      mask |= 1 << r;
      strength = Math.max(strength, tierStrength(rule.tier));
    }
    firedMask[i] = mask;
    tiers[i] = strength;
  }
  const map = new IndexedMap<TierRecommendation>(index.ids, index.indexOf, (i) => {
    const mask = firedMask[i] as number;
    const fired = rules.filter((_, r) => mask & (1 << r)).sort(byStrength);
    return new Recommendation(TIERS[tiers[i] as number] as Tier, fired, factsAt(i));
  });
  return Object.assign(map, { tierAt: (position: number) => TIERS[tiers[position] as number] as Tier });
}

/** The tier a workload is planned on: the architect's choice, else the recommendation. */
export function effectiveTier(workload: Pick<Workload, 'chosenTier'>, recommendation: Pick<TierRecommendation, 'tier'> | undefined): Tier {
  return workload.chosenTier ?? recommendation?.tier ?? 'multi-tenant';
}
