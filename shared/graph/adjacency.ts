import type { Dependency } from '../domain/dependency.js';

/**
 * Who depends on whom, indexed both ways. Edges run consumer → provider: a
 * workload's providers are "upstream" (what it needs), its consumers "downstream"
 * (what needs it).
 */
export interface Adjacency {
  providersOf: Map<string, Dependency[]>;
  consumersOf: Map<string, Dependency[]>;
}

export function buildAdjacency(dependencies: readonly Dependency[]): Adjacency {
  const providersOf = new Map<string, Dependency[]>();
  const consumersOf = new Map<string, Dependency[]>();
  for (const d of dependencies) {
    let out = providersOf.get(d.consumerId);
    if (!out) providersOf.set(d.consumerId, (out = []));
    out.push(d);
    let into = consumersOf.get(d.providerId);
    if (!into) consumersOf.set(d.providerId, (into = []));
    into.push(d);
  }
  return { providersOf, consumersOf };
}

export type Direction = 'upstream' | 'downstream' | 'both';

/**
 * The workloads reachable from `start` in a direction, within `hops` steps (Infinity
 * for all), not counting `start` itself. Breadth-first, so each is found at its
 * shortest distance.
 */
export function reachable(adjacency: Adjacency, start: string, direction: Direction, hops = Infinity): Map<string, number> {
  const found = new Map<string, number>();
  let frontier = [start];
  const seen = new Set([start]);
  for (let depth = 1; frontier.length > 0 && depth <= hops; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      const steps: string[] = [];
      if (direction !== 'downstream') for (const d of adjacency.providersOf.get(id) ?? []) steps.push(d.providerId);
      if (direction !== 'upstream') for (const d of adjacency.consumersOf.get(id) ?? []) steps.push(d.consumerId);
      for (const other of steps) {
        if (seen.has(other)) continue;
        seen.add(other);
        found.set(other, depth);
        next.push(other);
      }
    }
    frontier = next;
  }
  return found;
}
