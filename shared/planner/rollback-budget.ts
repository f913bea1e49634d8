import type { Workload } from '../domain/workload.js';

// What the planner knows of each wave's way back, so it can split a wave whose rollback
// would not fit (docs/domain-rules.md, "Rollback fits"). The runbooks work out the exact
// critical path once the plan is made (rollback/rollback-path.ts); while placing units
// the planner keeps a bound of it per wave that is cheap to extend: restores from backup
// share the parallel restore streams, longest first (as the runbook places them); other
// data (reverse replication, a reopened source) runs at once; a replica or standby
// follows its primary; traffic returns after all the data (the runbook: after the data
// it reads). The bound may be longer than the runbook's time, rarely shorter (a
// follower whose primary's restore queued), so a wave the planner lets through can still
// be over (its rollback finding then says what to change).
// The figures of each workload come from the rollback rules (rollback/rollback-estimate.ts)
// through the plan stage: the planner does not import the rollback folder.

/** One workload's way back, in minutes, by what it waits on. */
export interface WayBackFigures {
  /** Restore from backup (on a restore stream) and reopening for writes; 0 when it does not restore. */
  restore: number;
  /** Of that, the minutes on a restore stream. */
  restoring: number;
  /** A replica or standby, re-seeded or pointed back once its primary is back: its primary's way back and its own. */
  follower: number;
  /** Data that comes back at once: reverse replication, a reopened source. */
  data: number;
  /** Traffic switched back or redeployed (and queued messages replayed), once the data is back. */
  traffic: number;
}

/** The rollback settings the planner checks each wave against, and each workload's figures. */
export interface RollbackLimits {
  windowMinutes: number;
  parallelRestores: number;
  figuresOf(w: Workload): WayBackFigures;
  /**
   * The same for the workload at `position` in the estate's workload list (the plan
   * stage's index has positions), to skip a lookup by id per workload; a workload that
   * is not at that position is looked up by id.
   */
  figuresAt?(position: number, w: Workload): WayBackFigures;
}

interface RestoreChain {
  /** Minutes on a restore stream. */
  stream: number;
  /** Minutes until the workload's data is back (the restore and reopening for writes). */
  total: number;
  /** Its RTO, or Infinity when none is recorded. */
  rto: number;
  id: string;
}

/** A unit's or a wave's way back, kept as the parts the bound is made of. */
export interface RollbackLoad {
  /** Longest first (on the stream). */
  restores: RestoreChain[];
  follower: number;
  data: number;
  traffic: number;
}

const NO_RESTORES: RestoreChain[] = [];

const byStreamDesc = (a: RestoreChain, b: RestoreChain) => b.stream - a.stream || (a.id < b.id ? -1 : 1);

/** A unit's way back from its members' figures. */
export function unitRollback(members: readonly Workload[], figuresOf: RollbackLimits['figuresOf']): RollbackLoad {
  return unitRollbackOf(members, (w) => w, figuresOf);
}

/**
 * The same over members named any way (positions, say): `workloadOf` gives each one's
 * workload, `figuresOf` its figures. The planner asks this for every unit with the same
 * two functions, rather than a list of workloads and a function made for each unit.
 */
export function unitRollbackOf<M>(members: readonly M[], workloadOf: (m: M) => Workload, figuresOf: (m: M) => WayBackFigures): RollbackLoad {
  // Most units restore nothing: they share one empty list (a wave's own list is its own, emptyRollback).
  const load: RollbackLoad = { restores: NO_RESTORES, follower: 0, data: 0, traffic: 0 };
  for (let k = 0; k < members.length; k++) {
    const m = members[k] as M;
    const w = workloadOf(m);
    const f = figuresOf(m);
    if (f.restore > 0) {
      if (load.restores === NO_RESTORES) load.restores = [];
      load.restores.push({ stream: f.restoring, total: f.restore, rto: w.rtoMinutes ?? Infinity, id: w.id });
    }
    load.follower = Math.max(load.follower, f.follower);
    load.data = Math.max(load.data, f.data);
    load.traffic = Math.max(load.traffic, f.traffic);
  }
  load.restores.sort(byStreamDesc);
  return load;
}

/** Adds a unit's way back to a wave's. */
export function addRollback(wave: RollbackLoad, unit: RollbackLoad): void {
  if (unit.restores.length) {
    wave.restores.push(...unit.restores);
    wave.restores.sort(byStreamDesc);
  }
  wave.follower = Math.max(wave.follower, unit.follower);
  wave.data = Math.max(wave.data, unit.data);
  wave.traffic = Math.max(wave.traffic, unit.traffic);
}

export interface RollbackBound {
  minutes: number;
  /** A restore that would be back after its RTO only because it queued behind the others. */
  late: { id: string; back: number; rto: number } | null;
}

const streams = new Float64Array(64);

/**
 * The bound of a wave's rollback with a unit added (or alone, `unit` null): the restores
 * merged longest first onto the free stream, then the followers, then the traffic.
 */
export function rollbackBound(wave: RollbackLoad, unit: RollbackLoad | null, parallelRestores: number): RollbackBound {
  const s = Math.min(Math.max(1, parallelRestores), streams.length);
  streams.fill(0, 0, s);
  const a = wave.restores;
  const b = unit?.restores ?? [];
  let i = 0;
  let j = 0;
  let restored = 0;
  let late: RollbackBound['late'] = null;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && byStreamDesc(a[i] as RestoreChain, b[j] as RestoreChain) <= 0) ? (a[i++] as RestoreChain) : (b[j++] as RestoreChain);
    let free = 0;
    for (let k = 1; k < s; k++) if ((streams[k] as number) < (streams[free] as number)) free = k;
    const start = streams[free] as number;
    streams[free] = start + next.stream;
    const back = start + next.total;
    restored = Math.max(restored, back);
    // Late only through queueing: a restore longer than its RTO on its own is not the wave's doing.
    if (!late && back > next.rto && next.total <= next.rto) late = { id: next.id, back, rto: next.rto };
  }
  // A follower's figure includes its primary's way back (not its place in the restore queue); traffic waits for the data it reads.
  const data = Math.max(restored, wave.data, unit?.data ?? 0, wave.follower, unit?.follower ?? 0);
  return { minutes: data + Math.max(wave.traffic, unit?.traffic ?? 0), late };
}

export const emptyRollback = (): RollbackLoad => ({ restores: [], follower: 0, data: 0, traffic: 0 });
