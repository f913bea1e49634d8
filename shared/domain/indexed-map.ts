/**
 * A read-only map over the positions of an estate index, whose values are made on
 * first read. Whole-estate results (sensitivity, tier recommendations) are kept as
 * typed arrays and become objects only for the rows a screen actually shows, which
 * keeps recomputation on every edit cheap on a 10,000-workload estate.
 */
export class IndexedMap<V> implements ReadonlyMap<string, V> {
  private readonly made: (V | undefined)[];
  constructor(
    private readonly ids: readonly string[],
    private readonly indexOf: ReadonlyMap<string, number>,
    private readonly make: (position: number) => V,
  ) {
    this.made = new Array<V | undefined>(ids.length);
  }

  get size(): number {
    return this.ids.length;
  }

  get(id: string): V | undefined {
    const i = this.indexOf.get(id);
    return i === undefined ? undefined : this.at(i);
  }

  at(position: number): V {
    return (this.made[position] ??= this.make(position));
  }

  has(id: string): boolean {
    return this.indexOf.has(id);
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    this.ids.forEach((id, i) => callback(this.at(i), id, this));
  }

  *entries(): MapIterator<[string, V]> {
    for (let i = 0; i < this.ids.length; i++) yield [this.ids[i] as string, this.at(i)];
  }

  keys(): MapIterator<string> {
    return this.ids[Symbol.iterator]() as MapIterator<string>;
  }

  *values(): MapIterator<V> {
    for (let i = 0; i < this.ids.length; i++) yield this.at(i);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}
