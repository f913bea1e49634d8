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
  /** When each workload is back (its last chain's end), by workload id. */
  finish(workloadId: string): number | undefined;
  /** The three workloads whose own way back (their steps' minutes) is longest, longest first. */
  longest: { workloadId: string; minutes: number }[];
}

interface Chain {
  id: string;
  minutes: number;
  /** Minutes on a restore stream (its restore steps; opening for writes needs none). */
  restoring: number;
  after: readonly string[];
  /** When it starts and ends, once worked out. */
  start: number;
  end: number;
}

/** Each workload's chain in a stage, in the order their first steps come (the runbook's: consumers first). */
function chainsOf(steps: readonly PathStep[], stage: StepPath['stage']): Map<string, Chain> {
  const chains = new Map<string, Chain>();
  for (const s of steps) {
    const path = s.path;
    if (!path || path.stage !== stage || s.removed || s.phase !== 'rollback') continue;
    const c = chains.get(path.workloadId);
    if (c) {
      c.minutes += s.minutes;
      if (path.restore) c.restoring += s.minutes;
      if (!c.after.length) c.after = path.after;
    } else chains.set(path.workloadId, { id: path.workloadId, minutes: s.minutes, restoring: path.restore ? s.minutes : 0, after: path.after, start: 0, end: 0 });
  }
  return chains;
}

const latest = (ids: readonly string[], at: (id: string) => number) => {
  let t = 0;
  for (const id of ids) t = Math.max(t, at(id));
  return t;
};

/** Data chains' ends: restores longest first on the stream free first, the rest at once, followers after their primary. */
function placeData(chains: Map<string, Chain>, parallelRestores: number): void {
  const restores: Chain[] = [];
  for (const c of chains.values()) if (c.restoring > 0) restores.push(c);
  restores.sort((a, b) => b.restoring - a.restoring || (a.id < b.id ? -1 : 1));
  const streams = new Array<number>(Math.max(1, parallelRestores)).fill(0);
  for (const c of restores) {
    let free = 0;
    for (let k = 1; k < streams.length; k++) if ((streams[k] as number) < (streams[free] as number)) free = k;
    c.start = streams[free] as number;
    streams[free] = c.start + c.restoring;
    c.end = c.start + c.minutes;
  }
  for (const c of chains.values()) if (c.restoring === 0 && !c.after.length) c.end = c.minutes;
  const endOf = (id: string) => chains.get(id)?.end ?? 0;
  for (const c of chains.values())
    if (c.restoring === 0 && c.after.length) {
      c.start = latest(c.after, endOf);
      c.end = c.start + c.minutes;
    }
}

/** Keeps the three longest, longest first, without sorting a whole wave (runbook-times.ts keeps them the same way). */
export function keepLongest(longest: RollbackPath['longest'], workloadId: string, minutes: number): void {
  if (longest.length === 3 && minutes <= (longest[2] as { minutes: number }).minutes) return;
  let at = longest.findIndex((l) => minutes > l.minutes);
  if (at < 0) at = longest.length;
  longest.splice(at, 0, { workloadId, minutes });
  if (longest.length > 3) longest.pop();
}

export function rollbackPath(steps: readonly PathStep[], parallelRestores: number): RollbackPath {
  const data = chainsOf(steps, 'data');
  const traffic = chainsOf(steps, 'traffic');
  placeData(data, parallelRestores);
  // When a workload's data is ready for its consumers: a store's when it is back, a service's when what it reads is.
  const ready = (id: string) => data.get(id)?.end ?? traffic.get(id)?.start ?? 0;
  // Providers first: the steps run consumers first, so their chains are read backwards.
  const order = [...traffic.values()];
  for (let k = order.length - 1; k >= 0; k--) {
    const c = order[k] as Chain;
    c.start = latest(c.after, ready);
    c.end = c.start + c.minutes;
  }
  let minutes = 0;
  const longest: RollbackPath['longest'] = [];
  for (const c of data.values()) {
    minutes = Math.max(minutes, c.end);
    keepLongest(longest, c.id, c.minutes + (traffic.get(c.id)?.minutes ?? 0));
  }
  for (const c of order) {
    minutes = Math.max(minutes, c.end);
    if (!data.has(c.id)) keepLongest(longest, c.id, c.minutes);
  }
  for (const s of steps) if (s.phase === 'rollback' && !s.removed && !s.path) minutes += s.minutes;
  const finish = (id: string) => {
    const d = data.get(id)?.end;
    const t = traffic.get(id)?.end;
    return d === undefined ? t : t === undefined ? d : Math.max(d, t);
  };
  return { minutes, finish, longest };
}
