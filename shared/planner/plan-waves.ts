import type { Dependency } from '../domain/dependency.js';
import type { EstateIndex } from '../domain/estate-index.js';
import { labelOf } from '../domain/enums.js';
import type { Sensitivity } from '../domain/sensitivity.js';
import type { Workload } from '../domain/workload.js';
import type { DependencyCycle } from '../graph/cycles.js';
import { holdsProductionData } from '../tiers/tier-facts.js';
import { moveUnits, type MoveUnit, type PlannedEnds } from './move-units.js';
import type { Excluded, Plan, PlanIssue } from './plan-types.js';
import type { PlanSettings } from './settings.js';
import { effortDays, gateSentence, missingGates, pilotEligible, provingReason, riskPoints } from './unit-facts.js';
import { unitOrder } from './unit-order.js';
import { describeWaves, type Placement } from './wave-details.js';

export interface PlannerInput {
  workloads: readonly Workload[];
  dependencies: readonly Dependency[];
  settings: PlanSettings;
  /** From the estate analysis: its dependency cycles and each workload's sensitivity. */
  cycles: readonly DependencyCycle[];
  levelOf(id: string): Sensitivity;
  /** The analysis's index of the same workloads and dependencies, when there is one. */
  index?: EstateIndex;
}

const JOIN_WORDS = { tight: 'a tight dependency', label: 'a shared move-group label', cycle: 'a dependency cycle', 'system-environment': 'one system in one environment' } as const;

/**
 * The wave plan: a pure, deterministic function of the estate and its settings
 * (docs/domain-rules.md, "Waves"). Retired and retained workloads are left out; move units are
 * formed (conditions 1-2); they are ordered providers first (3), non-production
 * before production per system (4), one kind per wave (5), critical work after the
 * proving waves (6), gates hold back what is not ready (7), and list-scheduled under
 * the wave capacities with pins honoured (8). Each unit says why it is where it is.
 */
