import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { overlaidSpend, overlaidWaves, type OverlaidRow } from '../../../shared/compare/compare-charts';
import type { ComparedScenario } from '../../../shared/compare/compare-scenarios';
import { formatMoney } from '../../../shared/costs/money';

// The scenarios' charts overlaid (recharts, as the Costs view): cumulative spend with
// each plan, and workloads moved over time, a step at each wave's cutover. Each scenario
// has its colour and its dash, so the lines part without colour too. No animation.

export const SERIES_STYLES = [
  { stroke: '#12355b', dash: undefined },
  { stroke: '#c4610c', dash: '6 3' },
  { stroke: '#0e7c70', dash: '2 3' },
  { stroke: '#7b3fc4', dash: '10 3 2 3' },
] as const;

const compact = (currency: string) => (value: number) => {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(value);
  } catch {
    return `${Math.round(value / 1000)}k`;
  }
};

/** A row as recharts reads it: `s0`, `s1`… for the scenarios in order. */
const flat = (row: OverlaidRow): Record<string, string | number | undefined> => ({ at: row.at, ...Object.fromEntries(row.series.map((v, i) => [`s${i}`, v])) });

function Lines({ scenarios, type }: { scenarios: readonly ComparedScenario[]; type: 'linear' | 'stepAfter' }) {
  return scenarios.map((s, i) => {
    const style = SERIES_STYLES[i % SERIES_STYLES.length] as (typeof SERIES_STYLES)[number];
    return (
      <Line key={s.id} type={type} dataKey={`s${i}`} name={s.name} stroke={style.stroke} strokeDasharray={style.dash} strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
    );
  });
}

export function CompareCharts({ scenarios }: { scenarios: readonly ComparedScenario[] }) {
  const currency = scenarios[0]?.report.input.rateCard.currency ?? 'EUR';
  // Flat rows with a string key per scenario: a function as dataKey is a new one on every
  // render, and recharts then works its series out again on every pass (half a second more on the 10,000-workload plan).
  const spend = overlaidSpend(scenarios).map(flat);
  // Cutovers on a time axis, so a month without one takes its room.
  const waves = overlaidWaves(scenarios).map((row) => ({ ...flat(row), day: Date.parse(`${row.at}T00:00:00Z`) }));
  const dayText = (day: number) => new Date(day).toISOString().slice(0, 10);
  const money = (v: unknown) => formatMoney(Number(v), currency);
  return (
    <div className="compare-charts">
      <figure className="cost-chart" aria-label="Cumulative spend by scenario">
        <figcaption>
          <strong>Cumulative spend</strong>
          <span className="muted small">Each scenario’s spend with its plan, month by month (likely figures)</span>
        </figcaption>
        <div className="chart-box">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={spend} margin={{ top: 8, right: 12, bottom: 0, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="at" tick={{ fontSize: 11 }} minTickGap={24} />
              <YAxis tickFormatter={compact(currency)} tick={{ fontSize: 11 }} width={60} />
              <Tooltip formatter={money} />
              <Legend wrapperStyle={{ fontSize: 11 }} iconSize={9} />
              {Lines({ scenarios, type: 'linear' })}
            </LineChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <figure className="cost-chart" aria-label="Workloads moved over time by scenario">
        <figcaption>
          <strong>Waves over time</strong>
          <span className="muted small">Workloads moved so far; each step is a wave’s cutover</span>
        </figcaption>
        <div className="chart-box">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={waves} margin={{ top: 8, right: 12, bottom: 0, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="day" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={dayText} tick={{ fontSize: 11 }} minTickGap={24} />
              <YAxis tick={{ fontSize: 11 }} width={60} allowDecimals={false} />
              <Tooltip formatter={(v: unknown) => `${Number(v).toLocaleString('en')} workloads`} labelFormatter={(day: unknown) => dayText(Number(day))} />
              <Legend wrapperStyle={{ fontSize: 11 }} iconSize={9} />
              {Lines({ scenarios, type: 'stepAfter' })}
            </LineChart>
          </ResponsiveContainer>
        </div>
      </figure>
    </div>
  );
}
