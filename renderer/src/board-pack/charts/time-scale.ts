// Calendar days on an SVG axis: whole days since 1970 in UTC, so no time zone moves a bar.

export function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10) || '1')) / 86_400_000;
}

export interface TimeScale {
  x(iso: string): number;
  /** The first day of each month in the span, thinned to at most `max` (every 2nd, 3rd, 6th or 12th month). */
  monthTicks(max: number): string[];
}

export function timeScale(start: string, end: string, left: number, right: number): TimeScale {
  const from = dayNumber(start);
  const to = Math.max(dayNumber(end), from + 1);
  const x = (iso: string) => left + ((dayNumber(iso) - from) / (to - from)) * (right - left);
  return {
    x,
    monthTicks(max) {
      const months: string[] = [];
      let y = Number(start.slice(0, 4));
      let m = Number(start.slice(5, 7));
      // The first tick is the first month start inside the span.
      if (Number(start.slice(8, 10)) > 1) m++;
      for (;;) {
        if (m > 12) {
          m = 1;
          y++;
        }
        const iso = `${y}-${String(m).padStart(2, '0')}-01`;
        if (dayNumber(iso) > to) break;
        months.push(iso);
        m++;
      }
      const step = [1, 2, 3, 6, 12, 24].find((s) => Math.ceil(months.length / s) <= max) ?? 24;
      return months.filter((iso) => (Number(iso.slice(5, 7)) - 1) % step === 0 || step === 1);
    },
  };
}
