import type { SpendPoint } from '../../../../shared/board-pack/board-pack-types';
import type { Conventions } from '../../../../shared/board-pack/conventions';
import { niceTicks } from './nice-ticks';

const W = 680;
const H = 210;
const LEFT = 64;
const BOTTOM = 22;

/** Cumulative spend month by month, with the plan and staying put, and the payback month marked. */
export function SpendChart({ spend, payback, c }: { spend: readonly SpendPoint[]; payback: string | null; c: Conventions }) {
  if (spend.length < 2) return <p>Too few months to draw the spend over time.</p>;
  const max = Math.max(...spend.map((p) => Math.max(p.withPlan, p.stayingPut)));
  const ticks = niceTicks(max);
  const top = ticks.at(-1) ?? 1;
  const plot = H - BOTTOM - 8;
  const x = (i: number) => LEFT + (i / (spend.length - 1)) * (W - LEFT - 10);
  const y = (v: number) => 8 + plot - (v / top) * plot;
  const line = (pick: (p: SpendPoint) => number) => spend.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)} ${y(pick(p)).toFixed(1)}`).join('');
  const every = Math.max(1, Math.ceil(spend.length / 8));
  const paybackAt = payback ? spend.findIndex((p) => p.month === payback) : -1;
  return (
    <svg className="bp-chart" viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label="Cumulative spend with the plan and staying put">
      {ticks.map((t) => (
        <g key={t}>
          <line x1={LEFT} x2={W - 10} y1={y(t)} y2={y(t)} className="bp-grid" />
          <text x={LEFT - 6} y={y(t) + 3} textAnchor="end" className="bp-axis-label">
            {c.compactMoney(t)}
          </text>
        </g>
      ))}
      {spend.map((p, i) =>
        i % every === 0 ? (
          <text key={p.month} x={x(i)} y={H - 6} textAnchor="middle" className="bp-axis-label">
            {c.month(p.month)}
          </text>
        ) : null,
      )}
      <path d={line((p) => p.stayingPut)} className="bp-line bp-line-stay" />
      <path d={line((p) => p.withPlan)} className="bp-line bp-line-plan" />
      {paybackAt >= 0 && (
        <g>
          <line x1={x(paybackAt)} x2={x(paybackAt)} y1={8} y2={H - BOTTOM} className="bp-payback" />
          <text x={x(paybackAt) + 4} y={18} className="bp-axis-label bp-strong">
            Payback {c.month(spend[paybackAt]?.month ?? '')}
          </text>
        </g>
      )}
      <line x1={LEFT} x2={W - 10} y1={y(0)} y2={y(0)} className="bp-axis" />
    </svg>
  );
}
