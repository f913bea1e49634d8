import type { PlannedEnds } from './move-units.js';
import { MinHeap } from './unit-order.js';

/**
 * Orders each wave's workloads, providers before consumers, estate order among equals
 * (Kahn over the wave's own dependencies). A loop inside the wave (a move group's cycle)
 * is entered at its first member in estate order.
 *
 * A plan has thousands of waves of a dozen workloads each: allocating the ordering's
 * working arrays for every wave cost more than the ordering (and the garbage collector
 * more again), so one set of scratch arrays over all planned positions serves every wave.
 */
export class CutoverOrderer {
  /** Position → index inside the wave being ordered (-1 between waves). */
  private readonly slot: Int32Array;
  /** By index inside the wave: providers inside the wave still to come first, and done yet. */
  private readonly waiting: Int32Array;
  private readonly done: Uint8Array;
  /** The wave's consumers of each index, as runs in `next` (from `nextStart[i]`, `nextCount[i]` long). */
  private readonly nextStart: Int32Array;
  private readonly nextCount: Int32Array;
  private next: Int32Array;
  private readonly ready = new MinHeap((a, b) => a < b);

  constructor(
    positions: number,
    private readonly ends: PlannedEnds,
  ) {
    this.slot = new Int32Array(positions).fill(-1);
    this.waiting = new Int32Array(positions);
    this.done = new Uint8Array(positions);
    this.nextStart = new Int32Array(positions + 1);
    this.nextCount = new Int32Array(positions);
    this.next = new Int32Array(16);
  }

  /**
   * `positions` (the wave's workloads), as indexes into it in cutover order, written to
   * `order` (at least as long). `inner[from..to)` are the wave's own dependencies, by index.
   */
  order(positions: ArrayLike<number>, size: number, inner: Int32Array, from: number, to: number, order: Int32Array): void {
    const { slot, waiting, done, nextStart, nextCount, ends, ready } = this;
    for (let i = 0; i < size; i++) {
      slot[positions[i] as number] = i;
      waiting[i] = 0;
      done[i] = 0;
      nextCount[i] = 0;
    }
    // Each provider's consumers, in dependency order (as a list per provider would hold them).
    for (let k = from; k < to; k++) {
      const j = inner[k] as number;
      const p = slot[ends.provider[j] as number] as number;
      nextCount[p] = (nextCount[p] as number) + 1;
    }
    nextStart[0] = 0;
    for (let i = 0; i < size; i++) nextStart[i + 1] = (nextStart[i] as number) + (nextCount[i] as number);
    if (this.next.length < to - from) this.next = new Int32Array(Math.max(to - from, 2 * this.next.length));
    const next = this.next;
    for (let i = 0; i < size; i++) nextCount[i] = 0;
    for (let k = from; k < to; k++) {
      const j = inner[k] as number;
      const c = slot[ends.consumer[j] as number] as number;
      const p = slot[ends.provider[j] as number] as number;
      next[(nextStart[p] as number) + (nextCount[p] as number)] = c;
      nextCount[p] = (nextCount[p] as number) + 1;
      waiting[c] = (waiting[c] as number) + 1;
    }

    for (let i = 0; i < size; i++) if (waiting[i] === 0) ready.push(i);
    let placed = 0;
    let nextStuck = 0;
    while (placed < size) {
      if (ready.size === 0) {
        while (done[nextStuck]) nextStuck++;
        ready.push(nextStuck);
      }
      const i = ready.pop();
      if (done[i]) continue;
      done[i] = 1;
      order[placed++] = i;
      const end = (nextStart[i] as number) + (nextCount[i] as number);
      for (let e = nextStart[i] as number; e < end; e++) {
        const c = next[e] as number;
        waiting[c] = (waiting[c] as number) - 1;
        if (waiting[c] === 0 && !done[c]) ready.push(c);
      }
    }
    ready.clear();
    for (let i = 0; i < size; i++) slot[positions[i] as number] = -1;
  }
}
