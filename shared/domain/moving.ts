import type { Strategy } from './enums.js';

/**
 * Whether a workload stays where it is: retired and retained ones do not move
 * (docs/domain-rules.md, "Waves"). The planner leaves them out of every wave, the
 * readiness gates ask nothing of them, the graph groups them as not migrating and the
 * costs price them as they are.
 */
export function staysPut<T extends { strategy: Strategy | null }>(w: T): w is T & { strategy: 'retire' | 'retain' } {
  return w.strategy === 'retire' || w.strategy === 'retain';
}

export function isMoving(w: { strategy: Strategy | null }): boolean {
  return !staysPut(w);
}
