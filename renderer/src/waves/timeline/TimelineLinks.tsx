import type { Wave } from '../../../../shared/planner/plan-types';
import type { Scale } from './timeline-scale';
import type { WaveLink } from './wave-links';

/**
 * Arrows between dependent waves: from the cutover of the wave a wave waits on last, down
 * to its row and on to its start. Behind the bars, and never in the way of a click.
 */
export function TimelineLinks({ links, waves, scale, row }: { links: readonly WaveLink[]; waves: readonly Wave[]; scale: Scale; row: number }) {
  const rowOf = new Map(waves.map((w, i) => [w.number, i]));
  return (
    <svg className="timeline-links" width={scale.width} height={waves.length * row} aria-hidden="true">
      <defs>
        <marker id="timeline-arrow" viewBox="0 0 6 6" refX="5" refY="3" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0 L6,3 L0,6 z" />
        </marker>
      </defs>
      {links.map((l) => {
        const from = waves[rowOf.get(l.from) ?? -1];
        const to = waves[rowOf.get(l.to) ?? -1];
        if (!from || !to) return null;
        const x1 = scale.px(from.cutover) + scale.pxPerDay / 2;
        const y1 = (rowOf.get(l.from) as number) * row + row - 3;
        const x2 = Math.max(scale.px(to.start), x1 + 4) - 1;
        const y2 = (rowOf.get(l.to) as number) * row + row / 2;
        return (
          <path key={`${l.from}-${l.to}`} data-link={`${l.from}-${l.to}`} d={`M${x1},${y1} V${y2} H${x2}`} markerEnd="url(#timeline-arrow)">
            <title>
              Wave {l.to} depends on wave{l.all.length > 1 ? `s ${l.all.join(', ')}` : ` ${l.from}`} ({l.dependencies.toLocaleString('en')} link{l.dependencies === 1 ? '' : 's'})
            </title>
          </path>
        );
      })}
    </svg>
  );
}
