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
  index: Pick<EstateIndex, 'out' | 'outStart' | 'provider'>;
  roles: Roles;
  /** Each position's message feeds as a bit set (a queue holder's replay). */
  feeds: Int32Array;
  waveAt: Int32Array;
  settings: RollbackSettings;
  source: Source;
}

export type WaveTimes = Pick<Runbook, 'rollbackMinutes' | 'restores' | 'smallestRto' | 'rtos' | 'rtoBreaches' | 'longest'>;

/** Per member of the wave being timed, by its place in the cutover order; reused wave after wave. */
class Scratch {
  hasData: Uint8Array;
  hasTraffic: Uint8Array;
  dataMinutes: Float64Array;
  restoring: Float64Array;
  trafficMinutes: Float64Array;
  dataEnd: Float64Array;
  trafficStart: Float64Array;
  trafficEnd: Float64Array;
  afterStart: Int32Array;
  afterEnd: Int32Array;
  /** What each member waits for, as places in the wave: afterStart[k] .. afterEnd[k]. */
  after: Int32Array;
  constructor(size: number, edges: number) {
    this.hasData = new Uint8Array(size);
    this.hasTraffic = new Uint8Array(size);
    this.dataMinutes = new Float64Array(size);
    this.restoring = new Float64Array(size);
    this.trafficMinutes = new Float64Array(size);
    this.dataEnd = new Float64Array(size);
    this.trafficStart = new Float64Array(size);
    this.trafficEnd = new Float64Array(size);
    this.afterStart = new Int32Array(size);
    this.afterEnd = new Int32Array(size);
    this.after = new Int32Array(edges + size);
  }
}

