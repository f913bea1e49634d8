import type { Dependency } from '../domain/dependency.js';
import type { EstateIndex } from '../domain/estate-index.js';
import type { Workload } from '../domain/workload.js';
import type { Plan } from '../planner/plan-types.js';
import { businessCheck } from './business-checks.js';
import { reseedMinutes, restoreMinutes, STATEFUL_KINDS } from './restore.js';
import type { StepPath } from './rollback-path.js';
import { REENABLE_MINUTES, REPLAY_MINUTES, waveTimer, type WaveTimes } from './runbook-times.js';
import { recogniseRoles, type Roles } from './roles.js';
import type { RollbackSettings } from './rollback-settings.js';
import type { Runbook, RunbookStep, StepKind, WaveFacts } from './runbook-types.js';
import { Step } from './step.js';
import { wavePositions, type WavePositions } from '../domain/wave-positions.js';
import { BRINGS_DATA, wayBack, wayBackMinutes, type WayBack } from './way-back.js';

// The rollback runbook of each wave, generated from its members, their roles, their
// strategies, the parallel run and the dependency graph (docs/domain-rules.md,
// "Rollback"). Each workload goes back the way its strategy and source allow (a traffic
// switch, reverse replication, a restore only as the last resort), and the rollback time
// is the critical path of those ways back.

export { restoreMinutes } from './restore.js';

const TRAFFIC = new Set<Workload['kind']>(['application', 'ingress']);
export interface RunbookInputs {
  plan: Pick<Plan, 'waves' | 'waveOf'>;
  /** In the order of `index.ids`. */
  workloads: readonly Workload[];
  dependencies: readonly Dependency[];
  index: EstateIndex;
  settings: RollbackSettings;
  /** Weeks the source keeps running after each cutover (the rate card's parallel run): 0 retires it at cutover. */
  parallelRunWeeks: number;
  /** The plan's members by estate position, when the report has them already (the costs read them too). */
  positions?: WavePositions;
}

/** Dependencies with one end in the wave and the other elsewhere, by wave. */
type Crossing = Map<number, Dependency[]>;

/** The links crossing each wave's cutover (its link steps): worked out when the first runbook's steps are read. */
function crossingLinks({ dependencies, index }: RunbookInputs, waveAt: Int32Array): Crossing {
  const crossing: Crossing = new Map();
  const cross = (wave: number, d: Dependency) => {
    const list = crossing.get(wave);
    if (list) list.push(d);
    else crossing.set(wave, [d]);
  };
  const { consumer, provider } = index;
  for (let j = 0; j < dependencies.length; j++) {
    const c = consumer[j] as number;
    const p = provider[j] as number;
    const wc = c < 0 ? -1 : (waveAt[c] as number);
    const wp = p < 0 ? -1 : (waveAt[p] as number);
    if (wc === wp) continue;
    const d = dependencies[j] as Dependency;
    if (wc >= 0) cross(wc, d);
    if (wp >= 0) cross(wp, d);
  }
  return crossing;
}

/**
 * The runbook of every wave that moves something, in wave order. Each wave's times
 * (runbook-times.ts) are worked out here; its steps, with their objects and words, when
 * first read (a view shows one wave's, the workbook all of them, the findings none), by
 * the one function below, so every reader gets the same steps.
 */
export function buildRunbooks(inputs: RunbookInputs): Runbook[] {
  const { plan, workloads, dependencies, index, settings, parallelRunWeeks } = inputs;
  const { waveAt, members, start } = inputs.positions ?? wavePositions(plan, index, workloads.length);
  // Roles and each position's message feeds in one pass over the dependencies (a workload moves in one wave, so one array serves every wave).
  const feeds = new Int32Array(workloads.length);
  const roles = recogniseRoles(workloads, dependencies, index, feeds);
  const source = { kept: parallelRunWeeks > 0 };
  let largest = 0;
  for (let k = 0; k < plan.waves.length; k++) largest = Math.max(largest, (start[k + 1] as number) - (start[k] as number));
  const time = waveTimer({ workloads, index, roles, feeds, waveAt, settings, source }, largest);
  let crossing: Crossing | undefined;
  const crossingOf = (wave: number) => (crossing ??= crossingLinks(inputs, waveAt)).get(wave) ?? [];
  const runbooks: Runbook[] = [];
  // One maker for every wave's steps (a function per wave cost more than timing it): wave k of the plan's.
  const steps = (k: number) => {
    const wave = plan.waves[k] as Plan['waves'][number];
    return buildSteps(wave.number, members.subarray(start[k], start[k + 1]), inputs, roles, feeds, waveAt, crossingOf(wave.number));
  };
  for (let k = 0; k < plan.waves.length; k++) {
    const wave = plan.waves[k] as Plan['waves'][number];
    if (wave.cutoverOrder.length === 0) continue;
    runbooks.push(new GeneratedRunbook(wave.number, time(wave.number, members, start[k] as number, start[k + 1] as number), settings, steps, k));
  }
  return runbooks;
}

