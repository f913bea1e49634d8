import type { Dependency } from '../domain/dependency.js';
import type { Sensitivity } from '../domain/sensitivity.js';
import type { Workload } from '../domain/workload.js';
import type { DependencyCycle } from '../graph/cycles.js';
import { stronglyConnected } from '../graph/scc.js';
import { moveUnits, systemEnvironmentKey, type PlannedEnds } from './move-units.js';
import type { PlanSettings } from './settings.js';
import { unitGraph, type UnitGraph } from './unit-graph.js';
import { UnitTable, systemIds } from './unit-table.js';

// Move units, formed so that grouping does not make loops the data does not have. A
// system's workloads in one environment move together (condition 2), but where that
// unit lies on a loop of move units, the join itself may be what closed it (a
// monitoring and a logging service grouped as one "system", one consuming a workload
// the other serves). Such systems are formed again without the system join, up to a few
// rounds; the loops that remain are the data's own, for loop-breaking.ts.

const ROUNDS = 3;

export interface FormedUnits {
  units: UnitTable;
  graph: UnitGraph;
  /** System-environment keys (move-units.ts) that move as more than one unit. */
  apart: ReadonlySet<string>;
  /** The graph's strongly connected components, when the last round worked them out (loop breaking reuses them). */
  components?: ReturnType<typeof stronglyConnected>;
}

export function formUnits(
  planned: readonly Workload[],
  levels: readonly Sensitivity[],
  dependencies: readonly Dependency[],
  cycles: readonly DependencyCycle[],
  positionOf: (id: string) => number | undefined,
  ends: PlannedEnds,
  order: PlanSettings['order'],
): FormedUnits {
  const apart = new Set<string>();
  const systems = systemIds(planned);
  for (let round = 0; ; round++) {
    const units = new UnitTable(moveUnits(planned, dependencies, cycles, positionOf, ends, apart, systems), planned, levels, systems);
    const graph = unitGraph(units, planned.length, dependencies, ends, order);
    if (round === ROUNDS) return { units, graph, apart };
    const scc = stronglyConnected(units.count, graph.after);
    const { component, components } = scc;
    const size = new Int32Array(components);
    for (let u = 0; u < units.count; u++) size[component[u] as number] = (size[component[u] as number] as number) + 1;
    let added = 0;
    for (let u = 0; u < units.count; u++) {
      if ((size[component[u] as number] as number) < 2 || !units.units[u]?.reasons.has('system-environment')) continue;
      for (const i of units.members(u)) {
        const w = units.workload(i);
        const key = systemEnvironmentKey(w);
        if (w.system && !apart.has(key)) {
          apart.add(key);
          added++;
        }
      }
    }
    if (added === 0) return { units, graph, apart, components: scc };
  }
}
