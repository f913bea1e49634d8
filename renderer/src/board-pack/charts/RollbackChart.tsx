import type { RollbackRow } from '../../../../shared/board-pack/board-pack-types';
import { duration } from '../parts';

const W = 680;
const LABEL = 60;
const ROW = 16;
/** Waves drawn; a longer plan's rest are in the table below the chart. */
const MAX_WAVES = 30;

/** Each wave's rollback time as a bar against its maintenance window (the tick): red when it does not fit. */
export function RollbackChart({ rows }: { rows: readonly RollbackRow[] }) {
  const shown = rows.slice(0, MAX_WAVES);
  if (shown.length === 0) return null;
  const longest = Math.max(...shown.map((r) => Math.max(r.rollbackMinutes, r.windowMinutes)), 1);
  const x = (minutes: number) => LABEL + (minutes / longest) * (W - LABEL - 70);
  const height = shown.length * ROW + 6;
  return (
    <svg className="bp-chart" viewBox={`0 0 ${W} ${height}`} width="100%" role="img" aria-label="Rollback time of each wave against its maintenance window">
      {shown.map((r, i) => {
        const y = i * ROW + 3;
        const fits = r.rollbackMinutes <= r.windowMinutes && r.rtoBreaches === 0;
        return (
          <g key={r.wave}>
            <text x={0} y={y + 10} className="bp-gantt-label">
              Wave {r.wave}
            </text>
            <rect x={LABEL} y={y + 2} width={Math.max(1.5, x(r.rollbackMinutes) - LABEL)} height={ROW - 6} rx={1.5} className={fits ? 'bp-fill-2' : 'bp-fill-bad'} />
            <line x1={x(r.windowMinutes)} x2={x(r.windowMinutes)} y1={y} y2={y + ROW - 2} className="bp-window" />
            <text x={x(r.rollbackMinutes) + 5} y={y + 10} className="bp-axis-label">
              {duration(r.rollbackMinutes)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
