/// <reference lib="webworker" />
import { analyseEstate } from '../../../shared/findings/analyse';
import { planEstate } from '../../../shared/report/plan-stage';
import type { PlanRequest, PlanResponse } from './plan-protocol';

// The report's plan stage for a large estate, off the UI thread: the same analysis and
// the same planner call as the report makes inline.
self.onmessage = (event: MessageEvent<PlanRequest>) => {
  const { id, ...input } = event.data;
  try {
    const plan = planEstate(input, analyseEstate(input));
    self.postMessage({ id, ok: true, plan } satisfies PlanResponse);
  } catch (error) {
    self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies PlanResponse);
  }
};