export function planWaves(input: PlannerInput): Plan {
  const { settings } = input;
  const notMigrating: Excluded[] = [];
  const planned: Workload[] = [];
  for (const w of input.workloads) {
    if (w.strategy === 'retire' || w.strategy === 'retain') notMigrating.push({ workloadId: w.id, reason: `${labelOf(w.strategy)}: it does not move.` });
    else planned.push(w);
  }
  const position = new Map(planned.map((w, i) => [w.id, i]));
  const positionOf = (id: string) => position.get(id);
  const ends = plannedEnds(input, planned, position);
  const level = planned.map((w) => input.levelOf(w.id));

  // Units; the links between them must form a DAG. They are all loose (a tight one joins
  // its ends into one unit), so where units still form a loop, condition 3 gives way
  // on the links that close it: those run across a hybrid link for a while.
  const units = moveUnits(planned, input.dependencies, input.cycles, positionOf, ends);
  const graph = unitGraph(units, planned.length, input.dependencies, ends, settings.order);
  const issues: PlanIssue[] = [];
  const unitName = (u: number) => (planned[(units[u] as MoveUnit).members[0] as number] as Workload).name;
  for (const [from, to, dependencyIds] of breakUnitLoops(units.length, graph)) {
    issues.push({ kind: 'condition-gave-way', workloadIds: [], dependencyIds, sentence: `${unitName(to)} and ${unitName(from)} depend on each other through loose links: ${unitName(to)} may move first, across a hybrid link, so the plan has an order.` });
  }
  const { after, before } = graph;
  const members = (u: number) => (units[u] as MoveUnit).members;
  /** A unit by its first member: "Odoo web (hospital) (with 6 more)". */
  const lead = (u: number) => `${(planned[members(u)[0] as number] as Workload).name}${members(u).length > 1 ? ` (with ${members(u).length - 1} more)` : ''}`;
  const names = (u: number, max = 3) => {
    const m = members(u);
    const shown = m.slice(0, m.length <= max ? max : max).map((i) => (planned[i] as Workload).name);
    return m.length <= max ? shown.join(', ') : `${shown.join(', ')} and ${m.length - max} more`;
  };

  // Condition 7: readiness gates. A held unit also holds what needs it (condition 3).
  const heldBack: Excluded[] = [];
  const held = new Uint8Array(units.length);
  const gateOf = new Map<number, string[]>();
  units.forEach((unit, u) => {
    const gaps = unit.members.flatMap((i) => {
      const missing = missingGates(planned[i] as Workload, level[i] as Sensitivity);
      return missing.length ? [`${(planned[i] as Workload).name}: ${gateSentence(missing)}`] : [];
    });
    if (gaps.length === 0) return;
    if (settings.readinessGates === 'flag') gateOf.set(u, gaps);
    else held[u] = 1;
  });
  const queue = units.map((_, u) => u).filter((u) => held[u]);
  const heldWhy = new Map<number, string>(queue.map((u) => [u, `Held back by its readiness gates (${gateOf.get(u)?.join('; ') ?? unitGaps(u)}).`]));
  function unitGaps(u: number): string {
    return members(u)
      .map((i) => ({ w: planned[i] as Workload, missing: missingGates(planned[i] as Workload, level[i] as Sensitivity) }))
      .filter((x) => x.missing.length)
      .map((x) => `${x.w.name}: ${gateSentence(x.missing)} not proven`)
      .join('; ');
  }
  for (let k = 0; k < queue.length; k++) {
    const u = queue[k] as number;
    for (const v of after[u] ?? []) {
      if (held[v]) continue;
      held[v] = 1;
      heldWhy.set(v, `Waits for ${lead(u)}, which is held back.`);
      queue.push(v);
    }
  }
  for (const u of queue) for (const i of members(u)) heldBack.push({ workloadId: (planned[i] as Workload).id, reason: heldWhy.get(u) as string });

  // Per unit: production or not, proving reason, pilot eligibility, risk, size, effort, pin.
  const isProduction = units.map((unit) => unit.members.some((i) => holdsProductionData(planned[i] as Workload)));
  const risk = units.map((unit) => unit.members.reduce((s, i) => s + riskPoints(planned[i] as Workload, level[i] as Sensitivity), 0));
  const effort = units.map((unit) => unit.members.reduce((s, i) => s + effortDays(planned[i] as Workload), 0));
  const proving = units.map((unit) => unit.members.map((i) => provingReason(planned[i] as Workload, level[i] as Sensitivity)).find(Boolean));
  const pilotOk = units.map((unit) => unit.members.every((i) => pilotEligible(planned[i] as Workload, level[i] as Sensitivity)));
  const pins = units.map((unit, u) => {
    const pinned = [...new Set(unit.members.map((i) => (planned[i] as Workload).pinnedWave).filter((p): p is number => p !== null))];
    if (pinned.length > 1) issues.push({ kind: 'pins-disagree', workloadIds: unit.members.map((i) => (planned[i] as Workload).id), dependencyIds: [], sentence: `${names(u)} move together but are pinned to waves ${pinned.join(' and ')}; wave ${Math.max(...pinned)} is used.` });
    return pinned.length ? Math.max(...pinned) : null;
  });

  // Non-production first, then lowest risk, then estate order.
  const less = (a: number, b: number) => (isProduction[a] !== isProduction[b] ? !isProduction[a] : risk[a] !== risk[b] ? (risk[a] as number) < (risk[b] as number) : a < b);
  const order = unitOrder(units.length, after, less, (u) => held[u] === 1);

  // Placement: each unit in the earliest wave its conditions allow that has room.
  const first = 1;
  const systemKey = (w: Workload) => `${w.system}\u0000${w.tenant}`;
  const pilot = settings.pilotWave;
  /** One list-scheduling pass, with critical work kept out of the first `provingCount` waves. */
  function schedule(provingCount: number) {
    const placed: PlanIssue[] = [];
    const waves: { production: boolean | undefined; count: number; effort: number }[] = [];
    const waveOfUnit = new Int32Array(units.length).fill(-1);
    const reasoning: string[][] = units.map(() => []);
    const nonProdWaveOfSystem = new Map<string, number>();
    const fits = (w: number, u: number) => {
      const wave = waves[w];
      if (!wave || wave.count === 0) return true;
      if (wave.production !== isProduction[u]) return false;
      if (wave.count + members(u).length > settings.maxWorkloadsPerWave) return false;
      return settings.maxEffortDaysPerWave === null || wave.effort + (effort[u] as number) <= settings.maxEffortDaysPerWave;
    };
    /** Why the unit could not go in wave `w` (the last one it skipped). */
    const skippedBecause = (w: number, u: number): string => {
      if (pilot && w === 1 && !pilotOk[u]) return 'wave 1 is the pilot, for non-production or low-criticality work only';
      const wave = waves[w];
      if (wave && wave.count > 0 && wave.production !== isProduction[u]) return `wave ${w} holds ${wave.production ? 'production' : 'non-production'} work`;
      return `wave ${w} is full`;
    };
    for (const u of order) {
      const why = reasoning[u] as string[];
      const unit = units[u] as MoveUnit;
      if (unit.members.length > 1) why.push(`${names(u)} move together: ${[...unit.reasons].map((r) => JOIN_WORDS[r]).join(', ')}.`);
      let lb = first;
      let bound = '';
      for (const p of before[u] ?? []) {
        const w = waveOfUnit[p] as number;
        if (w > lb) [lb, bound] = [w, `its ${settings.order === 'providers-first' ? 'provider' : 'consumer'} ${lead(p)} moves in wave ${w}`];
      }
      if (isProduction[u]) {
        for (const i of unit.members) {
          if (!(planned[i] as Workload).system) continue; // no system, no environments to keep apart
          const nonProd = nonProdWaveOfSystem.get(systemKey(planned[i] as Workload));
          if (nonProd !== undefined && nonProd + 1 > lb) [lb, bound] = [nonProd + 1, `the non-production environments of ${(planned[i] as Workload).system} move first (wave ${nonProd})`];
        }
      }
      const reason = proving[u];
      if (reason && provingCount + 1 > lb) [lb, bound] = [provingCount + 1, `${reason} keeps it out of the first ${provingCount === 1 ? 'wave' : `${provingCount} waves`}, until the process is proven`];
      const pin = pins[u];
      let at: number;
      if (pin !== null && pin !== undefined && pin >= first) {
        at = pin;
        why.push(`Pinned to wave ${pin} by the architect.`);
        const wave = waves[at];
        const overSize = wave !== undefined && (wave.count + unit.members.length > settings.maxWorkloadsPerWave || (settings.maxEffortDaysPerWave !== null && wave.effort + (effort[u] as number) > settings.maxEffortDaysPerWave));
        if (wave && wave.count > 0 && overSize) placed.push({ kind: 'pin-over-capacity', workloadIds: unit.members.map((i) => (planned[i] as Workload).id), dependencyIds: [], sentence: `Wave ${pin} goes over its size because ${names(u)} is pinned there.` });
        if (pin < lb) placed.push({ kind: 'pin-against-dependency', workloadIds: unit.members.map((i) => (planned[i] as Workload).id), dependencyIds: [], sentence: `${names(u)} is pinned to wave ${pin}, before ${bound}: the pin wins, and that condition gives way.` });
      } else {
        const oversized = unit.members.length > settings.maxWorkloadsPerWave || (settings.maxEffortDaysPerWave !== null && (effort[u] as number) > settings.maxEffortDaysPerWave);
        at = lb;
        while ((pilot && at === 1 && !pilotOk[u]) || (oversized ? (waves[at]?.count ?? 0) > 0 : !fits(at, u))) at++;
        if (oversized) placed.push({ kind: 'oversized-unit', workloadIds: unit.members.map((i) => (planned[i] as Workload).id), dependencyIds: [], sentence: `${names(u)} must move together but exceed a wave (${unit.members.length} workloads, ${effort[u]} effort days): they get wave ${at} to themselves.` });
        why.push(`Wave ${at}: ${[bound, at > lb ? skippedBecause(at - 1, u) : ''].filter(Boolean).join(', and ') || 'nothing it depends on holds it later'}.`);
      }
      const wave = (waves[at] ??= { production: undefined, count: 0, effort: 0 });
      if (wave.count > 0 && wave.production !== isProduction[u]) placed.push({ kind: 'condition-gave-way', workloadIds: unit.members.map((i) => (planned[i] as Workload).id), dependencyIds: [], sentence: `Wave ${at} mixes production and non-production: a pin put ${names(u)} there.` });
      wave.production ??= isProduction[u];
      wave.count += unit.members.length;
      wave.effort += effort[u] as number;
      waveOfUnit[u] = at;
      if (!isProduction[u]) for (const i of unit.members) if ((planned[i] as Workload).system) nonProdWaveOfSystem.set(systemKey(planned[i] as Workload), Math.max(at, nonProdWaveOfSystem.get(systemKey(planned[i] as Workload)) ?? 0));
    }
    return { waves, waveOfUnit, reasoning, placed };
  }
  // If the proving waves leave a wave empty (too little low-risk work to fill them), the
  // process is proven sooner: plan again with fewer, so no wave number is skipped.
  // Pinned units keep their wave numbers in both passes.
  let run = schedule(settings.provingWaves);
  const idleProving = Array.from({ length: settings.provingWaves }, (_, k) => k + first).filter((n) => !(run.waves[n]?.count ?? 0)).length;
  if (idleProving > 0) run = schedule(settings.provingWaves - idleProving);
  const { waves, waveOfUnit, reasoning } = run;
  issues.push(...run.placed);

  // Condition 4 gives way when a non-production unit needs a production provider: say so.
  const firstProductionWave = new Map<string, number>();
  for (const u of order) {
    if (!isProduction[u]) continue;
    for (const i of members(u)) {
      const key = systemKey(planned[i] as Workload);
      firstProductionWave.set(key, Math.min(waveOfUnit[u] as number, firstProductionWave.get(key) ?? Infinity));
    }
  }
  for (const u of order) {
    if (isProduction[u]) continue;
    const late = members(u).find((i) => (planned[i] as Workload).system && (firstProductionWave.get(systemKey(planned[i] as Workload)) ?? Infinity) <= (waveOfUnit[u] as number));
    if (late === undefined) continue;
    const w = planned[late] as Workload;
    issues.push({ kind: 'condition-gave-way', workloadIds: [w.id], dependencyIds: [], sentence: `${w.name} (${labelOf(w.environment).toLowerCase()}) moves in wave ${waveOfUnit[u]}, not before its system's production (wave ${firstProductionWave.get(systemKey(w))}): a provider or a pin held it later.` });
  }

  // Minimum size: a small wave is allowed (its conditions put it there) but said so; the last wave is exempt.
  const lastWave = waves.length - 1;
  waves.forEach((wave, n) => {
    if (n >= first && n < lastWave && wave.count > 0 && wave.count < settings.minWorkloadsPerWave)
      issues.push({ kind: 'under-minimum', workloadIds: [], dependencyIds: [], sentence: `Wave ${n} moves ${wave.count} of the ${settings.minWorkloadsPerWave} workloads a wave should hold at least: the conditions leave nothing else ready for it.` });
  });

  const placements: Placement[] = order.map((u) => ({ wave: waveOfUnit[u] as number, positions: members(u), members: members(u).map((i) => planned[i] as Workload), reasoning: reasoning[u] as string[], gates: gateOf.get(u) ?? [], production: isProduction[u] as boolean, risk: risk[u] as number }));
  return { ...describeWaves(placements, input.dependencies, ends, planned.length, settings, pilot), notMigrating, heldBack, issues };
}

