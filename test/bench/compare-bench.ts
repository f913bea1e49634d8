// Issue 18: comparing two scenarios of the realistic 10,000-workload estate (both
// reports worked out as the Compare view reads them, then the comparison) against
// planning one (its report as a view reads it: plan, costs, quality, findings), in the
// same run. Target: 2.5x or less. Run alone with `npx tsx test/bench/compare-bench.ts`.
import { pathToFileURL } from 'node:url';
import { compareScenarios } from '../../shared/compare/compare-scenarios.js';
import type { Dependency } from '../../shared/domain/dependency.js';
import type { Workload } from '../../shared/domain/workload.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../shared/estate/estate-settings.js';
import { EstateReport } from '../../shared/report/estate-report.js';
import type { ReportInput } from '../../shared/report/report-input.js';
import { generateRealisticEstate } from '../../shared/synthetic/realistic-estate.js';
import { interleaved } from './interleaved.js';

/** Everything the Costs, Waves and Findings views read of one scenario's report. */
function plannedReport(input: ReportInput): EstateReport {
  const report = new EstateReport(input);
  void report.quality;
  void report.findings.all;
  return report;
}

export function compareBenchmark(estate: { workloads: Workload[]; dependencies: Dependency[] }, rounds: number): { base: number; ours: number; changedRows: number } {
  const baseline: ReportInput = { ...estate, ...DEFAULT_ESTATE_SETTINGS };
  // The other scenario: two waves in flight from March, and the first hundred workloads' tiers chosen stronger.
  const other: ReportInput = {
    ...baseline,
    workloads: estate.workloads.map((w, i) => (i < 100 ? { ...w, chosenTier: 'dedicated-environment' as const } : w)),
    planSettings: { ...baseline.planSettings, wavesInFlight: 2, startDate: '2027-03-01' },
  };
  let changedRows = 0;
  const times = interleaved({
    warmUp: 1,
    rounds,
    base: () => plannedReport(baseline),
    ours: () => {
      const comparison = compareScenarios([
        { id: 'baseline', name: 'Baseline', report: plannedReport(baseline) },
        { id: 'other', name: 'Other', report: plannedReport(other) },
      ]);
      changedRows = comparison.rows.filter((r) => r.anyChanged).length;
    },
  });
  return { ...times, changedRows };
}

export function printCompareBenchmark(workloads: number, rounds: number): void {
  const run = compareBenchmark(generateRealisticEstate({ workloads }), rounds);
  const ratio = run.ours / run.base;
  console.log(
    `comparing two scenarios of the realistic ${workloads.toLocaleString('en')}-workload estate (${run.changedRows.toLocaleString('en')} workloads differ) vs planning one: ${run.ours.toFixed(1)} vs ${run.base.toFixed(1)} ms = ${ratio.toFixed(2)}x  target ≤ 2.5x ${ratio <= 2.5 ? 'ok' : 'MISSED'}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) printCompareBenchmark(Number(process.env.BENCH_WORKLOADS ?? 10_000), Number(process.env.BENCH_ROUNDS ?? 5));
