import type { BlackoutBand, WaveRow } from '../../../../shared/board-pack/board-pack-types';
import type { Conventions } from '../../../../shared/board-pack/conventions';
import { WAVE_PHASE_NAMES } from '../../../../shared/planner/plan-types';
import { timeScale } from './time-scale';

const W = 680;
const LABEL = 132;
const TOP = 30;
const ROW = 22;

/** Waves against the calendar: a bar from start to end, the cutover a diamond, blackouts shaded and named. */
export function Gantt({ waves, blackouts, span, c }: { waves: readonly WaveRow[]; blackouts: readonly BlackoutBand[]; span: { start: string; end: string }; c: Conventions }) {
  const height = TOP + waves.length * ROW + 22;
  const s = timeScale(span.start, span.end, LABEL, W - 8);
  const clip = (iso: string) => (iso < span.start ? span.start : iso > span.end ? span.end : iso);
  return (
    <svg className="bp-chart bp-gantt" viewBox={`0 0 ${W} ${height}`} width="100%" role="img" aria-label={`Gantt chart of waves ${waves[0]?.number ?? ''} to ${waves.at(-1)?.number ?? ''}`}>
      {blackouts.map((b) => {
        const x = s.x(clip(b.from));
        const width = Math.max(2, s.x(clip(b.to)) - x);
        return (
          <g key={b.from + b.label}>
            <rect x={x} y={TOP - 4} width={width} height={height - TOP - 14} className="bp-blackout" />
            <text x={x + 2} y={height - 6} className="bp-axis-label bp-blackout-label">
              {b.label}
            </text>
          </g>
        );
      })}
      {s.monthTicks(10).map((t) => (
        <g key={t}>
          <line x1={s.x(t)} x2={s.x(t)} y1={TOP - 10} y2={height - 18} className="bp-grid" />
          {s.x(t) + 36 <= W && (
            <text x={s.x(t) + 2} y={TOP - 14} className="bp-axis-label">
              {c.month(t)}
            </text>
          )}
        </g>
      ))}
      {waves.map((w, i) => {
        const y = TOP + i * ROW;
        const x0 = s.x(clip(w.start));
        const cx = s.x(clip(w.cutover));
        return (
          <g key={w.number}>
            <text x={0} y={y + 14} className="bp-gantt-label">
              Wave {w.number} · {WAVE_PHASE_NAMES[w.phase]}
            </text>
            <rect x={x0} y={y + 4} width={Math.max(3, s.x(clip(w.end)) - x0)} height={ROW - 8} rx={2} className={`bp-bar bp-phase-${w.phase}`} />
            <path d={`M${cx} ${y + 1}l8 10l-8 10l-8 -10z`} className="bp-cutover" />
          </g>
        );
      })}
    </svg>
  );
}
