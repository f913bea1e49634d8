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
 * the estate) then read only this array. A position's figures lie side by side in one
 * row (flags, data minutes, restoring minutes, traffic minutes, RTO), so a wave reads
 * each member's from one place rather than five arrays.
 */
function waysBack({ workloads, roles, feeds, settings, source }: TimingInputs): Float64Array {
  const n = workloads.length;
  const rows = new Float64Array(n * ROW);
  for (let i = 0; i < n; i++) {
    const w = workloads[i] as Workload;
    const role = roles.roleAt(i);
    const way = wayBack(w, role, source);
    const minutes = wayBackMinutes(way, w, settings);
    const data = BRINGS_DATA[way];
    const replay = role === 'queue' && feeds[i] !== 0;
    const o = i * ROW;
    rows[o + FLAGS] = (data ? DATA : 0) | (!data || replay ? TRAFFIC : 0) | (way === 'follow' || way === 'reseed' ? FOLLOWS : 0) | (way === 'restore' ? RESTORE : 0);
    rows[o + DATA_MINUTES] = !data ? 0 : way === 'restore' ? minutes + REENABLE_MINUTES : minutes;
    rows[o + RESTORING] = way === 'restore' ? minutes : 0;
    rows[o + TRAFFIC_MINUTES] = (data ? 0 : minutes) + (replay ? REPLAY_MINUTES : 0);
    // NaN when no RTO is recorded.
    rows[o + RTO] = w.rtoMinutes ?? NaN;
  }
  return rows;
}

/** A row's fields. */
const FLAGS = 0;
const DATA_MINUTES = 1;
const RESTORING = 2;
const TRAFFIC_MINUTES = 3;
const RTO = 4;
const ROW = 5;

/** The one empty list every wave without restores, RTOs or breaches shares (frozen: a runbook's lists are read, never added to). */
const NONE: readonly never[] = Object.freeze([]);

const DATA = 1;
const TRAFFIC = 2;
/** A replica or standby whose way back waits for its primary. */
const FOLLOWS = 4;
const RESTORE = 8;

