import type { UnitTable } from './unit-table.js';

// Which ready unit the scheduler places first (docs/domain-rules.md, "Waves"). The order
// among units that are free to go is the plan's strategy:
// 1. the shared platform, so it is in place before anything lands on it;
// 2. units with the earliest deadline (a workload's "not after" or "done by");
// 3. system by system, lowest risk first, so each system rehearses (its staging) and
//    then cuts over while later systems are still rehearsing: interleaved, not all the
//    estate's non-production first, which would keep everything running twice for months;
// 4. within a system, non-production before production;
// 5. lowest risk, then estate order.

export function unitPriority(units: UnitTable, deadlines: readonly (string | null)[] = []): (a: number, b: number) => boolean {
  const rank = systemRanks(units);
  return (a, b) => {
    const pa = units.isPlatform(a);
    if (pa !== units.isPlatform(b)) return pa;
    const da = deadlines[a] ?? null;
    const db = deadlines[b] ?? null;
    if (da !== db) return db === null || (da !== null && da < db);
    const ra = rank[a] as number;
    const rb = rank[b] as number;
    if (ra !== rb) return ra < rb;
    const production = units.isProduction(a);
    if (production !== units.isProduction(b)) return !production;
    const riskA = units.risk[a] as number;
    const riskB = units.risk[b] as number;
    return riskA !== riskB ? riskA < riskB : a < b;
  };
}

/** Each unit's system's place: systems by their total risk, lowest first; a unit with no system is a system of its own. */
function systemRanks(units: UnitTable): Int32Array {
  // A unit with no system is a system of its own: keys below zero, one per unit.
  const keyOf: number[] = [];
  const total = new Map<number, { risk: number; first: number }>();
  for (let u = 0; u < units.count; u++) {
    const system = units.unitSystem(u);
    const key = system >= 0 ? system : -1 - u;
    keyOf.push(key);
    const known = total.get(key);
    if (known) known.risk += units.risk[u] as number;
    else total.set(key, { risk: units.risk[u] as number, first: u });
  }
  const sorted = [...total].sort(([, a], [, b]) => a.risk - b.risk || a.first - b.first);
  const place = new Map(sorted.map(([key], i) => [key, i]));
  const rank = new Int32Array(units.count);
  for (let u = 0; u < units.count; u++) rank[u] = place.get(keyOf[u] as number) as number;
  return rank;
}
