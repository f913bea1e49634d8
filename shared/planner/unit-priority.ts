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
  // Each unit's slot (a system, or the unit alone when it has none), with its total risk
  // and first unit: arrays by system number rather than maps of objects by key.
  const slotOfSystem = new Int32Array(units.systemCount).fill(-1);
  const slotOf = new Int32Array(units.count);
  const risk: number[] = [];
  const first: number[] = [];
  for (let u = 0; u < units.count; u++) {
    const system = units.unitSystem(u);
    let slot = system >= 0 ? (slotOfSystem[system] as number) : -1;
    if (slot < 0) {
      slot = risk.length;
      risk.push(units.risk[u] as number);
      first.push(u);
      if (system >= 0) slotOfSystem[system] = slot;
    } else risk[slot] = (risk[slot] as number) + (units.risk[u] as number);
    slotOf[u] = slot;
  }
  const sorted = Array.from(risk.keys()).sort((a, b) => (risk[a] as number) - (risk[b] as number) || (first[a] as number) - (first[b] as number));
  const place = new Int32Array(risk.length);
  for (let i = 0; i < sorted.length; i++) place[sorted[i] as number] = i;
  const rank = new Int32Array(units.count);
  for (let u = 0; u < units.count; u++) rank[u] = place[slotOf[u] as number] as number;
  return rank;
}
