import type { SerializedError } from '../../../shared/errors.js';
import { deserializeError, WaveplanError } from '../../../shared/errors.js';
import { startWorker } from './worker-thread.js';

// One job in one of the back end's worker threads (worker-thread.ts), under a heap limit
// and, when given, a deadline: what reading a file from outside costs is paid by the
// worker, and a file that needs too much memory or time is refused by name while the
// host runs on. The worker answers once, with its value or its refusal.

export type WorkerAnswer<T> = { ok: true; value: T } | { ok: false; error: SerializedError };

export interface WorkerJobOptions {
  heapMb: number;
  /** No deadline when absent (the command line waits for its own check). */
  timeMs?: number;
  /** The user's name for the file, in the messages. */
  shownAs: string;
  /** What the worker does, for a fault's message: "reading", "checking". */
  doing: string;
  /** What a deadline stops: "read", "check". */
  deadlineVerb: string;
  /** The refusal of a file that needed more than the limits allow, given what it needed. */
  tooMuch: (what: string) => WaveplanError;
}

export function runWorkerJob<T>(from: string, name: string, job: unknown, options: WorkerJobOptions): Promise<T> {
  const { heapMb, timeMs, shownAs, doing, deadlineVerb, tooMuch } = options;
  const worker = startWorker(from, name, { maxOldGenerationSizeMb: heapMb });
  const fault = (what: string) => new WaveplanError('internal', `Something went wrong inside Waveplan while ${doing} “${shownAs}”: ${what}`);
  return new Promise<T>((resolve, reject) => {
    const settle = (outcome: () => void) => {
      clearTimeout(deadline);
      worker.removeAllListeners();
      worker.on('error', () => undefined); // whatever it says while it is being stopped
      // A worker stuck in SQLite stops when SQLite returns; the host does not wait for it.
      void worker.terminate();
      outcome();
    };
    const took = timeMs === undefined ? '' : timeMs >= 1000 ? `${Math.round(timeMs / 1000).toLocaleString('en')} s` : `${timeMs} ms`;
    const deadline = timeMs === undefined ? undefined : setTimeout(() => settle(() => reject(tooMuch(`took more than ${took} to ${deadlineVerb}`))), timeMs);
    worker.once('message', (answer: WorkerAnswer<T>) => settle(() => (answer.ok ? resolve(answer.value) : reject(deserializeError(answer.error)))));
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooMuch(`needed more than ${heapMb.toLocaleString('en')} MB of memory to read`) : fault(error.message))),
    );
    worker.once('exit', (code) => settle(() => reject(fault(`the ${doing === 'checking' ? 'checker' : 'reader'} stopped (exit code ${code}).`))));
    worker.postMessage(job);
  });
}
