import { labelOf, type Environment, type Tier, type WorkloadKind } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';
import { sensitivityRank } from '../domain/sensitivity.js';
import type { TierRecommendation } from '../tiers/recommend.js';
import { isAcceptedRisk } from '../tiers/tier-choice.js';
import { isWeakerTier, strongerTier } from '../tiers/tier-order.js';
import { finding, listNames, workloadFinding, type Finding, type FindingContext, type FindingRule } from './finding.js';
import { environmentIndex } from './system-runs.js';

// Findings about tier choices: against the recommendation, inside one system's
// environment, and along a system's promotion path (docs/domain-rules.md, "Findings").
// Loop style as in data-findings.ts: test in the loop, build in a function.

const tierName = (tier: Tier) => labelOf(tier).toLowerCase();

function belowRecommendation(rule: string, w: Workload, chosen: Tier, rec: TierRecommendation): Finding {
  // An accepted risk (tier-choice.ts) is low; a weaker tier without its reason is high.
  const accepted = isAcceptedRisk(chosen, w.tierOverrideReason, rec.tier);
  const reason = accepted ? w.tierOverrideReason.trim() : '';
  return workloadFinding(
    rule,
    accepted ? 'low' : 'high',
    w,
    () => ({
      title: `${reason ? 'Accepted risk' : 'Tier below recommendation'}: ${w.name} on ${tierName(chosen)}, ${tierName(rec.tier)} recommended`,
      meaning: `${rec.reasons.join(' ')}${reason ? ` The architect accepted ${tierName(chosen)}: “${reason}”` : ' No reason is recorded for the weaker tier.'}`,
      action: reason
        ? 'Confirm the accepted risk with the client’s risk owner; it stays on this list until the tier matches.'
        : `Choose ${tierName(rec.tier)}, or record why ${tierName(chosen)} is acceptable so it is kept as an accepted risk.`,
    }),
    { acceptedRisk: reason || undefined },
  );
}

export const tierBelowRecommendation: FindingRule = {
  id: 'tier-below-recommendation',
  name: 'Tier below the recommendation',
  detect(ctx) {
    const found: Finding[] = [];
    for (let i = 0; i < ctx.workloads.length; i++) {
      const w = ctx.workloads[i] as Workload;
      // The choice first: reading a recommendation makes its object.
      if (!w.chosenTier || !isWeakerTier(w.chosenTier, ctx.recommendations.tierAt(i))) continue;
      found.push(belowRecommendation(this.id, w, w.chosenTier, ctx.recommendations.get(w.id) as TierRecommendation));
    }
    return found;
  },
};

const DATA_STORES: ReadonlySet<WorkloadKind> = new Set(['database', 'cache', 'object-storage']);
const COMPUTE: ReadonlySet<WorkloadKind> = new Set(['application', 'worker', 'scheduled-job']);

const where = (w: Workload) => [w.system, w.tenant, labelOf(w.environment).toLowerCase()].filter(Boolean).join(', ');

function tiersDoNotFit(ctx: FindingContext, rule: string, anchorAt: number, sharedAt: readonly number[]): Finding {
  const anchor = ctx.workloads[anchorAt] as Workload;
  const shared = sharedAt.map((i) => ctx.workloads[i] as Workload);
  return finding({ rule, keyPart: `${anchor.system}|${anchor.tenant}|${anchor.environment}`, severity: 'medium', workloadIds: [anchor.id, ...shared.map((w) => w.id)], dependencyIds: [] }, () => ({
    title: `Tiers do not fit together: ${where(anchor)}`,
    meaning: `${anchor.name} is on ${tierName(ctx.tierAt(anchorAt))}, but ${listNames(shared.map((w) => w.name))} ${shared.length === 1 ? 'is' : 'are'} multi-tenant. The isolation stops where the data goes: the shared part holds the same data outside the boundary, and the audit boundary is no longer clear.`,
    action: `Put ${shared.length === 1 ? 'it' : 'them'} on the same tier as ${anchor.name} (data stores at least on a dedicated database), or lower ${anchor.name}'s tier if that isolation is not needed.`,
  }));
}

