import type { PlanSettings } from './settings.js';
import type { WaveLoad } from './wave-condition-types.js';

// The scheduler looks for the earliest wave from a bound that will take a unit. On a large
// estate most early waves are full, or hold the other kind of work (production or not),
// and stay so: a wave only fills up, and its kind is set by its first unit. So for each
// kind, the waves that can no longer take anything of that kind are skipped with jump
// pointers (path compression, as in union-find), and the search costs near-constant time
// instead of a walk over every wave before it.

export class OpenWaves {
  /** By kind (0 non-production, 1 production): for a dead wave, a wave at or before the next live one. */
  private readonly jump: [number[], number[]] = [[], []];

  constructor(
    private readonly waves: readonly (WaveLoad | undefined)[],
    private readonly settings: PlanSettings,
  ) {}

  private dead(wave: number, production: boolean): boolean {
    const load = this.waves[wave];
    if (!load || load.count === 0) return false;
    if (load.production !== production && wave !== 0) return true; // the foundation wave may hold both
    const { maxWorkloadsPerWave, maxEffortDaysPerWave } = this.settings;
    return load.count >= maxWorkloadsPerWave || (maxEffortDaysPerWave !== null && load.effort >= maxEffortDaysPerWave);
  }

  /** The first wave from `wave` on that could still take work of this kind (the conditions still decide). */
  next(wave: number, production: boolean): number {
    const jump = this.jump[production ? 1 : 0];
    let at = wave;
    while (this.dead(at, production)) at = Math.max(at + 1, jump[at] ?? 0);
    // Compress: every dead wave walked now points at the live one found.
    for (let w = wave; w < at;) {
      const next = Math.max(w + 1, jump[w] ?? 0);
      jump[w] = at;
      w = next;
    }
    return at;
  }
}