/**
 * Each dependency's ends as planned positions: from the analysis's integer index when
 * given (no lookups by id), else by id.
 */
function plannedEnds(input: PlannerInput, planned: readonly Workload[], position: ReadonlyMap<string, number>): PlannedEnds {
  const m = input.dependencies.length;
  const consumer = new Int32Array(m);
  const provider = new Int32Array(m);
  const index = input.index;
  if (index && index.consumer.length === m) {
    // Position in the estate → position among the planned workloads.
    const toPlanned = new Int32Array(input.workloads.length).fill(-1);
    let k = 0;
    input.workloads.forEach((w, i) => {
      if (planned[k] === w) toPlanned[i] = k++;
    });
    for (let j = 0; j < m; j++) {
      const c = index.consumer[j] as number;
      const p = index.provider[j] as number;
      consumer[j] = c < 0 ? -1 : (toPlanned[c] as number);
      provider[j] = p < 0 ? -1 : (toPlanned[p] as number);
    }
  } else {
    input.dependencies.forEach((d, j) => {
      consumer[j] = position.get(d.consumerId) ?? -1;
      provider[j] = position.get(d.providerId) ?? -1;
    });
  }
  return { consumer, provider };
}

/** Edges between units: for each, the units that must come no earlier (after) and no later (before). */
function unitGraph(units: readonly MoveUnit[], count: number, dependencies: readonly Dependency[], ends: PlannedEnds, order: PlanSettings['order']) {
  const unitOf = new Int32Array(count);
  for (const unit of units) for (const i of unit.members) unitOf[i] = unit.id;
  const edgeDeps = new Map<string, string[]>();
  const after: number[][] = units.map(() => []);
  const before: number[][] = units.map(() => []);
  for (let j = 0; j < dependencies.length; j++) {
    const d = dependencies[j] as Dependency;
    const c = ends.consumer[j] as number;
    const p = ends.provider[j] as number;
    if (c < 0 || p < 0) continue;
    const [from, to] = order === 'providers-first' ? [unitOf[p] as number, unitOf[c] as number] : [unitOf[c] as number, unitOf[p] as number];
    if (from === to) continue;
    const key = `${from}>${to}`;
    const known = edgeDeps.get(key);
    if (known) {
      known.push(d.id);
      continue;
    }
    edgeDeps.set(key, [d.id]);
    (after[from] as number[]).push(to);
    (before[to] as number[]).push(from);
  }
  return { after, before, edgeDeps };
}

