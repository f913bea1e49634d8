import type { Worker } from 'node:worker_threads';
import { deserializeError, type SerializedError, WaveplanError } from '../../../../shared/errors.js';
import type { MemoryPeak } from './memory-peak.js';
import { formatCount, type ReadLimits } from './read-limits.js';
import type { Spreadsheet } from './spreadsheet.js';
import { startWorker } from '../worker-thread.js';

// Runs a read in a worker thread with a heap limit and a deadline, so the host answers
// every other call meanwhile and a file that blows either kills the worker, never the
// host. At most two files are read at once (each worker may take its whole heap limit);
// more wait their turn. Starting a worker costs a few hundred milliseconds, so an idle
// one is kept (unreferenced, for 30 s) for the next file read with the same limits; a
// worker that was stopped or ran out of memory is never reused.

export interface WorkerJob {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  limits: ReadLimits;
}

export type WorkerAnswer = { id: number; peak: MemoryPeak } & ({ ok: true; value: Spreadsheet } | { ok: false; error: SerializedError });

/** What a read cost, for benchmarks. */
export interface ReadReport {
  peak: MemoryPeak | undefined;
  ms: number;
  limitMb: number;
}

const IDLE_MS = 30_000;
const MAX_IDLE = 2;
const MAX_RUNNING = 2;

function startReader(limits: ReadLimits): Worker {
  return startWorker(import.meta.url, 'spreadsheet-worker', { maxOldGenerationSizeMb: limits.heapMb });
}

const idle: { worker: Worker; key: string; timer: NodeJS.Timeout }[] = [];
const keyOf = (limits: ReadLimits) => String(limits.heapMb);

function takeWorker(limits: ReadLimits): Worker {
  const at = idle.findIndex((w) => w.key === keyOf(limits));
  if (at < 0) return startReader(limits);
  const [kept] = idle.splice(at, 1);
  clearTimeout(kept!.timer);
  kept!.worker.ref();
  return kept!.worker;
}

function giveBack(worker: Worker, limits: ReadLimits): void {
  if (idle.length >= MAX_IDLE) {
    void worker.terminate();
    return;
  }
  worker.unref();
  const entry = { worker, key: keyOf(limits), timer: setTimeout(() => retire(worker), IDLE_MS) };
  entry.timer.unref();
  idle.push(entry);
}

function forget(worker: Worker): void {
  const at = idle.findIndex((w) => w.worker === worker);
  if (at < 0) return;
  clearTimeout(idle[at]!.timer);
  idle.splice(at, 1);
}

function retire(worker: Worker): void {
  forget(worker);
  void worker.terminate();
}

let running = 0;
const waiting: (() => void)[] = [];

async function turn(): Promise<void> {
  if (running < MAX_RUNNING) {
    running++;
    return;
  }
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function nextTurn(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

let nextId = 1;

/** Reads a file in a worker, when its turn comes; resolves with its rows, rejects with its refusal. */
export async function readInWorker(fileName: string, bytes: Uint8Array, limits: ReadLimits, report?: (r: ReadReport) => void): Promise<Spreadsheet> {
  await turn();
  try {
    return await runJob(fileName, bytes, limits, report);
  } finally {
    nextTurn();
  }
}

function runJob(fileName: string, bytes: Uint8Array, limits: ReadLimits, report?: (r: ReadReport) => void): Promise<Spreadsheet> {
  const started = performance.now();
  const worker = takeWorker(limits);
  const id = nextId++;
  // A copy the worker can own: the caller's Buffer may be a slice of Node's shared pool.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Promise<Spreadsheet>((resolve, reject) => {
    let settled = false;
    const settle = (peak: MemoryPeak | undefined, outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      report?.({ peak, ms: performance.now() - started, limitMb: limits.heapMb });
      outcome();
    };
    const onMessage = (answer: WorkerAnswer) => {
      if (answer.id !== id) return;
      settle(answer.peak, () => {
        giveBack(worker, limits);
        if (answer.ok) resolve(answer.value);
        else reject(deserializeError(answer.error));
      });
    };
    const onError = (error: Error & { code?: string }) =>
      settle(undefined, () => {
        void worker.terminate();
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
          reject(
            new WaveplanError(
              'refused-file',
              `${fileName} needed more than ${formatCount(limits.heapMb)} MB of memory to read, more than Waveplan allows for one spreadsheet, so reading it was stopped; nothing was imported. Split it, or leave out the sheets and columns you do not need.`,
            ),
          );
        else reject(new WaveplanError('internal', `Something went wrong inside Waveplan while reading ${fileName}: ${error.message}`));
      });
    const onExit = (code: number) =>
      settle(undefined, () => reject(new WaveplanError('internal', `Something went wrong inside Waveplan while reading ${fileName}: the reader stopped (exit code ${code}).`)));
    const deadline = setTimeout(
      () =>
        settle(undefined, () => {
          void worker.terminate();
          reject(
            new WaveplanError(
              'refused-file',
              `${fileName} took more than ${limits.timeMs >= 1000 ? `${formatCount(Math.round(limits.timeMs / 1000))} s` : `${limits.timeMs} ms`} to read, longer than Waveplan allows for one spreadsheet, so reading it was stopped; nothing was imported. Split it, or leave out the sheets and columns you do not need.`,
            ),
          );
        }),
      limits.timeMs,
    );
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    const job: WorkerJob = { id, fileName, bytes: copy, limits };
    worker.postMessage(job, [copy.buffer]);
  });
}
