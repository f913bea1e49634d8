import type { EstateText } from '../../../shared/estate-text/text-form.js';
import { deserializeError, type SerializedError, WaveplanError } from '../../../shared/errors.js';
import { ESTATE_READ_LIMITS, type EstateReadLimits } from './read-outside-estate.js';
import { startWorker } from './worker-thread.js';
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

export type EstateTextAnswer = { ok: true; value: EstateText } | { ok: false; error: SerializedError };

const tooMuch = (fileName: string, what: string) =>
  new WaveplanError('refused-file', `“${fileName}” ${what}, more than Waveplan allows for an estate’s text, so reading it was stopped. Nothing was read from it.`, { reason: 'too-large' });

/** The estate a text file holds; rejects with the refusal (line and field, or too large, or not UTF-8). */
export function readEstateTextBytes(fileName: string, bytes: Uint8Array, limits: EstateReadLimits = ESTATE_READ_LIMITS): Promise<EstateText> {
  // Refused before it is copied to a worker: the size alone says so.
  if (bytes.length > MAX_ESTATE_TEXT_BYTES) return Promise.reject(tooMuch(fileName, `is ${Math.round(bytes.length / 1024 / 1024)} MB`));
  const worker = startWorker(import.meta.url, 'estate-text-worker', { maxOldGenerationSizeMb: limits.heapMb });
  return new Promise<EstateText>((resolve, reject) => {
    const settle = (outcome: () => void) => {
      clearTimeout(deadline);
      worker.removeAllListeners();
      worker.on('error', () => undefined); // whatever it says while it is being stopped
      void worker.terminate();
      outcome();
    };
    const took = limits.timeMs >= 1000 ? `${Math.round(limits.timeMs / 1000).toLocaleString('en')} s` : `${limits.timeMs} ms`;
    const deadline = setTimeout(() => settle(() => reject(tooMuch(fileName, `took more than ${took} to read`))), limits.timeMs);
    worker.once('message', (answer: EstateTextAnswer) => settle(() => (answer.ok ? resolve(answer.value) : reject(deserializeError(answer.error)))));
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? tooMuch(fileName, `needed more than ${limits.heapMb.toLocaleString('en')} MB of memory to read`)
            : new WaveplanError('internal', `Something went wrong inside Waveplan while reading “${fileName}”: ${error.message}`),
        ),
      ),
    );
    worker.once('exit', (code) => settle(() => reject(new WaveplanError('internal', `Something went wrong inside Waveplan while reading “${fileName}”: the reader stopped (exit code ${code}).`))));
    const job: EstateTextJob = { fileName, bytes };
    worker.postMessage(job);
  });
}