/**
 * Drops the links that close loops between units (the back edges of a depth-first
 * walk in unit order), leaving a DAG. Returns each dropped link with its dependencies.
 */
function breakUnitLoops(count: number, graph: { after: number[][]; before: number[][]; edgeDeps: Map<string, string[]> }): [number, number, string[]][] {
  const state = new Uint8Array(count); // 0 new, 1 on the walk, 2 done
  const dropped: [number, number, string[]][] = [];
  const next = new Int32Array(count);
  for (let root = 0; root < count; root++) {
    if (state[root]) continue;
    const stack = [root];
    state[root] = 1;
    while (stack.length > 0) {
      const u = stack[stack.length - 1] as number;
      const out = graph.after[u] as number[];
      if ((next[u] as number) < out.length) {
        const v = out[next[u] as number] as number;
        next[u] = (next[u] as number) + 1;
        if (state[v] === 1) dropped.push([u, v, graph.edgeDeps.get(`${u}>${v}`) ?? []]);
        else if (state[v] === 0) {
          state[v] = 1;
          stack.push(v);
        }
        continue;
      }
      state[u] = 2;
      stack.pop();
    }
  }
  for (const [u, v] of dropped) {
    graph.after[u] = (graph.after[u] as number[]).filter((x) => x !== v);
    graph.before[v] = (graph.before[v] as number[]).filter((x) => x !== u);
  }
  return dropped;
}
