/// <reference lib="webworker" />
import { analyseEstate } from '../../../shared/findings/analyse';
import { planWaves } from '../../../shared/planner/plan-waves';
import type { PlanRequest, PlanResponse } from './plan-protocol';

// Plans a large estate off the UI thread: the analysis (cycles, sensitivity) and then
// the planner, both pure shared code.
self.onmessage = (event: MessageEvent<PlanRequest>) => {
  const { id, workloads, dependencies, settings } = event.data;
  try {
    const analysis = analyseEstate({ workloads, dependencies });
    const plan = planWaves({ workloads, dependencies, settings, cycles: analysis.cycles, levelOf: (w) => analysis.sensitivity.levelOf(w), index: analysis.index });
    self.postMessage({ id, ok: true, plan } satisfies PlanResponse);
  } catch (error) {
    self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies PlanResponse);
  }
};