/** The workloads of one system's environment (order[from..to)) whose tiers break its isolation, if any. */
function mismatchIn(ctx: FindingContext, order: Int32Array, from: number, to: number): { anchor: number; shared: number[] } | undefined {
  let strongest = -1;
  let strongestCompute = -1;
  for (let k = from; k < to; k++) {
    const i = order[k] as number;
    if (strongest < 0 || isWeakerTier(ctx.tierAt(strongest), ctx.tierAt(i))) strongest = i;
    if (COMPUTE.has((ctx.workloads[i] as Workload).kind) && (strongestCompute < 0 || isWeakerTier(ctx.tierAt(strongestCompute), ctx.tierAt(i)))) strongestCompute = i;
  }
  // A dedicated environment with shared parts, or dedicated compute whose data store is shared.
  const dedicatedEnvironment = ctx.tierAt(strongest) === 'dedicated-environment';
  const dedicatedCompute = strongestCompute >= 0 && ctx.tierAt(strongestCompute) !== 'multi-tenant';
  let shared: number[] | undefined;
  for (let k = from; k < to; k++) {
    const i = order[k] as number;
    if (ctx.tierAt(i) === 'multi-tenant' && (dedicatedEnvironment || (dedicatedCompute && DATA_STORES.has((ctx.workloads[i] as Workload).kind)))) (shared ??= []).push(i);
  }
  return shared && { anchor: dedicatedEnvironment ? strongest : strongestCompute, shared };
}

export const mixedTiersInEnvironment: FindingRule = {
  id: 'mixed-tiers-in-environment',
  name: 'Tiers that do not fit together in one environment',
  detect(ctx) {
    const found: Finding[] = [];
    const { order, groupStart, environmentAt } = ctx.systems();
    // Each group is sorted by environment: walk its runs of one environment.
    for (let g = 0; g + 1 < groupStart.length; g++) {
      const end = groupStart[g + 1] as number;
      for (let from = groupStart[g] as number; from < end;) {
        const env = environmentAt(order[from] as number);
        let to = from + 1;
        while (to < end && environmentAt(order[to] as number) === env) to++;
        const mismatch = to - from >= 2 ? mismatchIn(ctx, order, from, to) : undefined;
        if (mismatch) found.push(tiersDoNotFit(ctx, this.id, mismatch.anchor, mismatch.shared));
        from = to;
      }
    }
    return found;
  },
};

const PROMOTION_ENVIRONMENTS: readonly Environment[] = ['staging', 'test', 'training', 'development'];
const PROMOTION_POSITIONS = PROMOTION_ENVIRONMENTS.map(environmentIndex);
const PRODUCTION = environmentIndex('production');
const CONFIDENTIAL = sensitivityRank('confidential');

function promotionBreaks(ctx: FindingContext, rule: string, env: Environment, prodTier: Tier, shared: readonly Workload[]): Finding {
  const restricted = shared.some((w) => ctx.sensitivity.levelOf(w.id) === 'restricted');
  const first = shared[0] as Workload;
  return finding({ rule, keyPart: `${first.system}|${first.tenant}|${env}`, severity: restricted ? 'high' : 'medium', workloadIds: shared.map((w) => w.id), dependencyIds: [] }, () => ({
    title: `Promotion path breaks: ${[first.system, first.tenant].filter(Boolean).join(', ')} production on ${tierName(prodTier)}, ${env} with real data multi-tenant`,
    meaning: `${listNames(shared.map((w) => w.name))} ${shared.length === 1 ? 'holds' : 'hold'} real ${restricted ? 'restricted' : 'confidential'} data in ${env} on the multi-tenant tier, while production sits on ${tierName(prodTier)}. Releases are promoted through ${env}: the same data behind a weaker boundary, and tests that do not prove the isolated platform.`,
    action: `Mask the ${env} data, or give ${env} a tier that matches production (at least a dedicated database).`,
  }));
}

export const promotionPathBroken: FindingRule = {
  id: 'promotion-path-broken',
  name: 'Promotion path on weaker tiers than production',
  detect(ctx) {
    const found: Finding[] = [];
    const { order, groupStart, environmentAt } = ctx.systems();
    for (let g = 0; g + 1 < groupStart.length; g++) {
      const start = groupStart[g] as number;
      const end = groupStart[g + 1] as number;
      let prodTier: Tier = 'multi-tenant';
      for (let k = start; k < end; k++) if (environmentAt(order[k] as number) === PRODUCTION) prodTier = strongerTier(prodTier, ctx.tierAt(order[k] as number));
      if (prodTier === 'multi-tenant') continue;
      // Real data on a shared tier: unmasked and at least confidential once dependencies count.
      for (let e = 0; e < PROMOTION_POSITIONS.length; e++) {
        const env = PROMOTION_POSITIONS[e] as number;
        let shared: Workload[] | undefined;
        for (let k = start; k < end; k++) {
          const i = order[k] as number;
          if (environmentAt(i) !== env) continue;
          const w = ctx.workloads[i] as Workload;
          if (!w.masked && ctx.tierAt(i) === 'multi-tenant' && sensitivityRank(ctx.levelAt(i)) >= CONFIDENTIAL) (shared ??= []).push(w);
        }
        if (shared) found.push(promotionBreaks(ctx, this.id, PROMOTION_ENVIRONMENTS[e] as Environment, prodTier, shared));
      }
    }
    return found;
  },
};
