import type { EstateReport } from '../../../shared/report/estate-report';
import { planRequestOf, type PlanResponse } from '../report/plan-protocol';

// Plans a scenario's report off the UI thread with the plan worker's own code, in a
// worker of its own: the report cache's worker plans the estate shown, and a newer edit
// there takes the place of a waiting plan, which must not drop a scenario's.

let worker: Worker | undefined;
let nextId = 1;

export function planApart(report: EstateReport): Promise<void> {
  if (report.hasPlan) return Promise.resolve();
  worker ??= new Worker(new URL('../report/plan.worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<PlanResponse>) => {
      if (event.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      if (event.data.ok) {
        report.providePlan(event.data.plan);
        resolve();
      } else reject(new Error(event.data.error));
    };
    w.addEventListener('message', onMessage);
    w.postMessage(planRequestOf(id, report.input));
  });
}
