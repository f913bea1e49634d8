import type { Dependency } from '../domain/dependency.js';
import type { EstateIndex } from '../domain/estate-index.js';
import type { SensitivityMap } from '../domain/sensitivity.js';

const NONE: readonly Dependency[] = [];

/**
 * The dependencies carrying PHI that touch each workload, either way, as compressed
 * rows over workload positions. Built on first use only: most estates carry little PHI
 * and not every check asks.
 */
export function restrictedFlows(workloadCount: number, dependencies: readonly Dependency[], index: EstateIndex, sensitivity: Pick<SensitivityMap, 'carriesAt'>) {
  let flowStart: Int32Array | undefined;
  let flowDeps: Int32Array | undefined;
  const build = () => {
    const carries = new Uint8Array(dependencies.length);
    const start = new Int32Array(workloadCount + 1);
    for (let j = 0; j < dependencies.length; j++) {
      if (sensitivity.carriesAt(j) !== 'restricted') continue; // PHI is the one restricted class
      const c = index.consumer[j] as number;
      const p = index.provider[j] as number;
      if (c < 0 || p < 0) continue;
      carries[j] = 1;
      start[c + 1] = (start[c + 1] as number) + 1;
      start[p + 1] = (start[p + 1] as number) + 1;
    }
    for (let i = 0; i < workloadCount; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
    const fill = start.slice(0, workloadCount);
    const deps = new Int32Array(start[workloadCount] as number);
    for (let j = 0; j < dependencies.length; j++) {
      if (!carries[j]) continue;
      for (const end of [index.consumer[j] as number, index.provider[j] as number]) {
        deps[fill[end] as number] = j;
        fill[end] = (fill[end] as number) + 1;
      }
    }
    flowStart = start;
    flowDeps = deps;
  };
  /** Each flow of the workload at a position, with the position of its other end. */
  const forEachRestrictedFlow = (i: number, visit: (dependency: Dependency, otherEnd: number) => void) => {
    if (!flowStart || !flowDeps) build();
    const to = (flowStart as Int32Array)[i + 1] as number;
    for (let k = (flowStart as Int32Array)[i] as number; k < to; k++) {
      const j = (flowDeps as Int32Array)[k] as number;
      const c = index.consumer[j] as number;
      visit(dependencies[j] as Dependency, c === i ? (index.provider[j] as number) : c);
    }
  };
  const restrictedFlowsAt = (i: number): readonly Dependency[] => {
    let list: Dependency[] | undefined;
    forEachRestrictedFlow(i, (d) => (list ??= []).push(d));
    return list ?? NONE;
  };
  return { forEachRestrictedFlow, restrictedFlowsAt };
}
