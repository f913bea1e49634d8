import { format, parseISO } from 'date-fns';
import type { Scale } from './timeline-scale';

/** The dates along the top, kept in view while the rows scroll (sticky); labels thinned to their room. */
export function TimelineAxis({ scale, label, markers }: { scale: Scale; label: number; markers: readonly { day: string; text: string; kind: string }[] }) {
  return (
    <div className="timeline-axis" data-unit={scale.unit}>
      <div className="timeline-corner" style={{ width: label }} />
      <div className="timeline-ticks" style={{ width: scale.width }}>
        {scale.ticks.map((t) => (
          <span key={t.day} className={`tick${t.label ? ' named' : ''}`} style={{ left: t.at }}>
            {t.label}
          </span>
        ))}
        {markers.map((m) => (
          <span key={m.kind} className={`axis-marker ${m.kind}`} style={{ left: scale.px(m.day) }} title={`${m.text}: ${format(parseISO(m.day), 'd MMM yyyy')}`}>
            {m.text}
          </span>
        ))}
      </div>
    </div>
  );
}
