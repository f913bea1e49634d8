import type { EstateSnapshot } from '../../../shared/estate/estate.js';
import type { ScenarioRows } from './estate-scenarios.js';
import { deserializeError, type SerializedError, WaveplanError } from '../../../shared/errors.js';
import { startWorker } from './worker-thread.js';

// An estate file from outside is checked and read in a worker thread with a heap limit
// and a deadline: a file built to be slow (a huge, damaged b-tree for the integrity
// check) or large (millions of valid rows) costs the worker, never the host, which goes
// on answering every other call meanwhile. Imports are rare, so each gets a fresh worker.

export interface EstateReadJob {
  /** Our temporary copy of the file. */
  path: string;
  /** The user's name for it, for messages. */
  shownAs: string;
}

/** The estate as its baseline sees it, and the rows of its other scenarios. */
export interface OutsideEstate {
  snapshot: EstateSnapshot;
  scenarioRows: ScenarioRows;
}

export type EstateReadAnswer = { ok: true; value: OutsideEstate } | { ok: false; error: SerializedError };

export interface EstateReadLimits {
  timeMs: number;
  heapMb: number;
}

export const ESTATE_READ_LIMITS: EstateReadLimits = { timeMs: 120_000, heapMb: 2048 };

const tooMuch = (shownAs: string, what: string) =>
  new WaveplanError('refused-file', `“${shownAs}” ${what}, more than Waveplan allows for one estate file, so reading it was stopped. It was not changed.`, { reason: 'too-large' });

/** The file's content once every check has passed; rejects with the refusal otherwise. */
export function readOutsideEstate(path: string, shownAs: string, limits: EstateReadLimits = ESTATE_READ_LIMITS): Promise<OutsideEstate> {
  const worker = startWorker(import.meta.url, 'estate-reader-worker', { maxOldGenerationSizeMb: limits.heapMb });
  return new Promise<OutsideEstate>((resolve, reject) => {
    const settle = (outcome: () => void) => {
      clearTimeout(deadline);
      worker.removeAllListeners();
      worker.on('error', () => undefined); // whatever it says while it is being stopped
      // A worker stuck in SQLite stops when SQLite returns; the host does not wait for it.
      void worker.terminate();
      outcome();
    };
    const took = limits.timeMs >= 1000 ? `${Math.round(limits.timeMs / 1000).toLocaleString('en')} s` : `${limits.timeMs} ms`;
    const deadline = setTimeout(() => settle(() => reject(tooMuch(shownAs, `took more than ${took} to check`))), limits.timeMs);
    worker.once('message', (answer: EstateReadAnswer) => settle(() => (answer.ok ? resolve(answer.value) : reject(deserializeError(answer.error)))));
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? tooMuch(shownAs, `needed more than ${limits.heapMb.toLocaleString('en')} MB of memory to read`)
            : new WaveplanError('internal', `Something went wrong inside Waveplan while reading “${shownAs}”: ${error.message}`),
        ),
      ),
    );
    worker.once('exit', (code) => settle(() => reject(new WaveplanError('internal', `Something went wrong inside Waveplan while reading “${shownAs}”: the reader stopped (exit code ${code}).`))));
    const job: EstateReadJob = { path, shownAs };
    worker.postMessage(job);
  });
}
