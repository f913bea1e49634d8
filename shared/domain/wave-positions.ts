import type { EstateIndex } from './estate-index.js';

// The plan's waves as estate positions: each wave's members in cutover order, and the
// wave each position moves in. One id lookup per planned workload, then everything the
// runbooks and the costs read is integers (a 100,000-workload plan has some 10,000 waves).

export interface WavePositions {
  /** The wave each estate position moves in; -1 for none. */
  waveAt: Int32Array;
  /** Every wave's members, wave after wave in plan order, each wave in its cutover order. */
  members: Int32Array;
  /** Wave k of `plan.waves` holds members[start[k] .. start[k + 1]). */
  start: Int32Array;
}

/** A plan's waves, as far as their members go (the planner's Wave has more). */
export interface WaveMembers {
  number: number;
  /** Workload ids in cutover order. */
  cutoverOrder: readonly string[];
}

export function wavePositions(plan: { waves: readonly WaveMembers[] }, index: Pick<EstateIndex, 'indexOf'>, count: number): WavePositions {
  const waveAt = new Int32Array(count).fill(-1);
  let total = 0;
  for (const wave of plan.waves) total += wave.cutoverOrder.length;
  const members = new Int32Array(total);
  const start = new Int32Array(plan.waves.length + 1);
  const { indexOf } = index;
  let at = 0;
  for (let k = 0; k < plan.waves.length; k++) {
    const wave = plan.waves[k] as WaveMembers;
    start[k] = at;
    // Ids the index does not hold are skipped, as the runbook skips them.
    for (const id of wave.cutoverOrder) {
      const i = indexOf.get(id);
      if (i === undefined) continue;
      members[at++] = i;
      waveAt[i] = wave.number;
    }
  }
  start[plan.waves.length] = at;
  return { waveAt, members: members.subarray(0, at), start };
}
