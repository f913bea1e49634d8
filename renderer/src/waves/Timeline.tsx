import { format } from 'date-fns';
import { useMemo, useRef, useState } from 'react';
import type { Dependency } from '../../../shared/domain/dependency';
import type { Workload } from '../../../shared/domain/workload';
import { closedSpans } from '../../../shared/planner/calendar';
import type { Wave } from '../../../shared/planner/plan-types';
import type { PlanSettings } from '../../../shared/planner/settings';
import { TimelineDateLegend, TimelineDateMarks, waveLimits } from './DateLimits';
import { TimelineAxis } from './timeline/TimelineAxis';
import { TimelineLinks } from './timeline/TimelineLinks';
import { TimelineToolbar } from './timeline/TimelineToolbar';
import { barDates, timelineScale, type Zoom } from './timeline/timeline-scale';
import { useWidth } from '../components/use-width';
import { waveLinks } from './timeline/wave-links';

const ROW = 26;
const LABEL = 106; // "Wave 103 CP"
/** Room right of the last bar for its dates. */
const DATES_ROOM = 120;
/** Above this many waves the timeline opens by month and scrolls, rather than squeezing every wave into the width. */
const FIT_UP_TO = 20;

/**
 * The waves on a calendar: a bar per wave with its dates, its cutover marked, arrows from
 * the waves it waits for, blackout windows and closed days shaded, today and the last
 * cutover marked; waves on the critical path outlined and labelled; workloads' own date
 * limits marked. Zooms by week, month or quarter; the axis and the wave names stay in
 * view while it scrolls.
 */
