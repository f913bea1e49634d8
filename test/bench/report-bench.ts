// Issue 15: the whole report (analysis → plan → runbooks → costs → findings) of the
// 10,000-workload estate from scratch, as a ratio to one linear pass; and what a view
// switch costs once the report is there (it reads the kept stages, planning nothing).
import type { Dependency } from '../../shared/domain/dependency.js';
import type { Workload } from '../../shared/domain/workload.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../shared/estate/estate-settings.js';
import { EstateReport } from '../../shared/report/estate-report.js';
import { linearPass } from './analysis-bench.js';
import { interleaved } from './interleaved.js';

export function reportBenchmark(estate: { workloads: Workload[]; dependencies: Dependency[] }, rounds: number): { base: number; ours: number; viewSwitchMs: number } {
  const input = { ...estate, ...DEFAULT_ESTATE_SETTINGS };
  let kept: EstateReport | undefined;
  const times = interleaved({
    warmUp: 2,
    rounds,
    base: () => linearPass(estate.workloads, estate.dependencies),
    ours: () => {
      kept = new EstateReport(input);
      void kept.findings.all;
      void kept.costs.spend;
    },
  });
  // Waves, Rollback, Costs, Findings, Waves: each reads the kept report.
  const report = kept as EstateReport;
  const start = performance.now();
  for (let i = 0; i < 100; i++) {
    void report.plan.waves;
    void report.editedRunbooks.of(report.runbooks[0]?.wave ?? 1);
    void report.costs.byWave;
    void report.findings.count;
  }
  return { ...times, viewSwitchMs: (performance.now() - start) / 100 };
}
