import { format, parseISO } from 'date-fns';
import { LABEL_ROOM, type Scale } from './timeline-scale';

/** Half the room a marker's badge takes on the axis ("Last cutover" at 10.5 px). */
const MARKER_HALF = 44;

/** The dates along the top, kept in view while the rows scroll (sticky); labels thinned to their room, and kept clear of the markers' badges. */
export function TimelineAxis({ scale, label, markers }: { scale: Scale; label: number; markers: readonly { day: string; text: string; kind: string }[] }) {
  const badges = markers.map((m) => scale.px(m.day));
  const clear = (at: number) => badges.every((x) => at > x + MARKER_HALF || at + LABEL_ROOM - 8 < x - MARKER_HALF);
  return (
    <div className="timeline-axis" data-unit={scale.unit}>
      <div className="timeline-corner" style={{ width: label }} />
      <div className="timeline-ticks" style={{ width: scale.width }}>
        {scale.ticks.map((t) => (
          <span key={t.day} className={`tick${t.label ? ' named' : ''}`} style={{ left: t.at }}>
            {t.label && clear(t.at) ? t.label : null}
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
