import { dateLimitsOf, type DateLimit } from '../../../shared/domain/workload-dates';
import type { Workload } from '../../../shared/domain/workload';
import type { Wave } from '../../../shared/planner/plan-types';

// Workloads' own date limits (not before, not after, done by, own blackouts) where the
// plan is shown: on the wave card that moves them, and on the timeline's row of that
// wave, each marked kept or missed by the wave's dates. The planner's issues say why a
// missed one could not be kept; these only show where the limits sit.

/** Lines listed at most: a wave of thousands with dates stays readable. */
const LISTED = 40;

export interface WaveLimit {
  wave: Wave;
  row: number;
  workload: Workload;
  limit: DateLimit;
  kept: boolean;
}

/** Every date limit of the waves' members, wave by wave. */
export function waveLimits(waves: readonly Wave[], byId: ReadonlyMap<string, Workload>): WaveLimit[] {
  const out: WaveLimit[] = [];
  waves.forEach((wave, row) => {
    for (const id of wave.cutoverOrder) {
      const workload = byId.get(id);
      if (!workload || (!workload.notBefore && !workload.notAfter && !workload.doneBy && workload.blackouts.length === 0)) continue;
      for (const limit of dateLimitsOf(workload)) out.push({ wave, row, workload, limit, kept: limit.keptBy(wave) });
    }
  });
  return out;
}

const line = (l: WaveLimit) => `${l.workload.name}: ${l.limit.words}`;

/** The wave card's list: "EHR interface: not in December 2026 (December freeze, own blackout)", kept or missed. */
export function WaveDateLimits({ wave, byId }: { wave: Wave; byId: ReadonlyMap<string, Workload> }) {
  const limits = waveLimits([wave], byId);
  if (limits.length === 0) return null;
  return (
    <ul className="wave-date-limits small" aria-label={`Date limits in wave ${wave.number}`}>
      {limits.slice(0, LISTED).map((l) => (
        <li key={`${l.workload.id}-${l.limit.kind}-${l.limit.day}`} data-kept={l.kept} data-workload={l.workload.id}>
          <span className="limit-mark" aria-hidden="true">
            {l.kept ? '✓' : '✗'}
          </span>
          {line(l)}
          {!l.kept && <span className="limit-missed"> (missed: see What gave way)</span>}
        </li>
      ))}
      {limits.length > LISTED && <li className="muted">and {(limits.length - LISTED).toLocaleString('en')} more</li>}
    </ul>
  );
}

type Scale = { x(iso: string): number; width(from: string, to: string): number; first: string; last: string; row: number };

/** On the timeline: a hatched band for an own blackout and a tick for a day limit, on the row of the wave that moves the workload. */
export function TimelineDateMarks({ limits, scale }: { limits: readonly WaveLimit[]; scale: Scale }) {
  const { x, width, first, last, row } = scale;
  return (
    <>
      {limits.map((l) => {
        const key = `${l.workload.id}-${l.limit.kind}-${l.limit.day}`;
        const className = `date-mark limit-${l.limit.kind}${l.kept ? ' kept' : ' missed'}`;
        const title = `${line(l)}: ${l.kept ? 'kept' : 'missed'} by wave ${l.wave.number}`;
        const to = l.limit.to ?? l.limit.day;
        if (to < first || l.limit.day > last) return null;
        if (l.limit.kind === 'blackout') {
          const from = l.limit.day < first ? first : l.limit.day;
          return <div key={key} className={className} title={title} style={{ top: l.row * row + 1, left: `${x(from)}%`, width: `${width(from, to > last ? last : to)}%` }} />;
        }
        return <div key={key} className={className} title={title} style={{ top: l.row * row, left: `${x(l.limit.day)}%` }} />;
      })}
    </>
  );
}

/** Under the timeline, each limit in words with the wave that keeps (or misses) it. */
export function TimelineDateLegend({ limits }: { limits: readonly WaveLimit[] }) {
  if (limits.length === 0) return null;
  return (
    <ul className="timeline-limits" aria-label="Workload date limits">
      {limits.slice(0, LISTED).map((l) => (
        <li key={`${l.workload.id}-${l.limit.kind}-${l.limit.day}`} className={`limit-${l.limit.kind}${l.kept ? ' kept' : ' missed'}`} data-kept={l.kept} data-wave={l.wave.number}>
          <span className="limit-swatch" aria-hidden="true" />
          {line(l)} <span className="muted">· wave {l.wave.number}</span>
          {!l.kept && <strong className="limit-missed"> missed</strong>}
        </li>
      ))}
      {limits.length > LISTED && <li className="muted">and {(limits.length - LISTED).toLocaleString('en')} more</li>}
    </ul>
  );
}
