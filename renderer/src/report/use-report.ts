import { useEffect, useMemo, useReducer } from 'react';
import type { EstateAnalysis } from '../../../shared/findings/analyse';
import type { EstateReport } from '../../../shared/report/estate-report';
import type { ReportInput } from '../../../shared/report/report-input';
import { lastPlannedReport, planInWorker, reportFor, WORKER_THRESHOLD } from './report-cache';

/** The report of the estate shown; its stages are worked out when a view first reads them. */
export function useReport(snapshot: ReportInput): EstateReport {
  const { workloads, dependencies, classification, planSettings, rollbackSettings, rateCard, runbookEdits } = snapshot;
  return useMemo(
    () => reportFor({ workloads, dependencies, classification, planSettings, rollbackSettings, rateCard, runbookEdits }),
    [workloads, dependencies, classification, planSettings, rollbackSettings, rateCard, runbookEdits],
  );
}

/** Sensitivity, recommendations, planned tiers, cycles and the estate's findings. */
export function useAnalysis(snapshot: ReportInput): EstateAnalysis {
  return useReport(snapshot).analysis;
}

/**
 * The report with its plan: at once for small and mid estates; above WORKER_THRESHOLD
 * the plan is made in the worker and, until it comes, the last planned report of this
 * estate (`pending` true; null if there is none yet). `enabled` false asks for no plan
 * (the graph needs one only when it groups by wave).
 */
export function usePlannedReport(snapshot: ReportInput & { estate: { id: string } }, enabled = true): { report: EstateReport | null; pending: boolean } {
  const report = useReport(snapshot);
  const estateId = snapshot.estate.id;
  const large = report.input.workloads.length > WORKER_THRESHOLD;
  const [, planArrived] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!enabled || !large || report.hasPlan) return;
    let live = true;
    planInWorker(report, estateId).then(
      () => live && planArrived(),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [enabled, large, report, estateId]);
  if (!enabled) return { report: null, pending: false };
  if (!large || report.hasPlan) return { report, pending: false };
  return { report: lastPlannedReport(estateId), pending: true };
}
