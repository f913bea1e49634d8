// Counts by a pair of small integers (two endpoints, or a pair and a port) in an
// open-addressed hash table of typed arrays: adding to a pair that is already there
// allocates nothing, which is what lets a million connection rows be counted in a
// fraction of the time it takes to parse them.

const EMPTY = -1;

export class PairCounter {
  /** Entries in the order they were first seen: their two keys, total, first and last row. */
  size = 0;
  a: Int32Array;
  b: Int32Array;
  total: Float64Array;
  first: Int32Array;
  last: Int32Array;
  private slots: Int32Array;
  private mask: number;

  constructor(capacity = 1024) {
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.slots = new Int32Array(n).fill(EMPTY);
    this.mask = n - 1;
    const entries = Math.max(8, capacity);
    this.a = new Int32Array(entries);
    this.b = new Int32Array(entries);
    this.total = new Float64Array(entries);
    this.first = new Int32Array(entries);
    this.last = new Int32Array(entries);
  }

  /** Adds `weight` to the pair (a, b) seen at `row`; returns the pair's entry index. */
  add(a: number, b: number, weight: number, row: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 13;
    let slot = h & this.mask;
    for (;;) {
      const e = this.slots[slot] as number;
      if (e === EMPTY) break;
      if (this.a[e] === a && this.b[e] === b) {
        this.total[e] = (this.total[e] as number) + weight;
        if (row < (this.first[e] as number)) this.first[e] = row;
        if (row > (this.last[e] as number)) this.last[e] = row;
        return e;
      }
      slot = (slot + 1) & this.mask;
    }
    const e = this.size++;
    if (e === this.a.length) this.growEntries();
    this.a[e] = a;
    this.b[e] = b;
    this.total[e] = weight;
    this.first[e] = row;
    this.last[e] = row;
    this.slots[slot] = e;
    if (this.size * 2 > this.slots.length) this.rehash();
    return e;
  }

  private growEntries() {
    const n = this.a.length * 2;
    const grow = <T extends Int32Array | Float64Array>(from: T, to: T) => {
      to.set(from);
      return to;
    };
    this.a = grow(this.a, new Int32Array(n));
    this.b = grow(this.b, new Int32Array(n));
    this.total = grow(this.total, new Float64Array(n));
    this.first = grow(this.first, new Int32Array(n));
    this.last = grow(this.last, new Int32Array(n));
  }

  private rehash() {
    const n = this.slots.length * 2;
    this.slots = new Int32Array(n).fill(EMPTY);
    this.mask = n - 1;
    for (let e = 0; e < this.size; e++) {
      let h = Math.imul(this.a[e] as number, 0x9e3779b1) ^ Math.imul((this.b[e] as number) + 0x7f4a7c15, 0x85ebca77);
      h ^= h >>> 15;
      h = Math.imul(h, 0x2c1b3c6d);
      h ^= h >>> 13;
      let slot = h & this.mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & this.mask;
      this.slots[slot] = e;
    }
  }

  /**
   * The entries grouped by their first key (0 to groups - 1): entries of group g are
   * order[start[g]] to order[start[g + 1] - 1]. One pass to count, one to place.
   */
  groupByFirst(groups: number): { start: Int32Array; order: Int32Array } {
    const start = new Int32Array(groups + 1);
    for (let e = 0; e < this.size; e++) start[(this.a[e] as number) + 1]!++;
    for (let g = 0; g < groups; g++) start[g + 1]! += start[g] as number;
    const fill = start.slice(0, groups);
    const order = new Int32Array(this.size);
    for (let e = 0; e < this.size; e++) order[fill[this.a[e] as number]!++] = e;
    return { start, order };
  }
}
