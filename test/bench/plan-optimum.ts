import { createRequire } from 'node:module';

// The wave plan as an integer linear program, solved exactly by HiGHS (the `highs`
// package: HiGHS compiled to wasm, runs offline), to measure the greedy planner against
// the optimum on small estates (issue 16, "Plan quality against the optimum").
//
// The problem is the one the greedy plan solves, over the same move units: each unit in
// one wave; the links the plan keeps go providers first (t[after] >= t[before]); a
// system's non-production before its production; critical units after the proving
// waves; only pilot-eligible units in the pilot wave 1; production and non-production
// never in one wave; at most `capacity` workloads per wave (a larger unit alone). The
// waves used are 1..n with no gap (the pilot may be empty). Objective, lexicographic: fewest hybrid link-waves
// (the waves between a dependency's two ends, summed over dependencies; times the wave
// length that is link-days), then fewest waves.

export interface ProblemUnit {
  size: number;
  production: boolean;
  /** Must wait for the proving waves (restricted, criticality 1-2, heavy customization). */
  critical: boolean;
  /** May go in the pilot wave. */
  pilotEligible: boolean;
}

export interface ProblemLink {
  /** The unit that must move first when the link is kept (the provider, providers first). */
  first: number;
  second: number;
  /** Kept: precedence holds. Not kept (a loop broken by the plan): it only costs link-waves. */
  kept: boolean;
  /** How many dependencies run between the two units this way. */
  weight: number;
}

export interface WaveProblem {
  units: ProblemUnit[];
  links: ProblemLink[];
  /** [non-production unit, production unit] of one system and tenant. */
  rehearsals: [number, number][];
  capacity: number;
  pilot: boolean;
  provingWaves: number;
  /** Waves the model may use (1..maxWaves). */
  maxWaves: number;
}

export interface WaveSolution {
  status: string;
  /** Wave of each unit, 1-based. */
  waveOf: number[];
  linkWaves: number;
  /** Waves that move something. */
  waves: number;
  seconds: number;
}

/** The program in CPLEX LP format. Variables: x{u}_{k} unit u in wave k, p{k} wave k is production, used{k}, d{l}. */
export function waveProgram(problem: WaveProblem): string {
  const { units, links, maxWaves: W, capacity } = problem;
  const waves = Array.from({ length: W }, (_, i) => i + 1);
  const x = (u: number, k: number) => `x${u}_${k}`;
  const rows: string[] = [];
  const row = (name: string, terms: Map<string, number>, sense: string, rhs: number) => {
    const text = [...terms].filter(([, c]) => c !== 0).map(([v, c]) => `${c < 0 ? '-' : '+'} ${Math.abs(c)} ${v}`);
    rows.push(` ${name}: ${text.join(' ')} ${sense} ${rhs}`);
  };
  /** t[b] - t[a] as terms (plus a coefficient on an extra variable). */
  const gap = (b: number, a: number, sign = 1) => {
    const terms = new Map<string, number>();
    for (const k of waves) {
      terms.set(x(b, k), (terms.get(x(b, k)) ?? 0) + sign * k);
      terms.set(x(a, k), (terms.get(x(a, k)) ?? 0) - sign * k);
    }
    return terms;
  };

  units.forEach((unit, u) => {
    row(`one${u}`, new Map(waves.map((k) => [x(u, k), 1])), '=', 1);
    for (const k of waves) {
      row(
        `use${u}_${k}`,
        new Map([
          [x(u, k), 1],
          [`used${k}`, -1],
        ]),
        '<=',
        0,
      );
      // One kind per wave: production units only in production waves, and the reverse.
      row(
        `kind${u}_${k}`,
        new Map([
          [x(u, k), 1],
          [`p${k}`, unit.production ? -1 : 1],
        ]),
        '<=',
        unit.production ? 0 : 1,
      );
    }
    if (problem.pilot && !unit.pilotEligible) row(`pilot${u}`, new Map([[x(u, 1), 1]]), '=', 0);
    // Proving waves count only waves that move something: P used waves before a critical unit's.
    const P = problem.provingWaves;
    if (unit.critical && P > 0)
      for (const k of waves) row(`prove${u}_${k}`, new Map<string, number>([[x(u, k), P], ...waves.filter((j) => j < k).map((j) => [`used${j}`, -1] as [string, number])]), '<=', 0);
    // A unit larger than a wave has a wave of its own.
    if (unit.size > capacity)
      for (const k of waves) {
        const others = new Map(units.map((_, v) => [x(v, k), v === u ? units.length : 1]));
        row(`alone${u}_${k}`, others, '<=', units.length + 1);
      }
  });
  for (const k of waves) {
    const load = new Map(units.map((unit, u) => [x(u, k), unit.size]));
    units.forEach((unit, u) => unit.size > capacity && load.set(x(u, k), capacity));
    row(`cap${k}`, load, '<=', capacity);
    // A wave counts as used only when a unit is in it, and the used waves have no gap
    // (but the pilot may stay empty when nothing may go in it, as the greedy plan's may).
    row(`filled${k}`, new Map([[`used${k}`, 1], ...units.map((_, u) => [x(u, k), -1] as [string, number])]), '<=', 0);
    if (k < W && !(problem.pilot && k === 1))
      row(
        `gapless${k}`,
        new Map([
          [`used${k + 1}`, 1],
          [`used${k}`, -1],
        ]),
        '<=',
        0,
      );
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

  const objective = [...links.map((l, i) => `+ ${l.weight * (W + 1)} d${i}`), ...waves.map((k) => `+ 1 used${k}`)];
  const binaries = [...units.flatMap((_, u) => waves.map((k) => x(u, k))), ...waves.map((k) => `p${k}`), ...waves.map((k) => `used${k}`)];
  return ['Minimize', ` obj: ${objective.join(' ')}`, 'Subject To', ...rows, 'Bounds', ...links.map((_, i) => ` d${i} >= 0`), 'Binary', ...binaries.map((b) => ` ${b}`), 'End'].join('\n');
}

// The package is CommonJS whose types declare an ES default export, which NodeNext
// resolution reads as the module itself; so it is required, with the little we use typed here.
interface HighsSolver {
  solve(problem: string, options?: Record<string, string | number | boolean>): { Status: string; Columns: Record<string, { Primal?: number }> };
}
const highsLoader = createRequire(import.meta.url)('highs') as () => Promise<HighsSolver>;
let solver: HighsSolver | undefined;

/** Solve the program exactly (or to the time limit, which the status then says). */
export async function solveWaves(problem: WaveProblem, timeLimitSeconds = 20): Promise<WaveSolution> {
  solver ??= await highsLoader();
  const start = performance.now();
  const result = solver.solve(waveProgram(problem), { time_limit: timeLimitSeconds, mip_rel_gap: 0, output_flag: false });
  const seconds = (performance.now() - start) / 1000;
  const value = (name: string) => Math.round(result.Columns[name]?.Primal ?? 0);
  const waveOf = problem.units.map((_, u) => {
    for (let k = 1; k <= problem.maxWaves; k++) if (value(`x${u}_${k}`) === 1) return k;
    return 0;
  });
  const linkWaves = problem.links.reduce((sum, l) => sum + l.weight * Math.abs((waveOf[l.second] as number) - (waveOf[l.first] as number)), 0);
  return { status: result.Status, waveOf, linkWaves, waves: new Set(waveOf.filter((k) => k > 0)).size, seconds };
}
