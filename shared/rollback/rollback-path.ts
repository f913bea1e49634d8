// The rollback time of a wave is the critical path of its way back, not a sum
// (docs/domain-rules.md, "Rollback", "Rollback time"): data comes back first, each
// store on its own (restores from backup share the parallel restore streams, a replica
// or standby waits for its primary), then traffic returns to the source, each workload
// on its own; steps the architect added run one after another at the end.

/** Where a generated rollback step sits on the way back. */
export interface StepPath {
  readonly workloadId: string;
  /** Data comes back before traffic does. */
  readonly stage: 'data' | 'traffic';
  /** A restore from backup: it takes one of the parallel restore streams. */
  readonly restore: boolean;
  /** The workload whose data must be back first (a replica's or standby's primary in the same wave). */
  readonly after: string | null;
}

export interface PathStep {
  readonly phase: string;
  readonly minutes: number;
  readonly removed?: boolean;
  readonly path?: StepPath | undefined;
}

export interface RollbackPath {
  minutes: number;
  /** Each workload's own way back (its steps in both stages), in minutes. */
  byWorkload: Map<string, number>;
}

interface Chain {
  minutes: number;
  restore: boolean;
  after: string | null;
}

function chainsOf(steps: readonly PathStep[], stage: StepPath['stage']): Map<string, Chain> {
  const chains = new Map<string, Chain>();
  for (const s of steps) {
    if (s.phase !== 'rollback' || s.removed || !s.path || s.path.stage !== stage) continue;
    const c = chains.get(s.path.workloadId);
    if (c) {
      c.minutes += s.minutes;
      c.restore ||= s.path.restore;
      c.after ??= s.path.after;
    } else chains.set(s.path.workloadId, { minutes: s.minutes, restore: s.path.restore, after: s.path.after });
  }
  return chains;
}

/** When every store's data is back: restores longest first on the free stream, the rest at once, followers after their primary. */
function dataEnd(chains: Map<string, Chain>, parallelRestores: number): number {
  const end = new Map<string, number>();
  const restores = [...chains].filter(([, c]) => c.restore).sort((a, b) => b[1].minutes - a[1].minutes || (a[0] < b[0] ? -1 : 1));
  const streams = new Array<number>(Math.max(1, parallelRestores)).fill(0);
  for (const [id, c] of restores) {
    let free = 0;
    for (let k = 1; k < streams.length; k++) if ((streams[k] as number) < (streams[free] as number)) free = k;
    const done = (streams[free] as number) + c.minutes;
    streams[free] = done;
    end.set(id, done);
  }
  for (const [id, c] of chains) if (!c.restore && !c.after) end.set(id, c.minutes);
  for (const [id, c] of chains) if (!c.restore && c.after) end.set(id, (end.get(c.after) ?? 0) + c.minutes);
  let last = 0;
  for (const t of end.values()) if (t > last) last = t;
  return last;
}

export function rollbackPath(steps: readonly PathStep[], parallelRestores: number): RollbackPath {
  const data = chainsOf(steps, 'data');
  const traffic = chainsOf(steps, 'traffic');
  let trafficEnd = 0;
  for (const c of traffic.values()) if (c.minutes > trafficEnd) trafficEnd = c.minutes;
  let added = 0;
  for (const s of steps) if (s.phase === 'rollback' && !s.removed && !s.path) added += s.minutes;
  const byWorkload = new Map<string, number>();
  for (const chains of [data, traffic]) for (const [id, c] of chains) byWorkload.set(id, (byWorkload.get(id) ?? 0) + c.minutes);
  return { minutes: dataEnd(data, parallelRestores) + trafficEnd + added, byWorkload };
}
