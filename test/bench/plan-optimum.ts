import { createRequire } from 'node:module';

// The wave plan as an integer linear program, solved exactly by HiGHS (the `highs`
// package: HiGHS compiled to wasm, runs offline), to measure the greedy planner against
// the optimum on small estates (issue 16, "Plan quality against the optimum").
//
// The problem is the one the greedy plan solves (docs/domain-rules.md, "Waves"), over the
// same move units:
// - each unit in one wave; a unit larger than a wave has a wave of its own; at most
//   `capacity` workloads (and `effortCapacity` effort days, when set) per wave;
// - the shared platform first: platform units in wave 0 with the foundation wave on
//   (else from wave 1), and every other unit after the platform's last wave L, so the
//   first workload wave is F = L + 1; only platform units in wave 0;
// - production and non-production never in one wave, wave 0 excepted;
// - the pilot: with it on, F takes only pilot-eligible units (the platform is exempt);
// - proving: a critical unit has at least `provingWaves` waves of workloads (waves at F
//   or later that move something) before its own (the platform is exempt);
// - rehearsal: a system's rehearsal unit at least one wave before its production units;
// - the links the plan keeps go providers first (t[second] >= t[first]); links the plan
//   dropped (a loop broken) and links into the platform only cost link-waves.
// Waves may have gaps (only an empty pilot ever makes one pay). Objective, lexicographic:
// fewest hybrid link-waves (the waves between a dependency's two ends, summed over the
// dependencies; times the wave length that is link-days), then fewest waves that move
// something, then (ties only) the earliest waves.

export interface ProblemUnit {
  size: number;
  /** Effort days (only read with an effort cap). */
  effort?: number;
  /** Holds production data: one kind per wave. */
  production: boolean;
  /** Shared platform services only: foundation first, exempt from the pilot, proving and rehearsal bounds. */
  platform?: boolean;
  /** Must wait for the proving waves (restricted, criticality 1-2, heavy customization; never the platform). */
  critical: boolean;
  /** May go in the pilot wave. */
  pilotEligible: boolean;
}

export interface ProblemLink {
  /** The unit that must move first when the link is kept (the provider, providers first). */
  first: number;
  second: number;
  /** Kept: precedence holds. Not kept (a loop broken by the plan, or a link into the platform): it only costs link-waves. */
  kept: boolean;
  /** How many dependencies run between the two units this way. */
  weight: number;
}

export interface WaveProblem {
  units: ProblemUnit[];
  links: ProblemLink[];
  /** [rehearsal unit, production unit] of one system and tenant: the production at least one wave later. */
  rehearsals: [number, number][];
  capacity: number;
  /** Effort days per wave, or null for no effort cap. */
  effortCapacity?: number | null;
  /** The first workload wave is a pilot. */
  pilot: boolean;
  provingWaves: number;
  /** The platform may use wave 0 (the foundation wave). */
  foundationWave?: boolean;
  /** Waves the model may use (up to maxWaves). */
  maxWaves: number;
}

export interface WaveSolution {
  status: string;
  /** Wave of each unit (0 only for the platform with the foundation wave on). */
  waveOf: number[];
  linkWaves: number;
  /** Waves that move something. */
  waves: number;
  seconds: number;
}

const firstWave = (problem: WaveProblem) => (problem.foundationWave ? 0 : 1);
const isOversized = (problem: WaveProblem, unit: ProblemUnit) => unit.size > problem.capacity || (problem.effortCapacity != null && (unit.effort ?? 0) > problem.effortCapacity);

/** The waves a unit may take: wave 0 only for the platform. */
const wavesOf = (problem: WaveProblem, unit: ProblemUnit) => {
  const from = unit.platform ? firstWave(problem) : 1;
  return Array.from({ length: problem.maxWaves - from + 1 }, (_, i) => from + i);
};

/** Link-waves of an assignment: the wave gap of each link, by its weight. */
export const linkWavesOf = (problem: WaveProblem, waveOf: readonly number[]) =>
  problem.links.reduce((sum, l) => sum + l.weight * Math.abs((waveOf[l.second] as number) - (waveOf[l.first] as number)), 0);

