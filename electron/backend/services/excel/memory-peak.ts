import { getHeapStatistics } from 'node:v8';

// The most memory a read has used, sampled as it goes (a synchronous parse leaves no
// gap for a timer to sample in). The worker reports it with its answer, so a benchmark
// can show what a hostile file cost against the worker's limit.

export interface MemoryPeak {
  /** Bytes of live JavaScript heap. */
  heapUsed: number;
  /** Bytes the heap had reserved, plus memory held outside it (buffers). */
  heapTotal: number;
}

const peak: MemoryPeak = { heapUsed: 0, heapTotal: 0 };
let samples = 0;

export function resetMemoryPeak(): void {
  peak.heapUsed = 0;
  peak.heapTotal = 0;
  samples = 0;
  sampleMemory(true);
}

/** Cheap enough to call per inflated chunk: only every 8th call reads the statistics. */
export function sampleMemory(now = false): void {
  if (!now && samples++ % 8 !== 0) return;
  const stats = getHeapStatistics();
  peak.heapUsed = Math.max(peak.heapUsed, stats.used_heap_size);
  peak.heapTotal = Math.max(peak.heapTotal, stats.total_heap_size + stats.external_memory);
}

export const memoryPeak = (): MemoryPeak => ({ ...peak });
