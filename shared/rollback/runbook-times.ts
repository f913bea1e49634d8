import type { EstateIndex } from '../domain/estate-index.js';
import type { Workload } from '../domain/workload.js';
import { keepLongest, type RollbackPath } from './rollback-path.js';
import { rtoBreachesAt } from './rollback-fit.js';
import type { Roles } from './roles.js';
import type { RollbackSettings } from './rollback-settings.js';
import type { Runbook } from './runbook-types.js';
import { BRINGS_DATA, wayBack, wayBackMinutes, type Source } from './way-back.js';

// The times of a wave's generated runbook (its rollback time, the longest ways back, the
// restores and the RTOs it breaks), worked out on estate positions without making a step.
// It is rollbackPath (rollback-path.ts) applied to the rollback steps runbook.ts
// generates, chain by chain in the same order, so the figures are the same to the minute
// (test/unit/shared/rollback/runbook-times.test.ts holds the two side by side). Every
// wave of a 100,000-workload plan is timed on each change; its steps are worded only
// when a view or the workbook reads them.

/** Minutes of the steps that are not a workload's main way back (runbook.ts adds them). */
export const REENABLE_MINUTES = 10;
export const REPLAY_MINUTES = 20;

export interface TimingInputs {
  workloads: readonly Workload[];
  index: Pick<EstateIndex, 'ids' | 'out' | 'outStart' | 'provider'>;
  roles: Roles;
  /** Each position's message feeds as a bit set (a queue holder's replay). */
  feeds: Int32Array;
  waveAt: Int32Array;
  settings: RollbackSettings;
  source: Source;
}

export type WaveTimes = Pick<Runbook, 'rollbackMinutes' | 'restores' | 'smallestRto' | 'rtos' | 'rtoBreaches' | 'longest'>;

/**
 * Every workload's own way back, by estate position, in one pass in estate order: the
 * workloads are read where they lie in memory, and the waves (in cutover order, all over
 * the estate) then read only these arrays.
 */
class WaysBack {
  readonly flags: Uint8Array;
  readonly dataMinutes: Float64Array;
  readonly restoring: Float64Array;
  readonly trafficMinutes: Float64Array;
  /** Its RTO in minutes; NaN when none is recorded. */
  readonly rto: Float64Array;
  constructor({ workloads, roles, feeds, settings, source }: TimingInputs) {
    const n = workloads.length;
    this.flags = new Uint8Array(n);
    this.dataMinutes = new Float64Array(n);
    this.restoring = new Float64Array(n);
    this.trafficMinutes = new Float64Array(n);
    this.rto = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const w = workloads[i] as Workload;
      const role = roles.roleAt(i);
      const way = wayBack(w, role, source);
      const minutes = wayBackMinutes(way, w, settings);
      const data = BRINGS_DATA[way];
      const replay = role === 'queue' && feeds[i] !== 0;
      this.flags[i] = (data ? DATA : 0) | (!data || replay ? TRAFFIC : 0) | (way === 'follow' || way === 'reseed' ? FOLLOWS : 0) | (way === 'restore' ? RESTORE : 0);
      this.dataMinutes[i] = !data ? 0 : way === 'restore' ? minutes + REENABLE_MINUTES : minutes;
      this.restoring[i] = way === 'restore' ? minutes : 0;
      this.trafficMinutes[i] = (data ? 0 : minutes) + (replay ? REPLAY_MINUTES : 0);
      this.rto[i] = w.rtoMinutes ?? NaN;
    }
  }
}

const DATA = 1;
const TRAFFIC = 2;
/** A replica or standby whose way back waits for its primary. */
const FOLLOWS = 4;
const RESTORE = 8;