/**
 * A generated runbook: its times given, its steps made when first read. The maker is a
 * private field, so the runbook prints and compares as a plain one; `steps` is a getter
 * on the class, so a spread does not carry it: a copy sets its own steps, as the edits do
 * (runbook-edits.ts). A plain object with an accessor cost more than the timing itself
 * on a 10,000-wave plan.
 */
class GeneratedRunbook implements Runbook {
  readonly wave: number;
  rollbackMinutes: number;
  windowMinutes: number;
  parallelRestores: number;
  restores: readonly string[];
  smallestRto: Runbook['smallestRto'];
  rtos: Runbook['rtos'];
  rtoBreaches: Runbook['rtoBreaches'];
  longest: Runbook['longest'];
  #steps: RunbookStep[] | undefined;
  readonly #make: (place: number) => RunbookStep[];
  /** Its wave's place in the plan, for the maker. */
  readonly #place: number;

  constructor(wave: number, times: WaveTimes, settings: RollbackSettings, make: (place: number) => RunbookStep[], place: number) {
    this.wave = wave;
    this.rollbackMinutes = times.rollbackMinutes;
    this.windowMinutes = settings.maintenanceWindowHours * 60;
    this.parallelRestores = settings.parallelRestores;
    this.restores = times.restores;
    this.smallestRto = times.smallestRto;
    this.rtos = times.rtos;
    this.rtoBreaches = times.rtoBreaches;
    this.longest = times.longest;
    this.#make = make;
    this.#place = place;
  }

