import type { BoardPack } from '../../../../shared/board-pack/board-pack-types';
import { timeScale } from './time-scale';

const W = 330;
const AXIS = 18;

/** The summary's timeline: every wave as a thin bar from start to end, its cutover a diamond, blackouts shaded. */
export function TimelineStrip({ pack }: { pack: BoardPack }) {
  const { waves, blackouts, conventions: c } = pack;
  const moving = waves.filter((w) => w.workloads > 0);
  if (moving.length === 0) return <p>No wave moves anything yet.</p>;
  const start = waves[0]?.start ?? '';
  const end = waves.reduce((e, w) => (w.end > e ? w.end : e), start);
  const row = Math.max(3, Math.min(18, Math.floor(160 / waves.length)));
  const height = AXIS + waves.length * row + 4;
  const s = timeScale(start, end, 28, W - 6);
  const ticks = s.monthTicks(6);
  return (
    <svg className="bp-chart" viewBox={`0 0 ${W} ${height}`} width="100%" role="img" aria-label={`Timeline: ${waves.length} waves from ${c.day(start)} to ${c.day(end)}`}>
      {blackouts.map((b) => (
        <rect
          key={b.from + b.label}
          x={s.x(b.from < start ? start : b.from)}
          y={AXIS}
          width={Math.max(1.5, s.x(b.to > end ? end : b.to) - s.x(b.from < start ? start : b.from))}
          height={height - AXIS}
          className="bp-blackout"
        />
      ))}
      {ticks.map((t) => (
        <g key={t}>
          <line x1={s.x(t)} x2={s.x(t)} y1={AXIS - 3} y2={height} className="bp-grid" />
          {/* A label with no room before the edge is left out; its line stays. */}
          {s.x(t) + 36 <= W && (
            <text x={s.x(t) + 2} y={AXIS - 6} className="bp-axis-label">
              {c.month(t)}
            </text>
          )}
        </g>
      ))}
      {waves.map((w, i) => {
        const y = AXIS + i * row + 1;
        const h = Math.max(2, row - 2);
        return (
          <g key={w.number}>
            {row >= 9 && (
              <text x={0} y={y + h - 1} className="bp-axis-label">
                W{w.number}
              </text>
            )}
            <rect x={s.x(w.start)} y={y} width={Math.max(2, s.x(w.end) - s.x(w.start))} height={h} rx={1.5} className={`bp-bar bp-phase-${w.phase}`} />
            <path d={`M${s.x(w.cutover)} ${y - 1} l${h / 2 + 1} ${h / 2 + 1} l${-(h / 2 + 1)} ${h / 2 + 1} l${-(h / 2 + 1)} ${-(h / 2 + 1)}z`} className="bp-cutover" />
          </g>
        );
      })}
    </svg>
  );
}
