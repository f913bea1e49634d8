import { TIERS, type Tier } from '../domain/enums.js';
import type { EstateReport } from '../report/estate-report.js';

// The headline figures of a scenario, read off its own report (the quality, costs and
// findings stages the Waves, Costs, Findings and Tiers views show), so a comparison
// never works a figure out a second way.

/** Which figure, and so where it is explained (explain-figure.ts). */
export type FigureKey = 'waves' | 'endDate' | 'oneTime' | 'dualRunning' | 'runBefore' | 'runAfter' | 'payback' | 'linkDays' | 'highFindings' | 'acceptedRisks' | `tier:${Tier}`;

/** How a figure reads: a count, money, a day or a month (which decides how a difference is told). */
export type FigureKind = 'count' | 'money' | 'date' | 'month';

/** A figure's value in one scenario; money figures and the payback month also have their low and high. */
export interface FigureValue {
  likely: number | string | null;
  low?: number | string | null;
  high?: number | string | null;
}

export interface FigureDefinition {
  key: FigureKey;
  label: string;
  kind: FigureKind;
  /** Which way is better, when one is: fewer findings, earlier payback. Null: neither (waves, tiers). */
  better: 'lower' | 'higher' | null;
  read(report: EstateReport): FigureValue;
}

const range = (r: { low: number; likely: number; high: number }): FigureValue => ({ low: r.low, likely: r.likely, high: r.high });

/** Workloads that move in a wave onto a tier: the Costs view's by-tier figures. */
const tierFigure = (tier: Tier, label: string): FigureDefinition => ({
  key: `tier:${tier}`,
  label,
  kind: 'count',
  better: null,
  read: (r) => ({ likely: r.costs.byTier.get(tier)?.workloads ?? 0 }),
});

const TIER_LABELS: Record<Tier, string> = {
  'multi-tenant': 'Workloads on multi-tenant',
  'dedicated-database': 'Workloads on a dedicated database',
  'dedicated-environment': 'Workloads on a dedicated environment',
};

/** The figures compared, in the order they are shown. */
export const FIGURES: readonly FigureDefinition[] = [
  { key: 'waves', label: 'Waves', kind: 'count', better: null, read: (r) => ({ likely: r.quality.waves }) },
  { key: 'endDate', label: 'Last cutover', kind: 'date', better: 'lower', read: (r) => ({ likely: r.quality.endDate }) },
  { key: 'oneTime', label: 'One-time cost', kind: 'money', better: 'lower', read: (r) => range(r.costs.headlines.oneTime) },
  { key: 'dualRunning', label: 'Dual running', kind: 'money', better: 'lower', read: (r) => range(r.costs.headlines.dualRunning) },
  { key: 'runBefore', label: 'Run rate per month, before', kind: 'money', better: 'lower', read: (r) => ({ likely: r.costs.headlines.runBefore }) },
  { key: 'runAfter', label: 'Run rate per month, after', kind: 'money', better: 'lower', read: (r) => range(r.costs.headlines.runAfter) },
  { key: 'payback', label: 'Payback month', kind: 'month', better: 'lower', read: (r) => ({ ...r.costs.headlines.payback }) },
  { key: 'linkDays', label: 'Hybrid link-days', kind: 'count', better: 'lower', read: (r) => ({ likely: r.quality.hybrid.linkDays }) },
  { key: 'highFindings', label: 'High findings', kind: 'count', better: 'lower', read: (r) => ({ likely: r.findings.count.high }) },
  { key: 'acceptedRisks', label: 'Accepted risks', kind: 'count', better: 'lower', read: (r) => ({ likely: r.findings.all.filter((f) => f.acceptedRisk !== undefined).length }) },
  ...TIERS.map((t) => tierFigure(t, TIER_LABELS[t])),
];
