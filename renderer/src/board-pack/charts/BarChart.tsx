import { niceTicks } from './nice-ticks';

export interface BarSeries {
  name: string;
  className: string;
  values: readonly number[];
}

const W = 680;
const LEFT = 64;
const BOTTOM = 22;

/** Vertical bars per category, the series stacked or side by side; SVG so it prints crisply. */
export function BarChart({
  categories,
  series,
  stacked,
  format,
  label,
  height = 200,
}: {
  categories: readonly string[];
  series: readonly BarSeries[];
  stacked: boolean;
  format(x: number): string;
  label: string;
  height?: number;
}) {
  const totals = categories.map((_, i) => (stacked ? series.reduce((s, x) => s + (x.values[i] ?? 0), 0) : Math.max(...series.map((x) => x.values[i] ?? 0))));
  const ticks = niceTicks(Math.max(0, ...totals));
  const top = ticks.at(-1) ?? 1;
  const plot = height - BOTTOM - 8;
  const y = (v: number) => 8 + plot - (v / top) * plot;
  const band = (W - LEFT - 8) / Math.max(1, categories.length);
  const barWidth = Math.min(46, band * 0.7) / (stacked ? 1 : series.length);
  // Labels thinned so they never overlap: about 40 px each.
  const every = Math.max(1, Math.ceil(40 / band));
  return (
    <svg className="bp-chart" viewBox={`0 0 ${W} ${height}`} width="100%" role="img" aria-label={label}>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={LEFT} x2={W - 8} y1={y(t)} y2={y(t)} className="bp-grid" />
          <text x={LEFT - 6} y={y(t) + 3} textAnchor="end" className="bp-axis-label">
            {format(t)}
          </text>
        </g>
      ))}
      {categories.map((cat, i) => {
        const center = LEFT + band * (i + 0.5);
        let base = 0;
        return (
          <g key={cat}>
            {series.map((s, k) => {
              const v = s.values[i] ?? 0;
              const x = stacked ? center - barWidth / 2 : center - (barWidth * series.length) / 2 + k * barWidth;
              const y0 = stacked ? base : 0;
              if (stacked) base += v;
              return <rect key={s.name} x={x} y={y(y0 + v)} width={Math.max(1, barWidth - (stacked ? 0 : 2))} height={Math.max(0, y(y0) - y(y0 + v))} className={s.className} />;
            })}
            {i % every === 0 && (
              <text x={center} y={height - 6} textAnchor="middle" className="bp-axis-label">
                {cat}
              </text>
            )}
          </g>
        );
      })}
      <line x1={LEFT} x2={W - 8} y1={y(0)} y2={y(0)} className="bp-axis" />
    </svg>
  );
}
