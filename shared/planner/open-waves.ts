import type { PlanSettings } from './settings.js';
import type { WaveLoad } from './wave-condition-types.js';

// The scheduler looks for the earliest wave from a bound that still has room for a unit
// of its kind (production or not). On a large estate most early waves are full, hold the
// other kind of work, or have less room left than the unit needs, so walking them one by
// one costs a scan per unit. Instead each kind keeps a max segment tree of the room left
// in every wave (-1 where the wave holds the other kind), and the first wave from the
// bound with enough room is found in logarithmic time. The wave conditions still decide
// (effort caps, the pilot, own blackouts); this only skips waves that cannot take it.

export class OpenWaves {
  private readonly size: number;
  /** By kind (0 non-production, 1 production): leaves at size + wave. */
  private readonly room: [Int32Array, Int32Array];

  constructor(
    waves: number,
    private readonly loads: readonly (WaveLoad | undefined)[],
    private readonly settings: PlanSettings,
  ) {
    let size = 1;
    while (size < waves) size *= 2;
    this.size = size;
    const make = () => new Int32Array(2 * size).fill(settings.maxWorkloadsPerWave);
    this.room = [make(), make()];
  }

  /** After a wave took work: its room for each kind. */
  placed(wave: number): void {
    if (wave >= this.size) return;
    const load = this.loads[wave];
    const left = load ? this.settings.maxWorkloadsPerWave - load.count : this.settings.maxWorkloadsPerWave;
    for (const kind of [0, 1] as const) {
      // The foundation wave may hold both kinds; any other holds one once it holds anything.
      const ok = !load || load.count === 0 || wave === 0 || load.production === (kind === 1);
      const tree = this.room[kind];
      let at = this.size + wave;
      tree[at] = ok ? Math.max(-1, left) : -1;
      for (at >>= 1; at >= 1; at >>= 1) tree[at] = Math.max(tree[2 * at] as number, tree[2 * at + 1] as number);
    }
  }

  /**
   * The first wave from `from` on with room for `need` workloads of this kind (a unit
   * larger than a wave needs an empty one). Beyond the tracked waves, `from` itself.
   */
  next(from: number, production: boolean, need: number): number {
    const want = Math.min(need, this.settings.maxWorkloadsPerWave);
    if (from >= this.size) return from;
    const tree = this.room[production ? 1 : 0];
    // Walk up from the leaf until a right part to the right of `from` has enough room, then down.
    let at = this.size + from;
    if ((tree[at] as number) >= want) return from;
    for (;;) {
      while (at & 1) {
        at >>= 1;
        if (at === 0) return this.size; // nothing tracked has room: the first wave past them
      }
      at += 1; // the sibling to the right
      if ((tree[at] as number) >= want) break;
    }
    while (at < this.size) at = (tree[2 * at] as number) >= want ? 2 * at : 2 * at + 1;
    return at - this.size;
  }
}
