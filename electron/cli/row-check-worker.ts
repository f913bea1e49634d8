import { parentPort } from 'node:worker_threads';
import { serializeError } from '../../shared/errors.js';
import type { WorkerAnswer } from '../backend/services/worker-job.js';
import { checkEstateContents } from '../backend/services/estate-file.js';

// The worker thread that checks what an estate file holds (SQLite's integrity and
// references, every row against the contract's schemas: estate-file.ts,
// checkEstateContents) while the command reads and plans it on the main thread
// (estate-at-path.ts): the command prints nothing until this has answered.

export interface RowCheckJob {
  path: string;
  shownAs: string;
}

export type RowCheckAnswer = WorkerAnswer<void>;

parentPort?.once('message', (job: RowCheckJob) => {
  let answer: RowCheckAnswer;
  try {
    // A file from outside (a repository, a CI job): the full integrity check, as an import's.
    checkEstateContents(job.path, job.shownAs, { thorough: true });
    answer = { ok: true, value: undefined };
  } catch (error) {
    answer = { ok: false, error: serializeError(error) };
  }
  parentPort?.postMessage(answer);
});