/** Per member of the wave being timed, by its place in the cutover order; reused wave after wave. */
class Scratch {
  dataEnd: Float64Array;
  trafficStart: Float64Array;
  trafficEnd: Float64Array;
  afterStart: Int32Array;
  afterEnd: Int32Array;
  /** What each member waits for, as places in the wave: afterStart[k] .. afterEnd[k]. */
  after: Int32Array;
  constructor(size: number, edges: number) {
    this.dataEnd = new Float64Array(size);
    this.trafficStart = new Float64Array(size);
    this.trafficEnd = new Float64Array(size);
    this.afterStart = new Int32Array(size);
    this.afterEnd = new Int32Array(size);
    this.after = new Int32Array(edges + size);
  }
}

/**
 * Times waves one after another: wave `wave`'s members are `members[from .. to)`, in
 * cutover order; `largest` is the most members a wave has. The helpers below are made
 * once and read the wave being timed from `at` (some 10,000 waves are timed on each
 * change, and making them per wave cost more than the timing).
 */
export function waveTimer(inputs: TimingInputs, largest: number): (wave: number, members: Int32Array, from?: number, to?: number) => WaveTimes {
  const { workloads, roles, waveAt, settings } = inputs;
  const { out, outStart, provider } = inputs.index;
  const ways = new WaysBack(inputs);
  const { flags, dataMinutes, restoring: restoringAt, trafficMinutes, rto } = ways;
  // Position → place in the wave being timed (valid where waveAt says the position is in it).
  const slot = new Int32Array(workloads.length);
  const s = new Scratch(largest, out.length);
  // Ids from the index's array, not the workload objects: a wave's members lie all over the estate.
  const { ids } = inputs.index;
  // The wave being timed: its members' positions are at.members[at.from + k].
  const at: { members: Int32Array; from: number } = { members: new Int32Array(0), from: 0 };
  const positionOf = (k: number) => at.members[at.from + k] as number;
  const idAt = (k: number) => ids[positionOf(k)] as string;
  const hasData = (k: number) => ((flags[positionOf(k)] as number) & DATA) !== 0;
  const hasTraffic = (k: number) => ((flags[positionOf(k)] as number) & TRAFFIC) !== 0;
  const dataOf = (k: number) => dataMinutes[positionOf(k)] as number;
  const restoringOf = (k: number) => restoringAt[positionOf(k)] as number;
  const trafficOf = (k: number) => trafficMinutes[positionOf(k)] as number;
  const longestFirst = (a: number, b: number) => restoringOf(b) - restoringOf(a) || (idAt(a) < idAt(b) ? -1 : 1);
  const finish = (k: number) => (hasData(k) ? (hasTraffic(k) ? Math.max(s.dataEnd[k] as number, s.trafficEnd[k] as number) : (s.dataEnd[k] as number)) : (s.trafficEnd[k] as number));
  // Places in the wave of the members restoring and of those with an RTO, reused wave after wave.
  const restoring: number[] = [];
  const rtoPlaces: number[] = [];
  const backAt = (r: number) => finish(rtoPlaces[r] as number);
  const streams: number[] = [];

  return (wave, members, from = 0, to = members.length) => {
    at.members = members;
    at.from = from;
    const m = to - from;
    for (let k = 0; k < m; k++) slot[positionOf(k)] = k;
    // What each member waits for: a follower its primary, a service its providers in the wave.
    let top = 0;
    restoring.length = 0;
    const restores: string[] = [];
    let withRto = 0;
    for (let k = 0; k < m; k++) {
      const i = positionOf(k);
      const f = flags[i] as number;
      s.dataEnd[k] = 0;
      s.trafficStart[k] = 0;
      s.trafficEnd[k] = 0;
      s.afterStart[k] = top;
      if (f & DATA) {
        const primary = roles.primaryAt(i);
        if (f & FOLLOWS && primary >= 0 && waveAt[primary] === wave) s.after[top++] = slot[primary] as number;
      } else {
        for (let e = outStart[i] as number; e < (outStart[i + 1] as number); e++) {
          const p = provider[out[e] as number] as number;
          if (waveAt[p] === wave) s.after[top++] = slot[p] as number;
        }
      }
      s.afterEnd[k] = top;
      if (f & RESTORE) {
        restoring.push(k);
        restores.push(idAt(k));
      }
      if (!Number.isNaN(rto[i])) withRto++;
    }

    // Data: restores longest first on the stream free first, the rest at once, followers after their primary.
    if (restoring.length > 0) {
      if (restoring.length > 1) restoring.sort(longestFirst);
      streams.length = Math.max(1, settings.parallelRestores);
      streams.fill(0);
      for (const k of restoring) {
        let free = 0;
        for (let j = 1; j < streams.length; j++) if ((streams[j] as number) < (streams[free] as number)) free = j;
        const begin = streams[free] as number;
        streams[free] = begin + restoringOf(k);
        s.dataEnd[k] = begin + dataOf(k);
      }
    }
    // The runbook's rollback steps run consumers first, so its chains come last member first.
    for (let k = m - 1; k >= 0; k--) if (hasData(k) && restoringOf(k) === 0 && s.afterStart[k] === s.afterEnd[k]) s.dataEnd[k] = dataOf(k);
    for (let k = m - 1; k >= 0; k--) {
      if (!hasData(k) || restoringOf(k) !== 0 || s.afterStart[k] === s.afterEnd[k]) continue;
      let begin = 0;
      for (let e = s.afterStart[k] as number; e < (s.afterEnd[k] as number); e++) {
        const a = s.after[e] as number;
        begin = Math.max(begin, hasData(a) ? (s.dataEnd[a] as number) : 0);
      }
      s.dataEnd[k] = begin + dataOf(k);
    }
    // Traffic, providers first: each starts when the data it reads is back.
    for (let k = 0; k < m; k++) {
      if (!hasTraffic(k)) continue;
      let begin = 0;
      for (let e = s.afterStart[k] as number; e < (s.afterEnd[k] as number); e++) {
        const a = s.after[e] as number;
        begin = Math.max(begin, hasData(a) ? (s.dataEnd[a] as number) : hasTraffic(a) ? (s.trafficStart[a] as number) : 0);
      }
      s.trafficStart[k] = begin;
      s.trafficEnd[k] = begin + trafficOf(k);
    }

    let rollbackMinutes = 0;
    const longest: RollbackPath['longest'] = [];
    // Keeps the three longest as rollbackPath does, reading an id only for a way back that gets in.
    for (let k = m - 1; k >= 0; k--) {
      if (!hasData(k)) continue;
      rollbackMinutes = Math.max(rollbackMinutes, s.dataEnd[k] as number);
      const minutes = dataOf(k) + (hasTraffic(k) ? trafficOf(k) : 0);
      if (longest.length < 3 || minutes > (longest[2] as { minutes: number }).minutes) keepLongest(longest, idAt(k), minutes);
    }
    for (let k = m - 1; k >= 0; k--) {
      if (!hasTraffic(k)) continue;
      rollbackMinutes = Math.max(rollbackMinutes, s.trafficEnd[k] as number);
      if (hasData(k)) continue;
      const minutes = trafficOf(k);
      if (longest.length < 3 || minutes > (longest[2] as { minutes: number }).minutes) keepLongest(longest, idAt(k), minutes);
    }

    let smallestRto: Runbook['smallestRto'] = null;
    const rtos: { workloadId: string; minutes: number }[] = [];
    rtoPlaces.length = 0;
    if (withRto > 0) {
      for (let k = 0; k < m; k++) {
        const minutes = rto[positionOf(k)] as number;
        if (Number.isNaN(minutes)) continue;
        const workloadId = idAt(k);
        rtos.push({ workloadId, minutes });
        rtoPlaces.push(k);
        if (smallestRto === null || minutes < smallestRto.minutes) smallestRto = { minutes, workloadId };
      }
    }
    const rtoBreaches = withRto > 0 ? rtoBreachesAt(rtos, backAt) : [];
    return { rollbackMinutes, restores, smallestRto, rtos, rtoBreaches, longest };
  };
}
