import type { EstateText } from '../../../shared/estate-text/text-form.js';
import { WaveplanError } from '../../../shared/errors.js';
import { ESTATE_READ_LIMITS, type EstateReadLimits } from './read-outside-estate.js';
import { runWorkerJob, type WorkerAnswer } from './worker-job.js';
import { MAX_ESTATE_TEXT_BYTES } from './estate-text-bytes.js';

// An estate's text form from outside is read in a worker thread with a heap limit and a
// deadline, as an estate file is (read-outside-estate.ts). Its bytes say little about
// what reading it costs: the YAML library holds some 140 bytes of document per byte of a
// text of many small blocks, so a 200 MB text took the whole process down (V8 out of
// memory, after a minute) where now it costs the worker, and is refused by name.

export interface EstateTextJob {
  fileName: string;
  bytes: Uint8Array;
}

export type EstateTextAnswer = WorkerAnswer<EstateText>;

const tooMuch = (fileName: string, what: string) =>
  new WaveplanError('refused-file', `“${fileName}” ${what}, more than Waveplan allows for an estate’s text, so reading it was stopped. Nothing was read from it.`, { reason: 'too-large' });

/** The estate a text file holds; rejects with the refusal (line and field, or too large, or not UTF-8). */
export function readEstateTextBytes(fileName: string, bytes: Uint8Array, limits: EstateReadLimits = ESTATE_READ_LIMITS): Promise<EstateText> {
  // Refused before it is copied to a worker: the size alone says so.
  if (bytes.length > MAX_ESTATE_TEXT_BYTES) return Promise.reject(tooMuch(fileName, `is ${Math.round(bytes.length / 1024 / 1024)} MB`));
  const job: EstateTextJob = { fileName, bytes };
  return runWorkerJob<EstateText>(import.meta.url, 'estate-text-worker', job, { ...limits, shownAs: fileName, doing: 'reading', deadlineVerb: 'read', tooMuch: (what) => tooMuch(fileName, what) });
}