  get steps(): RunbookStep[] {
    return (this.#steps ??= this.#make(this.#place));
  }

  set steps(given: RunbookStep[]) {
    this.#steps = given;
  }
}

/** A wave's steps, in runbook order; `positions` are its members' in cutover order. */
function buildSteps(wave: number, positions: Int32Array, inputs: RunbookInputs, roles: Roles, feeds: Int32Array, waveAt: Int32Array, crossing: readonly Dependency[]): RunbookStep[] {
  const { workloads, index, settings, parallelRunWeeks } = inputs;
  const members: Workload[] = Array.from(positions, (i) => workloads[i] as Workload);
  const source = { kept: parallelRunWeeks > 0 };
  // Roles by estate position; the wording asks them again by id, only for the steps it words.
  const roleOfId = (id: string) => {
    const i = index.indexOf.get(id);
    return i === undefined ? 'service' : roles.roleAt(i);
  };
  const facts: WaveFacts = {
    number: wave,
    members,
    traffic: members.filter((w) => TRAFFIC.has(w.kind)),
    stateful: members.filter((w) => STATEFUL_KINDS.has(w.kind)),
    feedsOf: (id) => {
      const i = index.indexOf.get(id);
      return i !== undefined && roles.roleAt(i) === 'queue' ? (feeds[i] as number) : 0;
    },
    role: (w) => roleOfId(w.id),
    way: (w) => wayBack(w, roleOfId(w.id), source),
    parallelRunWeeks,
    settings,
    name: (id) => {
      const i = index.indexOf.get(id);
      return i === undefined ? id : (workloads[i] as Workload).name;
    },
    has: (id) => {
      const i = index.indexOf.get(id);
      return i !== undefined && waveAt[i] === wave;
    },
  };
  const steps: RunbookStep[] = [];
  const add = (kind: StepKind, subject: Step['subject'], minutes: number, path?: StepPath) => steps.push(new Step(kind, facts, subject, minutes, path));

  // Before the cutover. Only a primary store is backed up: a replica's or standby's data is its primary's.
  add('freeze', null, 5);
  if (facts.traffic.length) add('dns', null, 5);
  for (const w of members) if (w.kind === 'ingress') add('routes', w, 15);
  const roleAt = (k: number) => roles.roleAt(positions[k] as number);
  const feedsAt = (k: number) => (roleAt(k) === 'queue' ? (feeds[positions[k] as number] as number) : 0);
  members.forEach((w, k) => {
    if (STATEFUL_KINDS.has(w.kind) && roleAt(k) === 'primary') add('backup', w, 30);
  });
  members.forEach((w, k) => {
    if (feedsAt(k)) add('drain', w, 20);
  });

  // The cutover, providers first (the planner's cutover order).
  members.forEach((w, k) => add('cutover', w, !STATEFUL_KINDS.has(w.kind) ? 20 : roleAt(k) === 'primary' ? restoreMinutes(w, settings) : reseedMinutes(w, settings)));

  // Validation: a smoke test each, each dependency crossing the cutover, business checks.
  for (const w of members) add('smoke', w, 10);
  for (const d of crossing) add('link', d, 5);
  const bySystem = new Map<string, string[]>();
  for (const w of members) {
    if (!w.system || w.environment !== 'production') continue;
    const ids = bySystem.get(w.system);
    if (ids) ids.push(w.id);
    else bySystem.set(w.system, [w.id]);
  }
  for (const [system, ids] of bySystem) {
    const sentence = businessCheck(system);
    if (sentence) add('business', { system, sentence, ids }, 15);
  }

  // When to turn back, and the point after which turning back costs data.
  add('trigger-smoke', null, 0);
  add('trigger-data', null, 0);
  add('point-of-no-return', null, 0);

  // Rollback, in reverse cutover order (consumers first): each workload its way back (runbook-times.ts times these steps).
  for (let k = members.length - 1; k >= 0; k--) {
    const w = members[k] as Workload;
    const way = wayBack(w, roleAt(k), source);
    const stage = BRINGS_DATA[way] ? 'data' : 'traffic';
    const after = waitsFor(positions[k] as number, stage, way, inputs, roles, waveAt, wave);
    const path: StepPath = { workloadId: w.id, stage, restore: false, after };
    if (way === 'restore') {
      add('restore', w, wayBackMinutes(way, w, settings), { ...path, restore: true });
      add('reenable', w, REENABLE_MINUTES, path);
    } else add(STEP_OF_WAY[way], w, wayBackMinutes(way, w, settings), path);
    if (feedsAt(k)) add('replay', w, REPLAY_MINUTES, stage === 'traffic' ? path : { ...path, stage: 'traffic' });
  }
  return steps;
}

/**
 * The workloads of the wave whose data must be back before this way back starts: a
 * follower's primary; for a traffic switch, its providers in the wave (the path follows
 * them on to the data they read).
 */
function waitsFor(i: number, stage: 'data' | 'traffic', way: WayBack, inputs: RunbookInputs, roles: Roles, waveAt: Int32Array, wave: number): readonly string[] {
  const { workloads, index } = inputs;
  if (stage === 'data') {
    const primary = roles.primaryAt(i);
    return (way === 'follow' || way === 'reseed') && primary >= 0 && waveAt[primary] === wave ? [(workloads[primary] as Workload).id] : NONE;
  }
  let after: string[] | undefined;
  const { out, outStart, provider } = index;
  for (let e = outStart[i] as number; e < (outStart[i + 1] as number); e++) {
    const p = provider[out[e] as number] as number;
    if (waveAt[p] === wave) (after ??= []).push((workloads[p] as Workload).id);
  }
  return after ?? NONE;
}

/** One empty list for every way back that waits for nothing (most of them). */
const NONE: readonly string[] = [];

/** The step that carries each way back (a restore adds its reopening for writes). */
const STEP_OF_WAY: Record<WayBack, StepKind> = {
  switch: 'back',
  redeploy: 'redeploy',
  'catch-up': 'catch-up',
  reopen: 'reopen',
  restore: 'restore',
  follow: 'follow',
  reseed: 'reseed',
};
