import { ESTATE_LINE_NAMES } from '../costs/business-case.js';
import { COMPLETENESS_ITEMS, COMPLETENESS_LABELS } from '../costs/completeness.js';
import { TIERS } from '../domain/enums.js';
import type { CostStage } from '../report/cost-stage.js';
import type { CompletenessRow, Costs, Headlines } from './board-pack-types.js';

// The cost stage's figures as the pack prints them: nothing is costed again here.

export function headlines(costs: Pick<CostStage, 'headlines' | 'spend'>): Headlines {
  const { headlines: h, spend } = costs;
  const paybackNote = h.payback.likely
    ? null
    : spend.counted === 0
      ? 'Unknown: no current costs are recorded, so there is nothing to pay back against.'
      : 'Not within ten years at the likely figures.';
  return { oneTime: h.oneTime, dualRunning: h.dualRunning, runAfter: h.runAfter, runBefore: h.runBefore, payback: h.payback, paybackNote };
}

export function costSections(costs: CostStage): Costs {
  return {
    byWave: [...costs.byWave.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([wave, t]) => ({ wave, workloads: t.workloads, oneTime: t.oneTime, dualRunning: t.dualRunning, runBefore: t.runBefore, runAfter: t.runAfter })),
    byTier: TIERS.filter((t) => costs.byTier.has(t)).map((tier) => {
      const t = costs.byTier.get(tier);
      return { tier, workloads: t?.workloads ?? 0, runBefore: t?.runBefore ?? 0, runAfter: t?.runAfter ?? 0 };
    }),
    lines: costs.lines.map((l) => ({ name: ESTATE_LINE_NAMES[l.id], oneTime: l.oneTime, monthly: l.monthlyAfter })),
    spend: costs.spend.months.map((m) => ({ month: m.month, withPlan: m.cumulativeWithPlan, stayingPut: m.cumulativeStayingPut })),
    paybackMonth: costs.spend.paybackMonth,
    spendLeftOut: costs.spend.leftOut,
  };
}

export function completenessRows(costs: Pick<CostStage, 'completeness'>): CompletenessRow[] {
  return COMPLETENESS_ITEMS.filter((item) => costs.completeness[item].of > 0).map((item) => ({ label: COMPLETENESS_LABELS[item], ...costs.completeness[item] }));
}
