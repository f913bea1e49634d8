/**
 * A duration as people say it, exact to the minute ("45 min", "2 h", "2 h 24 min"),
 * so that two durations that compare one way never read the other way (a rounded
 * "8 h" rollback must not "exceed" an 8 h window). The runbooks and the planner's
 * rollback condition both speak in it.
 */
export function formatDuration(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest ? `${h.toLocaleString('en')} h ${rest} min` : `${h.toLocaleString('en')} h`;
}
