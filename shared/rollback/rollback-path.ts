// The rollback time of a wave is the critical path of its way back, not a sum
// (docs/domain-rules.md, "Rollback", "Rollback time"). Each workload's way back is a
// chain of its steps. Data chains start at once, except that restores from backup
// share the parallel restore streams (longest first) and a replica or standby waits for
// its primary. A traffic chain (switch back, replay) starts when the data it reads is
// back: that of its providers in the wave, directly or through the services it calls.
// Steps the architect added run one after another once everything else is back.

/** Where a generated rollback step sits on the way back. */
export interface StepPath {
  readonly workloadId: string;
  /** Data comes back before the traffic that reads it. */
  readonly stage: 'data' | 'traffic';
  /** A restore from backup: it takes one of the parallel restore streams. */
  readonly restore: boolean;
  /** Workloads of the wave whose data must be back first: a follower's primary, a service's providers. */
  readonly after: readonly string[];
}

export interface PathStep {
  readonly phase: string;
  readonly minutes: number;
  readonly removed?: boolean;
  readonly path?: StepPath | undefined;
}

export interface RollbackPath {
  /** When the whole way back is done. */
  minutes: number;
  /** When each workload is back (its chain's end), by workload id. */
  finish: Map<string, number>;
  /** Each workload's own way back (its steps' minutes), by workload id. */
  own: Map<string, number>;
}

interface Chain {
  minutes: number;
  /** Minutes on a restore stream (its restore steps; opening for writes needs none). */
  restoring: number;
  restore: boolean;
  after: readonly string[];
}

/** The chains in the order their steps come (the runbook's: consumers first). */
function chainsOf(steps: readonly PathStep[], stage: StepPath['stage']): Map<string, Chain> {
  const chains = new Map<string, Chain>();
  for (const s of steps) {
    if (s.phase !== 'rollback' || s.removed || !s.path || s.path.stage !== stage) continue;
    const c = chains.get(s.path.workloadId);
    if (c) {
      c.minutes += s.minutes;
      if (s.path.restore) c.restoring += s.minutes;
      c.restore ||= s.path.restore;
      if (!c.after.length) c.after = s.path.after;
    } else chains.set(s.path.workloadId, { minutes: s.minutes, restoring: s.path.restore ? s.minutes : 0, restore: s.path.restore, after: s.path.after });
  }
  return chains;
}

const latest = (ids: readonly string[], at: ReadonlyMap<string, number>) => ids.reduce((t, id) => Math.max(t, at.get(id) ?? 0), 0);

/** Data chains' ends: restores longest first on the stream free first, the rest at once, followers after their primary. */
function dataEnds(chains: Map<string, Chain>, parallelRestores: number): Map<string, number> {
  const end = new Map<string, number>();
  const restores = [...chains].filter(([, c]) => c.restore).sort((a, b) => b[1].restoring - a[1].restoring || (a[0] < b[0] ? -1 : 1));
  const streams = new Array<number>(Math.max(1, parallelRestores)).fill(0);
  for (const [id, c] of restores) {
    let free = 0;
    for (let k = 1; k < streams.length; k++) if ((streams[k] as number) < (streams[free] as number)) free = k;
    streams[free] = (streams[free] as number) + c.restoring;
    end.set(id, (streams[free] as number) + c.minutes - c.restoring);
  }
  for (const [id, c] of chains) if (!c.restore && !c.after.length) end.set(id, c.minutes);
  for (const [id, c] of chains) if (!c.restore && c.after.length) end.set(id, latest(c.after, end) + c.minutes);
  return end;
}

export function rollbackPath(steps: readonly PathStep[], parallelRestores: number): RollbackPath {
  const data = chainsOf(steps, 'data');
  const traffic = chainsOf(steps, 'traffic');
  const finish = dataEnds(data, parallelRestores);
  // When a workload's data is ready for its consumers: a store's when it is back, a service's when what it reads is.
  const ready = new Map(finish);
  // Providers first: the steps run consumers first, so their chains are read backwards.
  const order = [...traffic];
  for (let k = order.length - 1; k >= 0; k--) {
    const [id, c] = order[k] as [string, Chain];
    const start = latest(c.after, ready);
    if (!data.has(id)) ready.set(id, start);
    finish.set(id, Math.max(finish.get(id) ?? 0, start + c.minutes));
  }
  let minutes = 0;
  for (const t of finish.values()) if (t > minutes) minutes = t;
  for (const s of steps) if (s.phase === 'rollback' && !s.removed && !s.path) minutes += s.minutes;
  const own = new Map<string, number>();
  for (const chains of [data, traffic]) for (const [id, c] of chains) own.set(id, (own.get(id) ?? 0) + c.minutes);
  return { minutes, finish, own };
}