/** Per member of the wave being timed, by its place in the cutover order; reused wave after wave. */
class Scratch {
  /** Its estate position, and its way back's flags and minutes copied from there: the loops below then read the wave's members side by side. */
  position: Int32Array;
  flags: Uint8Array;
  data: Float64Array;
  restoring: Float64Array;
  traffic: Float64Array;
  dataEnd: Float64Array;
  trafficStart: Float64Array;
  trafficEnd: Float64Array;
  afterStart: Int32Array;
  afterEnd: Int32Array;
  /** What each member waits for, as places in the wave: afterStart[k] .. afterEnd[k]. */
  after: Int32Array;
  constructor(size: number, edges: number) {
    this.position = new Int32Array(size);
    this.flags = new Uint8Array(size);
    this.data = new Float64Array(size);
    this.restoring = new Float64Array(size);
    this.traffic = new Float64Array(size);
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
 * cutover order; `largest` is the most members a wave has. Nothing is made per wave but
 * what the runbook keeps (some 10,000 waves are timed on each change).
 */
export function waveTimer(inputs: TimingInputs, largest: number): (wave: number, members: Int32Array, from?: number, to?: number) => WaveTimes {
  const { workloads, roles, waveAt, settings } = inputs;
  const { out, outStart, provider } = inputs.index;
  const ways = waysBack(inputs);
  // Position → place in the wave being timed (valid where waveAt says the position is in it).
  const slot = new Int32Array(workloads.length);
  const s = new Scratch(largest, out.length);
  const { position, flags, data, restoring: restoringOf, traffic, dataEnd, trafficStart, trafficEnd, afterStart, afterEnd, after } = s;
  // Ids from the index's array, not the workload objects: a wave's members lie all over the estate.
  const { ids } = inputs.index;
  const idAt = (k: number) => ids[position[k] as number] as string;
  const longestFirst = (a: number, b: number) => (restoringOf[b] as number) - (restoringOf[a] as number) || (idAt(a) < idAt(b) ? -1 : 1);
  // When each member is back: its data, its traffic, or the later of the two.
  const finish = (k: number) => {
    const f = flags[k] as number;
    if (!(f & DATA)) return trafficEnd[k] as number;
    return f & TRAFFIC ? Math.max(dataEnd[k] as number, trafficEnd[k] as number) : (dataEnd[k] as number);
  };
  // Places in the wave of the members restoring and of those with an RTO, reused wave after wave.
  const restoring: number[] = [];
  const rtoPlaces: number[] = [];
  const backAt = (r: number) => finish(rtoPlaces[r] as number);
  const streams: number[] = [];

  return (wave, members, from = 0, to = members.length) => {
    const m = to - from;
    for (let k = 0; k < m; k++) {
      const i = members[from + k] as number;
      slot[i] = k;
      position[k] = i;
      const o = i * ROW;
      flags[k] = ways[o + FLAGS] as number;
      data[k] = ways[o + DATA_MINUTES] as number;
      restoringOf[k] = ways[o + RESTORING] as number;
      traffic[k] = ways[o + TRAFFIC_MINUTES] as number;
    }
    // What each member waits for: a follower its primary, a service its providers in the wave.
    let top = 0;
    restoring.length = 0;
    let restores: string[] | undefined;
    let withRto = 0;
    for (let k = 0; k < m; k++) {
      const i = position[k] as number;
      const f = flags[k] as number;
      dataEnd[k] = 0;
      trafficStart[k] = 0;
      trafficEnd[k] = 0;
      afterStart[k] = top;
      if (f & DATA) {
        const primary = roles.primaryAt(i);
        if (f & FOLLOWS && primary >= 0 && waveAt[primary] === wave) after[top++] = slot[primary] as number;
      } else {
        for (let e = outStart[i] as number; e < (outStart[i + 1] as number); e++) {
          const p = provider[out[e] as number] as number;
          if (waveAt[p] === wave) after[top++] = slot[p] as number;
        }
      }
      afterEnd[k] = top;
      if (f & RESTORE) {
        restoring.push(k);
        (restores ??= []).push(idAt(k));
      }
      if (!Number.isNaN(ways[i * ROW + RTO])) withRto++;
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
        streams[free] = begin + (restoringOf[k] as number);
        dataEnd[k] = begin + (data[k] as number);
      }
    }
    // The runbook's rollback steps run consumers first, so its chains come last member first.
    for (let k = m - 1; k >= 0; k--) if ((flags[k] as number) & DATA && restoringOf[k] === 0 && afterStart[k] === afterEnd[k]) dataEnd[k] = data[k] as number;
    for (let k = m - 1; k >= 0; k--) {
      if (!((flags[k] as number) & DATA) || restoringOf[k] !== 0 || afterStart[k] === afterEnd[k]) continue;
      let begin = 0;
      for (let e = afterStart[k] as number; e < (afterEnd[k] as number); e++) {
        const a = after[e] as number;
        begin = Math.max(begin, (flags[a] as number) & DATA ? (dataEnd[a] as number) : 0);
      }
      dataEnd[k] = begin + (data[k] as number);
    }
    // Traffic, providers first: each starts when the data it reads is back.
    for (let k = 0; k < m; k++) {
      if (!((flags[k] as number) & TRAFFIC)) continue;
      let begin = 0;
      for (let e = afterStart[k] as number; e < (afterEnd[k] as number); e++) {
        const a = after[e] as number;
        const fa = flags[a] as number;
        begin = Math.max(begin, fa & DATA ? (dataEnd[a] as number) : fa & TRAFFIC ? (trafficStart[a] as number) : 0);
      }
      trafficStart[k] = begin;
      trafficEnd[k] = begin + (traffic[k] as number);
    }

    let rollbackMinutes = 0;
    const longest: RollbackPath['longest'] = [];
    // Keeps the three longest as rollbackPath does, reading an id only for a way back that gets in.
    for (let k = m - 1; k >= 0; k--) {
      const f = flags[k] as number;
      if (!(f & DATA)) continue;
      rollbackMinutes = Math.max(rollbackMinutes, dataEnd[k] as number);
      const minutes = (data[k] as number) + (f & TRAFFIC ? (traffic[k] as number) : 0);
      if (longest.length < 3 || minutes > (longest[2] as { minutes: number }).minutes) keepLongest(longest, idAt(k), minutes);
    }
    for (let k = m - 1; k >= 0; k--) {
      const f = flags[k] as number;
      if (!(f & TRAFFIC)) continue;
      rollbackMinutes = Math.max(rollbackMinutes, trafficEnd[k] as number);
      if (f & DATA) continue;
      const minutes = traffic[k] as number;
      if (longest.length < 3 || minutes > (longest[2] as { minutes: number }).minutes) keepLongest(longest, idAt(k), minutes);
    }

    let smallestRto: Runbook['smallestRto'] = null;
    let rtos: { workloadId: string; minutes: number }[] | undefined;
    rtoPlaces.length = 0;
    if (withRto > 0) {
      rtos = [];
      for (let k = 0; k < m; k++) {
        const minutes = ways[(position[k] as number) * ROW + RTO] as number;
        if (Number.isNaN(minutes)) continue;
        const workloadId = idAt(k);
        rtos.push({ workloadId, minutes });
        rtoPlaces.push(k);
        if (smallestRto === null || minutes < smallestRto.minutes) smallestRto = { minutes, workloadId };
      }
    }
    const rtoBreaches = rtos ? rtoBreachesAt(rtos, backAt) : NONE;
    return { rollbackMinutes, restores: restores ?? NONE, smallestRto, rtos: rtos ?? NONE, rtoBreaches: rtoBreaches.length ? rtoBreaches : NONE, longest };
  };
}
