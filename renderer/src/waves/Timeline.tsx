import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { Wave } from '../../../shared/planner/plan-types';
import type { PlanSettings } from '../../../shared/planner/settings';
import type { Workload } from '../../../shared/domain/workload';
import { closedSpans } from '../../../shared/planner/calendar';
import { TimelineDateLegend, TimelineDateMarks, waveLimits } from './DateLimits';

const ROW = 26;
const LABEL = 86;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The waves on a calendar: a bar per wave, its cutover marked, blackout windows shaded; waves on the critical path outlined and labelled; workloads' own date limits marked. */
export function Timeline({
  waves,
  settings,
  onPick,
  critical,
  byId,
}: {
  waves: readonly Wave[];
  settings: PlanSettings;
  onPick(wave: number): void;
  critical?: ReadonlySet<number>;
  byId?: ReadonlyMap<string, Workload>;
}) {
  if (waves.length === 0) return null;
  const limits = byId ? waveLimits(waves, byId) : [];
  const first = waves.reduce((m, w) => (w.start < m ? w.start : m), waves[0]?.start as string);
  // A day limit after the last wave (a "done by" the plan keeps early) still gets its tick.
  const lastWaveDay = waves.reduce((m, w) => (w.end > m ? w.end : m), waves[0]?.end as string);
  const last = limits.reduce((m, l) => (l.limit.kind !== 'blackout' && l.limit.day > m ? l.limit.day : m), lastWaveDay);
  const days = Math.max(1, differenceInCalendarDays(parseISO(last), parseISO(first)) + 1);
  const x = (iso: string) => (differenceInCalendarDays(parseISO(iso), parseISO(first)) / days) * 100;
  const width = (from: string, to: string) => Math.max(0.4, ((differenceInCalendarDays(parseISO(to), parseISO(from)) + 1) / days) * 100);
  const months: { label: string; at: number }[] = [];
  for (let d = parseISO(first); d <= parseISO(last); d = new Date(d.getFullYear(), d.getMonth() + 1, 1)) {
    const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-01`;
    months.push({ label: `${MONTHS[d.getMonth()]} ${d.getFullYear()}`, at: Math.max(0, x(iso)) });
  }
  const blackouts = settings.blackouts.filter((b) => b.to >= first && b.from <= last);
  // Finance close and public holidays, shaded so a stretched or early cutover explains itself.
  const closed = closedSpans(settings, first, last);
  return (
    <section className="timeline" aria-label="Wave timeline">
      <div className="timeline-scale" style={{ marginLeft: LABEL }}>
        {months.map((m) => (
          <span key={m.label} className="month" style={{ left: `${m.at}%` }}>
            {m.label}
          </span>
        ))}
      </div>
      <div className="timeline-rows" style={{ height: waves.length * ROW + 6 }}>
        <div className="timeline-track" style={{ left: LABEL }}>
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
          {waves.map((w, i) => (
            <button
              key={w.number}
              type="button"
              className={`wave-bar phase-${w.phase}${critical?.has(w.number) ? ' on-critical-path' : ''}`}
              title={`Wave ${w.number}: ${w.start} to ${w.end}, cutover ${w.cutover}${w.cutoverMoved.length ? ` (kept clear of ${w.cutoverMoved.join(', ')})` : ''}${critical?.has(w.number) ? '; on the critical path' : ''}`}
              style={{ top: i * ROW + 3, left: `${x(w.start)}%`, width: `${width(w.start, w.end)}%` }}
              onClick={() => onPick(w.number)}
            >
              <span
                className="cutover"
                style={{ left: `${((differenceInCalendarDays(parseISO(w.cutover), parseISO(w.start)) + 0.5) / (differenceInCalendarDays(parseISO(w.end), parseISO(w.start)) + 1)) * 100}%` }}
              />
            </button>
          ))}
          <TimelineDateMarks limits={limits} scale={{ x, width, first, last, row: ROW }} />
        </div>
        {waves.map((w, i) => (
          <span key={w.number} className="wave-label" style={{ top: i * ROW + 3 }}>
            Wave {w.number}
            {critical?.has(w.number) && (
              <abbr className="critical-mark" title="On the critical path">
                CP
              </abbr>
            )}
          </span>
        ))}
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
