import type { EstateReport } from '../report/estate-report.js';

// The compared scenarios' charts as rows a chart library draws overlaid: one row per
// month (cumulative spend) or per cutover date (workloads moved so far), one value per
// scenario in the scenarios' order, left empty where that scenario's series has ended or not begun.

export interface OverlaidRow {
  at: string;
  series: (number | undefined)[];
}

/** Each scenario's cumulative spend with its plan (the Costs view's chart), by month. */
export function overlaidSpend(scenarios: readonly { id: string; report: EstateReport }[]): OverlaidRow[] {
  const rows = new Map<string, OverlaidRow>();
  scenarios.forEach(({ report }, i) => {
    for (const m of report.costs.spend.months) {
      let row = rows.get(m.month);
      if (!row) rows.set(m.month, (row = { at: m.month, series: scenarios.map(() => undefined) }));
      row.series[i] = m.cumulativeWithPlan;
    }
  });
  return [...rows.values()].sort((a, b) => a.at.localeCompare(b.at));
}

/**
 * Workloads moved so far, at each wave's cutover: a step per wave, so the waves of each
 * scenario show over time. Between a scenario's cutovers its count carries on.
 */
export function overlaidWaves(scenarios: readonly { id: string; report: EstateReport }[]): OverlaidRow[] {
  const moves = new Map<string, Map<string, number>>();
  for (const { id, report } of scenarios) {
    const byDay = new Map<string, number>();
    for (const w of report.plan.waves) if (w.cutoverOrder.length > 0) byDay.set(w.cutover, (byDay.get(w.cutover) ?? 0) + w.cutoverOrder.length);
    moves.set(id, byDay);
  }
  const days = [...new Set([...moves.values()].flatMap((m) => [...m.keys()]))].sort();
  const last = new Map(scenarios.map(({ id }) => [id, [...(moves.get(id)?.keys() ?? [])].sort().at(-1) ?? '']));
  const sums = new Map(scenarios.map(({ id }) => [id, 0]));
  return days.map((at) => {
    const series = scenarios.map(({ id }) => {
      const sum = (sums.get(id) ?? 0) + (moves.get(id)?.get(at) ?? 0);
      sums.set(id, sum);
      // A scenario that has finished stops, so its line ends at its last cutover.
      return at <= (last.get(id) ?? '') ? sum : undefined;
    });
    return { at, series };
  });
}
