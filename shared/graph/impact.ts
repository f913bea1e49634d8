import type { Sensitivity, SensitivitySource } from '../domain/sensitivity.js';
import { reachable, type Adjacency } from './adjacency.js';

export interface Impact {
  /** Workloads that call or read from this one directly. */
  direct: string[];
  /** Everything that depends on it through any chain, the direct ones included. */
  transitive: string[];
  bySensitivity: Record<Sensitivity, number>;
}

/** The blast radius of a workload: what stops or degrades if it goes away. */
export function impactOf(adjacency: Adjacency, id: string, sensitivity: ReadonlyMap<string, SensitivitySource>): Impact {
  const all = reachable(adjacency, id, 'downstream');
  const direct = [...all].filter(([, depth]) => depth === 1).map(([other]) => other);
  const bySensitivity: Record<Sensitivity, number> = { restricted: 0, confidential: 0, internal: 0, public: 0, unclassified: 0 };
  for (const other of all.keys()) bySensitivity[sensitivity.get(other)?.level ?? 'unclassified']++;
  return { direct, transitive: [...all.keys()], bySensitivity };
}