/**
 * The model's constraints an assignment breaks, in words (none: it is a feasible solution).
 * The same rules as waveProgram, checked directly, so a greedy plan that the model would
 * refuse is said plainly rather than only as an infeasible program.
 */
export function violations(problem: WaveProblem, waveOf: readonly number[]): string[] {
  const { units } = problem;
  const out: string[] = [];
  const platform = units.map((_, u) => u).filter((u) => units[u]?.platform);
  const last = platform.length ? Math.max(...platform.map((u) => waveOf[u] as number)) : 0;
  const first = last + 1;
  units.forEach((unit, u) => {
    const t = waveOf[u] as number;
    if (!Number.isInteger(t) || t < firstWave(problem) || t > problem.maxWaves) out.push(`unit ${u} is in wave ${t}, outside ${firstWave(problem)}..${problem.maxWaves}`);
    if (!unit.platform && t < first) out.push(`unit ${u} (a workload) is in wave ${t}, not after the platform's last wave ${last}`);
    if (!unit.platform && t === 0) out.push(`unit ${u} (a workload) is in wave 0`);
    if (problem.pilot && !unit.platform && !unit.pilotEligible && t === first) out.push(`unit ${u} is in the pilot wave ${first} but is not pilot-eligible`);
  });
  const byWave = new Map<number, number[]>();
  units.forEach((_, u) => byWave.set(waveOf[u] as number, [...(byWave.get(waveOf[u] as number) ?? []), u]));
  for (const [k, list] of byWave) {
    if (k !== 0 && new Set(list.map((u) => units[u]?.production)).size > 1) out.push(`wave ${k} mixes production and non-production (units ${list.join(', ')})`);
    const size = list.reduce((s, u) => s + (units[u]?.size ?? 0), 0);
    const effort = list.reduce((s, u) => s + (units[u]?.effort ?? 0), 0);
    const over = size > problem.capacity || (problem.effortCapacity != null && effort > problem.effortCapacity);
    if (over && !(list.length === 1 && isOversized(problem, units[list[0] as number] as ProblemUnit)))
      out.push(`wave ${k} is over its size (${size} workloads, ${effort} effort days; units ${list.join(', ')})`);
  }
  // Waves of workloads: at the first workload wave or later, and moving a unit that is not the platform.
  const workloadWaves = [...new Set(units.map((unit, u) => (unit.platform ? -1 : (waveOf[u] as number))).filter((k) => k >= first))];
  units.forEach((unit, u) => {
    if (!unit.critical || unit.platform || problem.provingWaves === 0) return;
    const t = waveOf[u] as number;
    const before = workloadWaves.filter((k) => k < t).length;
    if (before < problem.provingWaves) out.push(`unit ${u} (critical) is in wave ${t}, after ${before} waves of workloads, not ${problem.provingWaves}`);
  });
  for (const [a, b] of problem.rehearsals)
    if ((waveOf[b] as number) < (waveOf[a] as number) + 1) out.push(`unit ${b} (production) is in wave ${waveOf[b]}, not after its rehearsal unit ${a} (wave ${waveOf[a]})`);
  for (const l of problem.links)
    if (l.kept && (waveOf[l.second] as number) < (waveOf[l.first] as number))
      out.push(`unit ${l.second} is in wave ${waveOf[l.second]}, before unit ${l.first} (wave ${waveOf[l.first]}) that it follows`);
  return out;
}

/**
 * The program in CPLEX LP format. Variables: x{u}_{k} unit u in wave k, p{k} wave k is
 * production, used{k} wave k moves something, w{k} wave k moves a workload (not the
 * platform), L the platform's last wave, d{l} link l's wave gap. With `fixed`, each unit
 * with a wave there is held to it (to check that an assignment is a solution of this very
 * program, or to find the best waves for the others around it).
 */
