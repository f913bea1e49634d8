import { EstateReport, REPORT_STAGES, type ReportStages } from '../../../shared/report/estate-report';
import { REPORT_INPUT_PARTS, sameParts, type ReportInput } from '../../../shared/report/report-input';
import { planRequestOf, type PlanResponse } from './plan-protocol';

// The renderer's one cache of the estate's report (shared/report). Every view, the
// badge and the tier-choice guard ask it for the report of what they show; a report
// is kept while its input parts are the same objects, so switching views reads what
// is there and an edit works out only the stages it touched.

/** Above this many workloads the plan is made in a worker; views show the last whole report meanwhile. */
export const WORKER_THRESHOLD = 1500;

let plansMade = 0;

/** How many times a plan has been made in this page, inline or in the worker; the browser tests read it from the page. */
function countPlan(): void {
  plansMade++;
  if (typeof document !== 'undefined') document.documentElement.dataset.plansMade = String(plansMade);
}

export function plansMadeSoFar(): number {
  return plansMade;
}

const COUNTED: ReportStages = {
  ...REPORT_STAGES,
  plan: (input, analysis) => {
    countPlan();
    return REPORT_STAGES.plan(input, analysis);
  },
};

// Two, so that a refused edit (the guard reads the report of the estate it would make)
// does not cost the report of the estate that stays.
let recent: EstateReport[] = [];

export function reportFor(content: ReportInput): EstateReport {
  const found = recent.find((r) => sameParts(r.input, content, REPORT_INPUT_PARTS));
  if (found) return found;
  const input: ReportInput = Object.fromEntries(REPORT_INPUT_PARTS.map((p) => [p, content[p]])) as unknown as ReportInput;
  const report = new EstateReport(input, recent[0], COUNTED);
  recent = [report, ...recent].slice(0, 2);
  return report;
}

// The worker plans one report at a time; a report asked for while it is busy waits,
// and gives way to a newer one (an edit made meanwhile), so typing into a large estate
// never queues a plan per keystroke.
interface Job {
  report: EstateReport;
  estateId: string;
  resolve(): void;
  reject(error: Error): void;
}
let worker: Worker | undefined;
let busy = false;
let waiting: Job | undefined;
let nextId = 1;
const inWorker = new WeakMap<EstateReport, Promise<void>>();

// The last report whose plan came from the worker, per estate: shown while the next plan
// is made, whole and consistent, one edit behind.
let lastPlanned: { estateId: string; report: EstateReport } | undefined;

export function lastPlannedReport(estateId: string): EstateReport | null {
  return lastPlanned?.estateId === estateId ? lastPlanned.report : null;
}

/** Makes the report's plan in the worker (once per report), and gives it to the report. */
export function planInWorker(report: EstateReport, estateId: string): Promise<void> {
  const asked = inWorker.get(report);
  if (asked) return asked;
  const done = new Promise<void>((resolve, reject) => {
    if (waiting) {
      inWorker.delete(waiting.report);
      waiting.reject(new Error('A newer edit was planned instead'));
    }
    waiting = { report, estateId, resolve, reject };
  });
  inWorker.set(report, done);
  runNext();
  return done;
}

function runNext(): void {
  if (busy || !waiting) return;
  const job = waiting;
  waiting = undefined;
  busy = true;
  worker ??= new Worker(new URL('./plan.worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  const id = nextId++;
  countPlan();
  const onMessage = (event: MessageEvent<PlanResponse>) => {
    if (event.data.id !== id) return;
    w.removeEventListener('message', onMessage);
    busy = false;
    if (event.data.ok) {
      job.report.providePlan(event.data.plan);
      lastPlanned = { estateId: job.estateId, report: job.report };
      job.resolve();
    } else {
      inWorker.delete(job.report);
      job.reject(new Error(event.data.error));
    }
    runNext();
  };
  w.addEventListener('message', onMessage);
  w.postMessage(planRequestOf(id, job.report.input));
}
