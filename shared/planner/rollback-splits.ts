import type { PlanIssue } from './plan-types.js';
import type { UnitTable } from './unit-table.js';
import { WAVE_CONDITION } from './wave-conditions.js';

// The waves the rollback condition split, said once per wave: which units it kept out
// and where they went, with the reason the first of them was refused.

interface Split {
  because: string;
  /** Target wave → the units that went there. */
  to: Map<number, number[]>;
}

export class RollbackSplits {
  private readonly byWave = new Map<number, Split>();

  constructor(private readonly units: UnitTable) {}

  /** Wave `wave` refused unit `u` for its rollback alone; the reason is worded only for the first unit of each wave. */
  note(wave: number, because: () => string): void {
    if (!this.byWave.has(wave)) this.byWave.set(wave, { because: because(), to: new Map() });
  }

  /** Where unit `u`, kept out of wave `wave`, went. */
  moved(wave: number, u: number, to: number): void {
    const split = this.byWave.get(wave);
    if (!split) return;
    const list = split.to.get(to);
    if (list) list.push(u);
    else split.to.set(to, [u]);
  }

  issues(): PlanIssue[] {
    const { units } = this;
    return [...this.byWave]
      .sort(([a], [b]) => a - b)
      .map(([wave, split]) => {
        const moved = [...split.to].sort(([a], [b]) => a - b);
        const moves = moved
          .map(([to, list], k) => {
            const names = list.flatMap((u) => units.memberWorkloads(u).map((w) => w.name));
            return k === 0 ? `${namesOf(names)} ${names.length > 1 ? 'move' : 'moves'} to wave ${to}` : `${namesOf(names)} to wave ${to}`;
          })
          .join('; ');
        return {
          kind: 'rollback-split' as const,
          workloadIds: moved.flatMap(([, list]) => list.flatMap((u) => units.ids(u))),
          dependencyIds: [],
          sentence: WAVE_CONDITION.rollbackFits.sentences.split(wave, moves, split.because),
        };
      });
  }
}

/** "A", "A and B", "A, B and C", "A, B, C and 4 more". */
function namesOf(names: readonly string[]): string {
  if (names.length === 1) return names[0] as string;
  const shown = names.length > 4 ? names.slice(0, 3) : names.slice(0, -1);
  const last = names.length > 4 ? `${names.length - 3} more` : (names[names.length - 1] as string);
  return `${shown.join(', ')} and ${last}`;
}