export function waveProgram(problem: WaveProblem, fixed?: readonly (number | undefined)[]): string {
  const { units, links, maxWaves: W, capacity } = problem;
  const all = Array.from({ length: W - firstWave(problem) + 1 }, (_, i) => firstWave(problem) + i);
  const unitWaves = units.map((unit) => wavesOf(problem, unit));
  const x = (u: number, k: number) => `x${u}_${k}`;
  const rows: string[] = [];
  const row = (name: string, terms: Map<string, number> | [string, number][], sense: string, rhs: number) => {
    const text = [...terms].filter(([, c]) => c !== 0).map(([v, c]) => `${c < 0 ? '-' : '+'} ${Math.abs(c)} ${v}`);
    if (text.length === 0) text.push('+ 0 L'); // a row must name a variable
    rows.push(` ${name}: ${text.join(' ')} ${sense} ${rhs}`);
  };
  /** sign × (t[b] - t[a]) as terms, t[u] = Σ k x{u}_{k}. */
  const gap = (b: number, a: number, sign = 1) => {
    const terms = new Map<string, number>();
    for (const k of unitWaves[b] as number[]) terms.set(x(b, k), (terms.get(x(b, k)) ?? 0) + sign * k);
    for (const k of unitWaves[a] as number[]) terms.set(x(a, k), (terms.get(x(a, k)) ?? 0) - sign * k);
    return terms;
  };
  const wave = (u: number): [string, number][] => (unitWaves[u] as number[]).map((k) => [x(u, k), k]);
  const inWave = (k: number) => units.map((_, u) => u).filter((u) => (unitWaves[u] as number[]).includes(k));
  const hasPlatform = units.some((unit) => unit.platform);

  units.forEach((unit, u) => {
    const ks = unitWaves[u] as number[];
    row(
      `one${u}`,
      ks.map((k) => [x(u, k), 1]),
      '=',
      1,
    );
    const held = fixed?.[u];
    // A unit held to a wave it may not take (a workload in wave 0, or past the last): no solution (L is at most W).
    if (held !== undefined) row(`fixed${u}`, ks.includes(held) ? [[x(u, held), 1]] : [['L', 1]], ks.includes(held) ? '=' : '>=', ks.includes(held) ? 1 : W + 1);
    for (const k of ks) {
      row(
        `use${u}_${k}`,
        [
          [x(u, k), 1],
          [`used${k}`, -1],
        ],
        '<=',
        0,
      );
      // One kind per wave (wave 0 may hold both): production units only in production waves, and the reverse.
      if (k > 0)
        row(
          `kind${u}_${k}`,
          [
            [x(u, k), 1],
            [`p${k}`, unit.production ? -1 : 1],
          ],
          '<=',
          unit.production ? 0 : 1,
        );
    }
    // The platform first: a platform unit by L, every other unit after it; the pilot F = L + 1 only for the eligible.
    if (unit.platform) row(`platform${u}`, [...wave(u), ['L', -1]], '<=', 0);
    else row(`foundation${u}`, [...wave(u), ['L', -1]], '>=', problem.pilot && !unit.pilotEligible ? 2 : 1);
    // Proving: P waves of workloads before a critical unit's.
    const P = problem.provingWaves;
    if (unit.critical && !unit.platform && P > 0)
      for (const k of ks) row(`prove${u}_${k}`, [[x(u, k), P], ...all.filter((j) => j >= 1 && j < k).map((j) => [`w${j}`, -1] as [string, number])], '<=', 0);
    // A unit larger than a wave has a wave of its own.
    if (isOversized(problem, unit))
      for (const k of ks) {
        const others = inWave(k).map((v) => [x(v, k), v === u ? units.length : 1] as [string, number]);
        row(`alone${u}_${k}`, others, '<=', units.length + 1);
      }
  });
  for (const k of all) {
    const here = inWave(k);
    const clip = (unit: ProblemUnit, value: number, cap: number) => (isOversized(problem, unit) ? Math.min(value, cap) : value);
    row(
      `cap${k}`,
      here.map((u) => [x(u, k), clip(units[u] as ProblemUnit, (units[u] as ProblemUnit).size, capacity)]),
      '<=',
      capacity,
    );
    const effortCap = problem.effortCapacity;
    if (effortCap != null)
      row(
        `effort${k}`,
        here.map((u) => [x(u, k), clip(units[u] as ProblemUnit, (units[u] as ProblemUnit).effort ?? 0, effortCap)]),
        '<=',
        effortCap,
      );
    // A wave counts as used only when a unit is in it; as a wave of workloads only when a workload unit is.
    row(`filled${k}`, [[`used${k}`, 1], ...here.map((u) => [x(u, k), -1] as [string, number])], '<=', 0);
    if (k >= 1) row(`workload${k}`, [[`w${k}`, 1], ...here.filter((u) => !units[u]?.platform).map((u) => [x(u, k), -1] as [string, number])], '<=', 0);
  }
  links.forEach((l, i) => {
    if (l.kept) row(`order${i}`, gap(l.second, l.first), '>=', 0);
    const ahead = gap(l.second, l.first, -1);
    ahead.set(`d${i}`, 1);
    row(`da${i}`, ahead, '>=', 0);
    if (!l.kept) {
      const behind = gap(l.second, l.first);
      behind.set(`d${i}`, 1);
      row(`db${i}`, behind, '>=', 0);
    }
  });
  problem.rehearsals.forEach(([rehearsal, production], i) => row(`rehearse${i}`, gap(production, rehearsal), '>=', 1));

  // Lexicographic by weights: link-waves, then waves used, then (only to break ties, so no wave is left empty for nothing) the units' waves summed.
  const perWave = units.length * W + 1;
  const perLinkWave = (W + 2) * perWave;
  const objective = [
    ...links.map((l, i) => `+ ${l.weight * perLinkWave} d${i}`),
    ...all.map((k) => `+ ${perWave} used${k}`),
    ...units.flatMap((_, u) => (unitWaves[u] as number[]).filter((k) => k > 0).map((k) => `+ ${k} ${x(u, k)}`)),
  ];
  const binaries = [...units.flatMap((_, u) => (unitWaves[u] as number[]).map((k) => x(u, k))), ...all.filter((k) => k > 0).flatMap((k) => [`p${k}`, `w${k}`]), ...all.map((k) => `used${k}`)];
  const bounds = [...links.map((_, i) => ` d${i} >= 0`), ` 0 <= L <= ${hasPlatform ? W : 0}`];
  return ['Minimize', ` obj: ${objective.join(' ')}`, 'Subject To', ...rows, 'Bounds', ...bounds, 'General', ' L', 'Binary', ...binaries.map((b) => ` ${b}`), 'End'].join('\n');
}

