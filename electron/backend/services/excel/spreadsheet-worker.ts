import { parentPort } from 'node:worker_threads';
import { serializeError } from '../../../../shared/errors.js';
import { memoryPeak, resetMemoryPeak, sampleMemory } from './memory-peak.js';
import { parseSpreadsheet } from './parse-spreadsheet.js';
import type { WorkerAnswer, WorkerJob } from './spreadsheet-worker-pool.js';

// The worker thread a spreadsheet is read in (see spreadsheet-worker-pool.ts): one file at
// a time, answered with its rows or its refusal, and the most memory the read used. If a
// file makes this thread run out of heap or time, the host ends the thread, not itself.

parentPort?.on('message', (job: WorkerJob) => {
  resetMemoryPeak();
  let answer: WorkerAnswer;
  try {
    const value = parseSpreadsheet(job.fileName, job.bytes, job.limits);
    sampleMemory(true);
    answer = { id: job.id, ok: true, value, peak: memoryPeak() };
  } catch (error) {
    answer = { id: job.id, ok: false, error: serializeError(error), peak: memoryPeak() };
  }
  parentPort?.postMessage(answer);
});