/** Times waves one after another; `largest` is the most members a wave has. */
export function waveTimer(inputs: TimingInputs, largest: number): (wave: number, members: Int32Array) => WaveTimes {
  const { workloads, roles, feeds, waveAt, settings, source } = inputs;
  const { out, outStart, provider } = inputs.index;
  // Position → place in the wave being timed (valid where waveAt says the position is in it).
  const slot = new Int32Array(workloads.length);
  const s = new Scratch(largest, out.length);
  const idAt = (members: Int32Array, k: number) => (workloads[members[k] as number] as Workload).id;

  return (wave, members) => {
    const m = members.length;
    for (let k = 0; k < m; k++) slot[members[k] as number] = k;
    // Each member's way back: its data chain (a restore and its reopening, catch-up, follow…), its traffic chain (switch back, replay), what it waits for.
    let top = 0;
    const restoring: number[] = [];
    const restores: string[] = [];
    for (let k = 0; k < m; k++) {
      const i = members[k] as number;
      const w = workloads[i] as Workload;
      const role = roles.roleAt(i);
      const way = wayBack(w, role, source);
      const minutes = wayBackMinutes(way, w, settings);
      const data = BRINGS_DATA[way];
      const replay = role === 'queue' && feeds[i] !== 0;
      s.hasData[k] = data ? 1 : 0;
      s.hasTraffic[k] = !data || replay ? 1 : 0;
      s.dataMinutes[k] = !data ? 0 : way === 'restore' ? minutes + REENABLE_MINUTES : minutes;
      s.restoring[k] = way === 'restore' ? minutes : 0;
      s.trafficMinutes[k] = (data ? 0 : minutes) + (replay ? REPLAY_MINUTES : 0);
      s.dataEnd[k] = 0;
      s.trafficStart[k] = 0;
      s.trafficEnd[k] = 0;
      s.afterStart[k] = top;
      if (data) {
        const primary = roles.primaryAt(i);
        if ((way === 'follow' || way === 'reseed') && primary >= 0 && waveAt[primary] === wave) s.after[top++] = slot[primary] as number;
      } else {
        for (let e = outStart[i] as number; e < (outStart[i + 1] as number); e++) {
          const p = provider[out[e] as number] as number;
          if (waveAt[p] === wave) s.after[top++] = slot[p] as number;
        }
      }
      s.afterEnd[k] = top;
      if (way === 'restore') {
        restoring.push(k);
        restores.push(w.id);
      }
    }

    // Data: restores longest first on the stream free first, the rest at once, followers after their primary.
    restoring.sort((a, b) => (s.restoring[b] as number) - (s.restoring[a] as number) || (idAt(members, a) < idAt(members, b) ? -1 : 1));
    const streams = new Array<number>(Math.max(1, settings.parallelRestores)).fill(0);
    for (const k of restoring) {
      let free = 0;
      for (let j = 1; j < streams.length; j++) if ((streams[j] as number) < (streams[free] as number)) free = j;
      const begin = streams[free] as number;
      streams[free] = begin + (s.restoring[k] as number);
      s.dataEnd[k] = begin + (s.dataMinutes[k] as number);
    }
    // The runbook's rollback steps run consumers first, so its chains come last member first.
    for (let k = m - 1; k >= 0; k--) if (s.hasData[k] && s.restoring[k] === 0 && s.afterStart[k] === s.afterEnd[k]) s.dataEnd[k] = s.dataMinutes[k] as number;
    for (let k = m - 1; k >= 0; k--) {
      if (!s.hasData[k] || s.restoring[k] !== 0 || s.afterStart[k] === s.afterEnd[k]) continue;
      let begin = 0;
      for (let e = s.afterStart[k] as number; e < (s.afterEnd[k] as number); e++) {
        const a = s.after[e] as number;
        begin = Math.max(begin, s.hasData[a] ? (s.dataEnd[a] as number) : 0);
      }
      s.dataEnd[k] = begin + (s.dataMinutes[k] as number);
    }
    // Traffic, providers first: each starts when the data it reads is back.
    for (let k = 0; k < m; k++) {
      if (!s.hasTraffic[k]) continue;
      let begin = 0;
      for (let e = s.afterStart[k] as number; e < (s.afterEnd[k] as number); e++) {
        const a = s.after[e] as number;
        begin = Math.max(begin, s.hasData[a] ? (s.dataEnd[a] as number) : s.hasTraffic[a] ? (s.trafficStart[a] as number) : 0);
      }
      s.trafficStart[k] = begin;
      s.trafficEnd[k] = begin + (s.trafficMinutes[k] as number);
    }

    let rollbackMinutes = 0;
    const longest: RollbackPath['longest'] = [];
    for (let k = m - 1; k >= 0; k--) {
      if (!s.hasData[k]) continue;
      rollbackMinutes = Math.max(rollbackMinutes, s.dataEnd[k] as number);
      keepLongest(longest, idAt(members, k), (s.dataMinutes[k] as number) + (s.hasTraffic[k] ? (s.trafficMinutes[k] as number) : 0));
    }
    for (let k = m - 1; k >= 0; k--) {
      if (!s.hasTraffic[k]) continue;
      rollbackMinutes = Math.max(rollbackMinutes, s.trafficEnd[k] as number);
      if (!s.hasData[k]) keepLongest(longest, idAt(members, k), s.trafficMinutes[k] as number);
    }
    const finish = (k: number) => (s.hasData[k] ? (s.hasTraffic[k] ? Math.max(s.dataEnd[k] as number, s.trafficEnd[k] as number) : (s.dataEnd[k] as number)) : (s.trafficEnd[k] as number));

    let smallestRto: Runbook['smallestRto'] = null;
    const rtos: { workloadId: string; minutes: number }[] = [];
    const rtoPlaces: number[] = [];
    for (let k = 0; k < m; k++) {
      const w = workloads[members[k] as number] as Workload;
      if (w.rtoMinutes === null) continue;
      rtos.push({ workloadId: w.id, minutes: w.rtoMinutes });
      rtoPlaces.push(k);
      if (smallestRto === null || w.rtoMinutes < smallestRto.minutes) smallestRto = { minutes: w.rtoMinutes, workloadId: w.id };
    }
    const rtoBreaches = rtoBreachesAt(rtos, (r) => finish(rtoPlaces[r] as number));
    return { rollbackMinutes, restores, smallestRto, rtos, rtoBreaches, longest };
  };
}