// The package is CommonJS whose types declare an ES default export, which NodeNext
// resolution reads as the module itself; so it is required, with the little we use typed here.
interface HighsSolver {
  solve(problem: string, options?: Record<string, string | number | boolean>): { Status: string; Columns: Record<string, { Primal?: number }> };
}
const highsLoader = createRequire(import.meta.url)('highs') as () => Promise<HighsSolver>;
let solver: HighsSolver | undefined;

/**
 * Solve the program exactly (or to the time limit, which the status then says). With
 * `fixed`, the units with a wave there are held to it: with all of them, status Optimal says
 * the assignment is a solution of the program (Infeasible: it breaks a constraint).
 */
export async function solveWaves(problem: WaveProblem, timeLimitSeconds = 20, fixed?: readonly (number | undefined)[]): Promise<WaveSolution> {
  solver ??= await highsLoader();
  const start = performance.now();
  const result = solver.solve(waveProgram(problem, fixed), { time_limit: timeLimitSeconds, mip_rel_gap: 0, output_flag: false });
  const seconds = (performance.now() - start) / 1000;
  const value = (name: string) => Math.round(result.Columns[name]?.Primal ?? 0);
  const waveOf = problem.units.map((unit, u) => wavesOf(problem, unit).find((k) => value(`x${u}_${k}`) === 1) ?? -1);
  const placed = waveOf.every((k) => k >= 0);
  return { status: result.Status, waveOf, linkWaves: placed ? linkWavesOf(problem, waveOf) : NaN, waves: new Set(waveOf.filter((k) => k >= 0)).size, seconds };
}