export function Timeline({
  waves,
  settings,
  onPick,
  critical,
  byId,
  dependencies,
  waveOf,
}: {
  waves: readonly Wave[];
  settings: PlanSettings;
  onPick(wave: number): void;
  critical?: ReadonlySet<number>;
  byId?: ReadonlyMap<string, Workload>;
  dependencies?: readonly Dependency[];
  waveOf?: ReadonlyMap<string, number>;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const room = useWidth(scroller);
  const [zoom, setZoom] = useState<Zoom>(() => (waves.length > FIT_UP_TO ? 'months' : 'fit'));
  const links = useMemo(
    () => (dependencies && waveOf ? waveLinks(dependencies, waveOf, new Set(waves.filter((w) => w.phase === 'foundation').map((w) => w.number))) : []),
    [dependencies, waveOf, waves],
  );
  if (waves.length === 0) return null;
  const limits = byId ? waveLimits(waves, byId) : [];
  const first = waves.reduce((m, w) => (w.start < m ? w.start : m), waves[0]?.start as string);
  // A day limit after the last wave (a "done by" the plan keeps early) still gets its tick.
  const lastWaveDay = waves.reduce((m, w) => (w.end > m ? w.end : m), waves[0]?.end as string);
  const lastCutover = waves.reduce((m, w) => (w.cutover > m ? w.cutover : m), waves[0]?.cutover as string);
  const last = limits.reduce((m, l) => (l.limit.kind !== 'blackout' && l.limit.day > m ? l.limit.day : m), lastWaveDay);
  const scale = timelineScale(first, last, zoom, Math.max(200, room - LABEL - DATES_ROOM));
  // Shades, blackouts and date marks are placed in percent of the track, which is the scale's width.
  const x = (iso: string) => (scale.px(iso) / scale.width) * 100;
  const width = (from: string, to: string) => Math.max((2 / scale.width) * 100, ((scale.px(to) - scale.px(from) + scale.pxPerDay) / scale.width) * 100);
  const blackouts = settings.blackouts.filter((b) => b.to >= first && b.from <= last);
  // Finance close and public holidays, shaded so a stretched or early cutover explains itself.
  const closed = closedSpans(settings, first, last);
  const today = format(new Date(), 'yyyy-MM-dd');
  const todayShown = today >= first && today <= last;
  const todayText = todayShown ? 'today' : `today (${format(new Date(), 'd MMM yyyy')}, ${today < first ? 'before the first wave' : 'after the last wave'})`;
  const markers = [...(todayShown ? [{ day: today, text: 'Today', kind: 'today' }] : []), { day: lastCutover, text: 'Last cutover', kind: 'end' }];
  const height = waves.length * ROW + 6;
  return (
    <section className="timeline" aria-label="Wave timeline" data-zoom={zoom} data-unit={scale.unit}>
      <TimelineToolbar zoom={zoom} onZoom={setZoom} today={todayText} />
      <div className="timeline-scroll" ref={scroller}>
        <div className="timeline-canvas" style={{ width: LABEL + scale.width + DATES_ROOM }}>
          <TimelineAxis scale={scale} label={LABEL} markers={markers} />
          <div className="timeline-body" style={{ height }}>
            <div className="timeline-labels" style={{ width: LABEL }}>
              {waves.map((w, i) => (
                <button key={w.number} type="button" className="wave-label" style={{ top: i * ROW + 3 }} onClick={() => onPick(w.number)}>
                  Wave {w.number}
                  {critical?.has(w.number) && (
                    <abbr className="critical-mark" title="On the critical path">
                      CP
                    </abbr>
                  )}
                </button>
              ))}
            </div>
            <div className="timeline-track" style={{ width: scale.width }}>
              {scale.ticks.map((t) => (
                <div key={t.day} className={`grid-line${t.label ? ' named' : ''}`} style={{ left: t.at }} />
              ))}
              {closed.map((c) => (
                <div
                  key={`${c.from}-${c.why}`}
                  className="closed-span"
                  title={`No cutover: ${c.why}, ${c.from === c.to ? c.from : `${c.from} to ${c.to}`}`}
                  style={{ left: `${x(c.from)}%`, width: `${width(c.from, c.to)}%` }}
                />
              ))}
              {blackouts.map((b) => (
                <div
                  key={`${b.from}-${b.label}`}
                  className="blackout"
                  title={`${b.label}: ${b.from} to ${b.to}`}
                  style={{ left: `${Math.max(0, x(b.from))}%`, width: `${width(b.from < first ? first : b.from, b.to > last ? last : b.to)}%` }}
                >
                  <span>{b.label}</span>
                </div>
              ))}
              <TimelineLinks links={links} waves={waves} scale={scale} row={ROW} />
              {markers.map((m) => (
                <div key={m.kind} className={`marker-line ${m.kind}`} style={{ left: scale.px(m.day) + scale.pxPerDay / 2 }} />
              ))}
              {waves.map((w, i) => (
                <WaveBar
                  key={w.number}
                  wave={w}
                  row={i}
                  critical={critical?.has(w.number) ?? false}
                  left={scale.px(w.start)}
                  width={scale.px(w.end) - scale.px(w.start) + scale.pxPerDay}
                  cutoverAt={scale.px(w.cutover) - scale.px(w.start) + scale.pxPerDay / 2}
                  onPick={onPick}
                />
              ))}
              <TimelineDateMarks limits={limits} scale={{ x, width, first, last, row: ROW }} />
            </div>
          </div>
        </div>
      </div>
      {closed.length > 0 && (
        <p className="timeline-closed-note">
          <span className="closed-swatch" aria-hidden="true" /> Shaded: finance close and public holidays, when no wave cuts over (hover for which).
        </p>
      )}
      <TimelineDateLegend limits={limits} />
    </section>
  );
}

/** One wave's bar, its cutover diamond, and its dates beside it (each row holds one bar, so the space to its right is free). */
function WaveBar({ wave, row, critical, left, width, cutoverAt, onPick }: { wave: Wave; row: number; critical: boolean; left: number; width: number; cutoverAt: number; onPick(wave: number): void }) {
  const title = `Wave ${wave.number}: ${wave.start} to ${wave.end}, cutover ${wave.cutover}${wave.cutoverMoved.length ? ` (kept clear of ${wave.cutoverMoved.join(', ')})` : ''}${critical ? '; on the critical path' : ''}`;
  return (
    <>
      <button
        type="button"
        className={`wave-bar phase-${wave.phase}${critical ? ' on-critical-path' : ''}`}
        title={title}
        aria-label={title}
        data-wave={wave.number}
        style={{ top: row * ROW + 3, left, width: Math.max(4, width) }}
        onClick={() => onPick(wave.number)}
      >
        <span className="cutover" style={{ left: cutoverAt }} />
      </button>
      <span className="bar-dates" style={{ top: row * ROW + 3, left: left + Math.max(4, width) + 6 }}>
        {barDates(wave.start, wave.end)}
      </span>
    </>
  );
}
