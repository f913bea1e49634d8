// Progress of long back-end work (the plan workbook), by a job id the renderer chooses,
// read by polling: both hosts answer a poll between the steps of the work, which yields
// to the event loop after each step.

export interface Progress {
  done: number;
  total: number;
  stage: string;
}

const jobs = new Map<string, Progress>();

export function reportProgress(job: string | undefined, progress: Progress): void {
  if (job) jobs.set(job, progress);
}

export function progressOf(job: string): Progress | null {
  return jobs.get(job) ?? null;
}

export function endJob(job: string | undefined): void {
  if (job) jobs.delete(job);
}

/** Lets waiting requests (a progress poll) be answered before the next step. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
