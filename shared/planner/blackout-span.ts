// Blackouts may overlap or touch; together they must leave a day to cut over on within
// any year, or the calendar would search on for ever. Kept apart from the schema so the
// message can name the days.

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/** The longest run of days the blackouts close together (inclusive), from and to. */
export function longestBlackoutRun(blackouts: readonly { from: string; to: string }[]): { from: string; to: string; days: number } | undefined {
  const sorted = blackouts.filter((b) => b.to >= b.from).sort((a, b) => a.from.localeCompare(b.from));
  let best: { from: string; to: string; days: number } | undefined;
  let run: { from: string; to: string } | undefined;
  const close = () => {
    if (!run) return;
    const days = dayNumber(run.to) - dayNumber(run.from) + 1;
    if (!best || days > best.days) best = { ...run, days };
  };
  for (const b of sorted) {
    // A blackout starting the day after the run ends joins it: no open day between.
    if (run && dayNumber(b.from) <= dayNumber(run.to) + 1) {
      if (b.to > run.to) run.to = b.to;
    } else {
      close();
      run = { from: b.from, to: b.to };
    }
  }
  close();
  return best;
}

export const LONGEST_BLACKOUT_DAYS = 366;

/** Why the blackouts cannot be kept, in words; undefined when they can. */
export function blackoutProblem(blackouts: readonly { from: string; to: string }[]): string | undefined {
  const run = longestBlackoutRun(blackouts);
  if (run && run.days > LONGEST_BLACKOUT_DAYS)
    return `Blackouts close every day from ${run.from} to ${run.to} (${run.days} days): at most a year in a row, or no wave could cut over. Shorten or split them.`;
  return undefined;
}
