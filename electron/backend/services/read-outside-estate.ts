import type { EstateSnapshot } from '../../../shared/estate/estate.js';
import type { ScenarioRows } from './estate-scenarios.js';
import { WaveplanError } from '../../../shared/errors.js';
import { runWorkerJob, type WorkerAnswer } from './worker-job.js';

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

export type EstateReadAnswer = WorkerAnswer<OutsideEstate>;

export interface EstateReadLimits {
  timeMs: number;
  heapMb: number;
}

export const ESTATE_READ_LIMITS: EstateReadLimits = { timeMs: 120_000, heapMb: 2048 };

const tooMuch = (shownAs: string, what: string) =>
  new WaveplanError('refused-file', `“${shownAs}” ${what}, more than Waveplan allows for one estate file, so reading it was stopped. It was not changed.`, { reason: 'too-large' });

/** The file's content once every check has passed; rejects with the refusal otherwise. */
export function readOutsideEstate(path: string, shownAs: string, limits: EstateReadLimits = ESTATE_READ_LIMITS): Promise<OutsideEstate> {
  const job: EstateReadJob = { path, shownAs };
  return runWorkerJob<OutsideEstate>(import.meta.url, 'estate-reader-worker', job, { ...limits, shownAs, doing: 'reading', deadlineVerb: 'check', tooMuch: (what) => tooMuch(shownAs, what) });
}
