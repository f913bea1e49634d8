// Kahn's topological order over the move units, taking the lowest key first among the
// units that are ready: a deterministic list-scheduling order (docs/domain-rules.md, "Waves": "lowest risk
// first"). A small binary heap keeps it O(E + U log U).

export class MinHeap {
  private readonly items: number[] = [];
  constructor(private readonly less: (a: number, b: number) => boolean) {}
  get size(): number {
    return this.items.length;
  }
  /** Empties it, to be used again. */
  clear(): void {
    this.items.length = 0;
  }
  push(x: number): void {
    const a = this.items;
    a.push(x);
    for (let i = a.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!this.less(a[i] as number, a[parent] as number)) break;
      // Swapped by hand: a destructuring swap may allocate an array each time.
      const t = a[i] as number;
      a[i] = a[parent] as number;
      a[parent] = t;
      i = parent;
    }
  }
  pop(): number {
    const a = this.items;
    const top = a[0] as number;
    const last = a.pop() as number;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l] as number, a[m] as number)) m = l;
        if (r < a.length && this.less(a[r] as number, a[m] as number)) m = r;
        if (m === i) break;
        const t = a[i] as number;
        a[i] = a[m] as number;
        a[m] = t;
        i = m;
      }
    }
    return top;
  }
}

const NONE: readonly number[] = [];

/**
 * Units in an order where every unit comes after those in `before[u]`. `before` must
 * be acyclic (cycles are merged into units first). Units listed in `skip` are left out,
 * and do not hold back what follows them.
 */
export function unitOrder(count: number, after: readonly (readonly number[])[], less: (a: number, b: number) => boolean, skip: (u: number) => boolean): number[] {
  const waiting = new Int32Array(count);
  // Indexed loops: this runs once per plan, and an iterator allocates on every step until it is optimised.
  for (let u = 0; u < count; u++) {
    if (skip(u)) continue;
    const next = after[u] ?? NONE;
    for (let k = 0; k < next.length; k++) {
      const v = next[k] as number;
      if (!skip(v)) waiting[v] = (waiting[v] as number) + 1;
    }
  }
  const ready = new MinHeap(less);
  for (let u = 0; u < count; u++) if (!skip(u) && waiting[u] === 0) ready.push(u);
  const order: number[] = [];
  while (ready.size > 0) {
    const u = ready.pop();
    order.push(u);
    const next = after[u] ?? NONE;
    for (let k = 0; k < next.length; k++) {
      const v = next[k] as number;
      if (skip(v)) continue;
      waiting[v] = (waiting[v] as number) - 1;
      if (waiting[v] === 0) ready.push(v);
    }
  }
  return order;
}
