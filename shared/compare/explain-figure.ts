import { explainTotal } from '../costs/explain.js';
import { explainOneTime, explainRunAfter } from '../costs/explain-case.js';
import { explainPayback } from '../costs/explain-payback.js';
import { labelOf, type Tier } from '../domain/enums.js';
import type { EstateReport } from '../report/estate-report.js';
import type { FigureKey } from './compare-figures.js';

// Where each compared figure is explained, and the explanation itself: the same words
// as the view that shows the figure (the Costs view's notes, the Waves view's quality
// strip, the Findings and Tiers views), worked out from the scenario's own report.

export type ExplainingView = 'waves' | 'costs' | 'findings' | 'tiers';

export const EXPLAINED_IN: Record<FigureKey, ExplainingView> = {
  waves: 'waves',
  endDate: 'waves',
  linkDays: 'waves',
  oneTime: 'costs',
  dualRunning: 'costs',
  runBefore: 'costs',
  runAfter: 'costs',
  payback: 'costs',
  highFindings: 'findings',
  acceptedRisks: 'findings',
  'tier:multi-tenant': 'tiers',
  'tier:dedicated-database': 'tiers',
  'tier:dedicated-environment': 'tiers',
};

const VIEW_NAMES: Record<ExplainingView, string> = { waves: 'Waves', costs: 'Costs', findings: 'Findings', tiers: 'Tiers' };

/** The figure's explanation in its scenario, ending with the view that shows it. */
export function explainFigure(key: FigureKey, report: EstateReport, nameOf: (id: string) => string): string {
  const where = ` (The ${VIEW_NAMES[EXPLAINED_IN[key]]} view shows this figure.)`;
  return explanation(key, report, nameOf) + where;
}

function explanation(key: FigureKey, report: EstateReport, nameOf: (id: string) => string): string {
  const { costs, quality, findings } = report;
  const card = report.input.rateCard;
  const planned = () => costs.costs.filter((c) => c.wave !== null);
  const h = costs.headlines;
  switch (key) {
    case 'waves':
      return `Waves that move workloads (a foundation wave is not counted): ${quality.waves.toLocaleString('en')}.`;
    case 'endDate':
      return quality.endDate
        ? `The end date: the last cutover of a wave that moves workloads, ${quality.endDate}; the first wave starts ${quality.startDate ?? '—'}.`
        : 'Nothing moves, so there is no last cutover.';
    case 'linkDays':
      return `For each hybrid link whose both ends move: the days from the first end's cutover to the second's, summed: ${quality.hybrid.linkDays.toLocaleString('en')} over ${quality.hybrid.closing.toLocaleString('en')} links. Links to a workload that never moves (${(quality.hybrid.openEnded + quality.hybrid.heldBack).toLocaleString('en')}) are counted apart, not in days.`;
    case 'oneTime':
      return explainOneTime(h.oneTime, costs.planned, costs.retired, costs.lines, costs.completeness, card);
    case 'dualRunning':
      return explainTotal('the plan', 'dualRunning', planned(), nameOf, card);
    case 'runBefore':
      return explainTotal('the plan', 'runBefore', planned(), nameOf, card);
    case 'runAfter':
      return explainRunAfter(h.runAfter, h.runBefore, costs.planned, costs.retired, costs.lines, costs.completeness, card);
    case 'payback':
      return explainPayback(h.payback, costs.spend);
    case 'highFindings': {
      const high = findings.all.filter((f) => f.severity === 'high');
      return high.length === 0
        ? 'No high findings.'
        : `${high.length} high findings: ${high
            .slice(0, 3)
            .map((f) => f.title)
            .join('; ')}${high.length > 3 ? `; and ${high.length - 3} more` : ''}.`;
    }
    case 'acceptedRisks': {
      const accepted = findings.all.filter((f) => f.acceptedRisk !== undefined);
      return accepted.length === 0
        ? 'No finding is an accepted risk: no tier weaker than recommended was chosen with a reason.'
        : `Findings the architect accepted with a reason (a tier weaker than recommended): ${accepted
            .slice(0, 3)
            .map((f) => `${f.title} (“${f.acceptedRisk ?? ''}”)`)
            .join('; ')}${accepted.length > 3 ? `; and ${accepted.length - 3} more` : ''}.`;
    }
    default: {
      const tier = key.slice('tier:'.length) as Tier;
      const n = costs.byTier.get(tier)?.workloads ?? 0;
      return `Workloads that move in a wave onto ${labelOf(tier).toLowerCase()}: ${n.toLocaleString('en')}, by each one's planned tier (the recommendation, or the architect's choice).`;
    }
  }
}
