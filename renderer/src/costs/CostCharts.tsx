import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '../../../shared/costs/money';
import { TIERS, type Tier } from '../../../shared/domain/enums';
import type { Wave } from '../../../shared/planner/plan-types';
import type { CostStage } from '../../../shared/report/cost-stage';
import { useRef } from 'react';
import { useWidth } from '../components/use-width';
import { labelledMarks } from './chart-labels';

// Three charts (recharts): cost per wave by kind of cost, run rate before and after by
// tier, cumulative spend with the waves marked. No animation: they follow every edit.

const PARTS = [
  { key: 'effort', name: 'Effort', color: '#12355b' },
  { key: 'rehearsal', name: 'Rehearsal', color: '#3b74d6' },
  { key: 'hypercare', name: 'Hypercare', color: '#0e7c70' },
  { key: 'contingency', name: 'Contingency', color: '#9aa7b8' },
  { key: 'dualRunning', name: 'Dual running', color: '#e08a1e' },
] as const;

const SHORT_TIER: Record<Tier, string> = { 'multi-tenant': 'Multi-tenant', 'dedicated-database': 'Dedicated DB', 'dedicated-environment': 'Dedicated env.' };
/** In a narrow chart (a laptop, a projector at 150%) the long names ran into each other. */
const SHORTER_TIER: Record<Tier, string> = { 'multi-tenant': 'Multi-ten.', 'dedicated-database': 'Ded. DB', 'dedicated-environment': 'Ded. env.' };
const NARROW_CHART = 380;
const inPartOrder = (item: { dataKey?: unknown }) => PARTS.findIndex((p) => p.key === item.dataKey);

const compact = (currency: string) => (value: number) => {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(value);
  } catch {
    return `${Math.round(value / 1000)}k`;
  }
};

function Chart({ title, caption, children }: { title: string; caption: string; children: React.ReactElement }) {
  return (
    <figure className="cost-chart" aria-label={title}>
      <figcaption>
        <strong>{title}</strong>
        <span className="muted small">{caption}</span>
      </figcaption>
      <div className="chart-box">
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

export function CostCharts({ costs, waves: planWaves, currency }: { costs: CostStage; waves: readonly Wave[]; currency: string }) {
  const box = useRef<HTMLDivElement>(null);
  // The three charts share the row equally: one chart's plotting width, less its value axis.
  const chartWidth = useWidth(box) / 3 - 90;
  const axis = compact(currency);
  const money = (v: unknown) => formatMoney(Number(v), currency);
  const waves = [...costs.byWave].sort(([a], [b]) => a - b).map(([wave, t]) => ({ wave: `W${wave}`, ...t }));
  const tierNames = chartWidth < NARROW_CHART ? SHORTER_TIER : SHORT_TIER;
  const tiers = TIERS.map((tier) => ({ tier: tierNames[tier], before: Math.round(costs.byTier.get(tier)?.runBefore ?? 0), after: Math.round(costs.byTier.get(tier)?.runAfter ?? 0) }));
  const { months, paybackMonth } = costs.spend;
  // Waves marked at their cutover month; waves cutting over in the same month share a mark.
  const cutovers = new Map<string, number[]>();
  for (const w of planWaves) if (w.cutoverOrder.length > 0) cutovers.set(w.cutover.slice(0, 7), [...(cutovers.get(w.cutover.slice(0, 7)) ?? []), w.number]);
  const monthIndex = new Map(months.map((m, i) => [m.month, i]));
  const labelled = labelledMarks(
    [...cutovers.keys()].map((month) => (monthIndex.get(month) ?? 0) / Math.max(1, months.length - 1)),
    chartWidth,
  );
  return (
    <div className="cost-charts" ref={box}>
      <Chart title="Cost per wave" caption="One-time cost by kind, and the overlap of old and new hosting">
        <BarChart data={waves} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {/* Every wave's bar, but only the labels that have room: recharts drops the rest by their measured width. */}
          <XAxis dataKey="wave" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={6} />
          <YAxis tickFormatter={axis} tick={{ fontSize: 11 }} width={56} />
          <Tooltip formatter={money} />
          <Legend wrapperStyle={{ fontSize: 11 }} iconSize={9} itemSorter={inPartOrder} />
          {PARTS.map((p) => (
            <Bar key={p.key} dataKey={p.key} name={p.name} stackId="cost" fill={p.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </Chart>
      <Chart title="Run rate before and after, by tier" caption="Per month, for the workloads planned onto each tier (before: where recorded)">
        <BarChart data={tiers} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="tier" tick={{ fontSize: 11 }} interval={0} />
          <YAxis tickFormatter={axis} tick={{ fontSize: 11 }} width={56} />
          <Tooltip formatter={money} />
          <Legend wrapperStyle={{ fontSize: 11 }} iconSize={9} />
          <Bar dataKey="before" name="Before (current hosting)" fill="#9aa7b8" isAnimationActive={false} />
          <Bar dataKey="after" name="After (target tier)" fill="#0e7c70" isAnimationActive={false} />
        </BarChart>
      </Chart>
      <Chart
        title="Cumulative spend"
        caption={paybackMonth ? `With the plan against staying put; it pays back in ${paybackMonth}` : 'With the plan against staying put; no payback within ten years of the last cutover'}
      >
        <LineChart data={months} margin={{ top: 8, right: 12, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" tick={{ fontSize: 11 }} minTickGap={24} />
          <YAxis tickFormatter={axis} tick={{ fontSize: 11 }} width={56} />
          <Tooltip formatter={money} />
          <Legend wrapperStyle={{ fontSize: 11 }} iconSize={9} />
          {[...cutovers].map(([month, numbers], i) => (
            <ReferenceLine
              key={month}
              x={month}
              stroke="#c5ccd6"
              strokeDasharray="2 3"
              label={
                labelled.has(i) && {
                  value: numbers.length > 2 ? `W${numbers[0]}–${numbers.at(-1)}` : numbers.map((n) => `W${n}`).join(' '),
                  position: 'insideTopLeft',
                  offset: 4,
                  fontSize: 10,
                  fill: '#5a6574',
                }
              }
            />
          ))}
          {paybackMonth && <ReferenceLine x={paybackMonth} stroke="#0e7c70" label={{ value: 'payback', position: 'insideTopRight', fontSize: 10, fill: '#0b6a60' }} />}
          <Line dataKey="cumulativeWithPlan" name="With the plan" stroke="#12355b" strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line dataKey="cumulativeStayingPut" name="Staying put" stroke="#9aa7b8" strokeWidth={2} strokeDasharray="5 4" dot={false} isAnimationActive={false} />
        </LineChart>
      </Chart>
    </div>
  );
}
