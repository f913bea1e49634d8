import { useEffect, useState } from 'react';
import { compareScenarios, type ComparedScenario, type ScenarioComparison } from '../../../shared/compare/compare-scenarios';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import { EstateReport } from '../../../shared/report/estate-report';
import { bridge } from '../bridge/current';
import { planInWorker, reportFor, WORKER_THRESHOLD } from '../report/report-cache';
import { planApart } from './plan-apart';

// The comparison of the scenarios picked: each scenario's snapshot from openScenario (the
// one shown from the store), its report from the same stages the views read (the shown
// one from the report cache), planned off the UI thread above the worker threshold, and
// the remaining stages worked out one scenario at a time with the UI let in between.

export type ComparisonState =
  { kind: 'working'; done: number; total: number; stage: string } | { kind: 'ready'; comparison: ScenarioComparison; scenarios: ComparedScenario[] } | { kind: 'failed'; message: string };

// The last scenarios' reports, by estate revision: coming back to the view plans nothing
// again. Three, the most one comparison reads besides the scenario shown (a 10,000-workload
// report with its runbooks is large).
const kept = new Map<string, EstateReport>();
const KEPT = 3;

const STAGES: ((report: EstateReport) => unknown)[] = [(r) => r.analysis, (r) => r.costs, (r) => r.quality, (r) => r.editedRunbooks, (r) => r.findings];

const letTheUiIn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function reportOf(snapshot: EstateSnapshot, scenarioId: string): Promise<EstateReport> {
  if (scenarioId === snapshot.activeScenarioId) return reportFor(snapshot);
  const key = `${snapshot.estate.id}@${snapshot.estate.revision}/${scenarioId}`;
  const found = kept.get(key);
  if (found) return found;
  const opened = await bridge().openScenario({ id: snapshot.estate.id, scenarioId });
  const report = new EstateReport(opened);
  kept.set(key, report);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
  return report;
}

export function useComparison(snapshot: EstateSnapshot, ids: readonly string[]): ComparisonState {
  const [state, setState] = useState<ComparisonState>({ kind: 'working', done: 0, total: 1, stage: 'Reading the scenarios…' });
  const key = ids.join(' ');
  useEffect(() => {
    if (ids.length < 2) return;
    let live = true;
    const names = new Map(snapshot.scenarios.map((s) => [s.id, s.name]));
    const total = ids.length * 2 + 1;
    const step = (done: number, stage: string) => live && setState({ kind: 'working', done, total, stage });
    void (async () => {
      const scenarios: ComparedScenario[] = [];
      for (const [i, id] of ids.entries()) {
        const name = names.get(id) ?? id;
        step(i * 2, `Reading ${name} (${i + 1} of ${ids.length})…`);
        const report = await reportOf(snapshot, id);
        if (!live) return;
        step(i * 2 + 1, `Planning ${name} (${i + 1} of ${ids.length})…`);
        await letTheUiIn();
        // The scenario shown is planned by the report cache's worker, as every view plans it.
        if (report.input.workloads.length > WORKER_THRESHOLD && !report.hasPlan) await (id === snapshot.activeScenarioId ? planInWorker(report, snapshot.estate.id) : planApart(report));
        if (!live) return;
        // The stages the comparison reads, each a task of its own with the UI let in between
        // (on 10,000 workloads each takes a few hundred milliseconds).
        for (const stage of STAGES) {
          stage(report);
          await letTheUiIn();
          if (!live) return;
        }
        scenarios.push({ id, name, report });
      }
      step(total - 1, 'Comparing…');
      await letTheUiIn();
      if (!live) return;
      setState({ kind: 'ready', comparison: compareScenarios(scenarios), scenarios });
    })().catch((e: unknown) => live && setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
    // The snapshot's parts decide the reports; the ids are compared by their joined key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, snapshot]);
  return state;
}
