// Issue 8: opening, editing and closing the 10,000-workload estate 20 times must leave
// the process no more than 10% larger than after the first time (a leak would grow it
// by a snapshot, tens of MB, each time). Measured after forcing garbage collection.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { EstateLibrary } from '../../electron/backend/services/library.js';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

/** A full collection, so a measurement does not pay for garbage left by the one before. */
export function collectGarbage(): void {
  gc();
}

export function memoryCycles(dir: string, id: string, cycles: number): { first: number; last: number; heapFirst: number; heapLast: number } {
  const rss: number[] = [];
  const heap: number[] = [];
  for (let c = 0; c < cycles; c++) {
    const library = new EstateLibrary(dir);
    const snapshot = library.snapshot(id);
    library.applyChanges(id, snapshot.estate.revision, [{ op: 'updateWorkload', id: snapshot.workloads[c]?.id ?? '', field: 'owner', value: `Cycle ${c}` }]);
    library.closeAll();
    gc();
    gc();
    rss.push(process.memoryUsage().rss);
    heap.push(process.memoryUsage().heapUsed);
  }
  return { first: rss[0] ?? 0, last: rss.at(-1) ?? 0, heapFirst: heap[0] ?? 0, heapLast: heap.at(-1) ?? 0 };
}
