// How many labels a chart axis has room for (issue 19: beyond some 20 waves the Costs
// charts' wave labels ran into each other). Recharts thins the axis ticks itself
// (interval "preserveStartEnd"); the cumulative chart's wave marks are reference lines,
// which it does not thin, so they are thinned here by where they fall in the chart.

/** Room one wave mark needs: "W12–14" at 10 px, with a gap. */
export const MARK_ROOM = 52;

/**
 * Which marks carry a label, given where each falls across the plot (0 to 1, in order)
 * and the plot's width in pixels: a mark is labelled when it is a label's room past the
 * last labelled one, so labels never touch however many waves there are.
 */
export function labelledMarks(at: readonly number[], width: number): ReadonlySet<number> {
  const labelled = new Set<number>();
  let last = -Infinity;
  at.forEach((fraction, i) => {
    const x = fraction * width;
    if (x - last < MARK_ROOM) return;
    labelled.add(i);
    last = x;
  });
  return labelled;
}
