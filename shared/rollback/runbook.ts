import type { Dependency } from '../domain/dependency.js';
import type { EstateIndex } from '../domain/estate-index.js';
import { DEPENDENCY_KINDS } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';
import type { Plan, Wave } from '../planner/plan-types.js';
import { businessCheck } from './business-checks.js';
import { restoreMinutes, STATEFUL_KINDS } from './restore.js';
import type { RollbackSettings } from './rollback-settings.js';
import type { Runbook, RunbookStep, StepKind, WaveFacts } from './runbook-types.js';
import { Step } from './step.js';

// The rollback runbook of each wave, generated from its members, their kinds and the
// dependency graph (docs/domain-rules.md, "Rollback"). Stateful workloads get a backup
// before and a restore estimate in the rollback; caches and stateless services get
// the steps that fit them, not a database restore.

export { restoreMinutes } from './restore.js';

const TRAFFIC = new Set<Workload['kind']>(['application', 'ingress']);
const QUEUED = new Set<Dependency['kind']>(['queue', 'hl7-fhir', 'file-transfer', 'batch']);

/** A queued kind's bit in a workload's feed set (0: not queued). */
function queuedBit(kind: Dependency['kind']): number {
  return QUEUED.has(kind) ? 1 << DEPENDENCY_KINDS.indexOf(kind) : 0;
}

export interface RunbookInputs {
  plan: Pick<Plan, 'waves' | 'waveOf'>;
  /** In the order of `index.ids`. */
  workloads: readonly Workload[];
  dependencies: readonly Dependency[];
  index: EstateIndex;
  settings: RollbackSettings;
}

/** Dependencies with one end in the wave and the other elsewhere, by wave. */
type Crossing = Map<number, Dependency[]>;

/**
 * One pass over the dependencies, by integer index (the estate's hot paths all do):
 * the links crossing each wave's cutover, and each workload's queued feeds as a bit set
 * (a workload moves in one wave, so one array serves every wave).
 */
function scanDependencies({ plan, workloads, dependencies, index }: RunbookInputs): { crossing: Crossing; feeds: Int32Array } {
  const waveAt = new Int32Array(workloads.length).fill(-1);
  for (const [id, wave] of plan.waveOf) {
    const i = index.indexOf.get(id);
    if (i !== undefined) waveAt[i] = wave;
  }
  const crossing: Crossing = new Map();
  const cross = (wave: number, d: Dependency) => {
    const list = crossing.get(wave);
    if (list) list.push(d);
    else crossing.set(wave, [d]);
  };
  const feeds = new Int32Array(workloads.length);
  const { consumer, provider } = index;
  for (let j = 0; j < dependencies.length; j++) {
    const c = consumer[j] as number;
    const p = provider[j] as number;
    const wc = c < 0 ? -1 : (waveAt[c] as number);
    const wp = p < 0 ? -1 : (waveAt[p] as number);
    const d = dependencies[j] as Dependency;
    if (wc !== wp) {
      if (wc >= 0) cross(wc, d);
      if (wp >= 0) cross(wp, d);
    }
    const bit = queuedBit(d.kind);
    if (bit) {
      if (c >= 0) feeds[c] = (feeds[c] as number) | bit;
      if (p >= 0) feeds[p] = (feeds[p] as number) | bit;
    }
  }
  // Databases are backed up, not drained.
  for (let i = 0; i < workloads.length; i++) if ((workloads[i] as Workload).kind === 'database') feeds[i] = 0;
  return { crossing, feeds };
}

/** The runbook of every wave that moves something, in wave order. */
export function buildRunbooks(inputs: RunbookInputs): Runbook[] {
  const { crossing, feeds } = scanDependencies(inputs);
  const { plan, workloads, index, settings } = inputs;
  const workloadOf = (id: string) => {
    const i = index.indexOf.get(id);
    return i === undefined ? undefined : workloads[i];
  };
  const feedsOf = (id: string) => feeds[index.indexOf.get(id) ?? -1] ?? 0;
  const runbooks: Runbook[] = [];
  for (const wave of plan.waves) {
    if (wave.cutoverOrder.length > 0) runbooks.push(buildRunbook(wave, workloadOf, feedsOf, crossing.get(wave.number) ?? [], plan.waveOf, settings));
  }
  return runbooks;
}

function buildRunbook(
  wave: Wave,
  workloadOf: (id: string) => Workload | undefined,
  feedsOf: (id: string) => number,
  crossing: readonly Dependency[],
  waveOf: ReadonlyMap<string, number>,
  settings: RollbackSettings,
): Runbook {
  const members: Workload[] = [];
  for (const id of wave.cutoverOrder) {
    const w = workloadOf(id);
    if (w) members.push(w);
  }
  const facts: WaveFacts = {
    number: wave.number,
    members,
    traffic: members.filter((w) => TRAFFIC.has(w.kind)),
    stateful: members.filter((w) => STATEFUL_KINDS.has(w.kind)),
    feedsOf,
    settings,
    name: (id) => workloadOf(id)?.name ?? id,
    has: (id) => waveOf.get(id) === wave.number,
  };
  const steps: RunbookStep[] = [];
  const add = (kind: StepKind, subject: Step['subject'], minutes: number) => steps.push(new Step(kind, facts, subject, minutes));

  // Before the cutover.
  add('freeze', null, 5);
  if (facts.traffic.length) add('dns', null, 5);
  for (const w of members) if (w.kind === 'ingress') add('routes', w, 15);
  for (const w of facts.stateful) add('backup', w, 30);
  for (const w of members) if (feedsOf(w.id)) add('drain', w, 20);

  // The cutover, providers first (the planner's cutover order).
  for (const w of members) add('cutover', w, STATEFUL_KINDS.has(w.kind) ? restoreMinutes(w, settings) : 20);

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

  // Rollback, in reverse dependency order (consumers first).
  let rollbackMinutes = 0;
  const longest: Runbook['longest'] = [];
  for (let i = members.length - 1; i >= 0; i--) {
    const w = members[i] as Workload;
    let minutes: number;
    if (STATEFUL_KINDS.has(w.kind)) {
      const restore = restoreMinutes(w, settings);
      add('reenable', w, 10);
      add('restore', w, restore);
      minutes = 10 + restore;
    } else {
      minutes = w.kind === 'cache' ? 5 : 15;
      add('back', w, minutes);
    }
    if (feedsOf(w.id)) {
      add('replay', w, 20);
      minutes += 20;
    }
    rollbackMinutes += minutes;
    keepLongest(longest, w.id, minutes);
  }

  let smallestRto: Runbook['smallestRto'] = null;
  for (const w of members) if (w.rtoMinutes !== null && (smallestRto === null || w.rtoMinutes < smallestRto.minutes)) smallestRto = { minutes: w.rtoMinutes, workloadId: w.id };
  return {
    wave: wave.number,
    steps,
    rollbackMinutes,
    windowMinutes: settings.maintenanceWindowHours * 60,
    smallestRto,
    longest,
  };
}

/** Keeps the three longest, longest first, without sorting a whole wave. */
function keepLongest(longest: Runbook['longest'], workloadId: string, minutes: number): void {
  if (longest.length === 3 && minutes <= (longest[2] as { minutes: number }).minutes) return;
  let at = longest.findIndex((l) => minutes > l.minutes);
  if (at < 0) at = longest.length;
  longest.splice(at, 0, { workloadId, minutes });
  if (longest.length > 3) longest.pop();
}
