import type { Dependency } from '../../../../shared/domain/dependency';

// Which waves wait for which: a dependency whose two ends move in different waves links
// those waves. Drawn as one arrow into each wave, from the latest earlier wave it is
// linked to (the one it waits on last); the others are named in the arrow's title, so
// 60 waves with thousands of cross-wave links stay a readable picture. Links out of the
// shared platform's waves are left out: every wave waits for the platform, so they say
// nothing but would draw a line from the first waves to every other.

export interface WaveLink {
  from: number;
  to: number;
  /** Every earlier wave linked to `to`, in order. */
  all: number[];
  dependencies: number;
}

export function waveLinks(dependencies: readonly Dependency[], waveOf: ReadonlyMap<string, number>, platformWaves: ReadonlySet<number>): WaveLink[] {
  const earlier = new Map<number, Map<number, number>>(); // later wave → earlier wave → dependencies
  for (const d of dependencies) {
    const a = waveOf.get(d.providerId);
    const b = waveOf.get(d.consumerId);
    if (a === undefined || b === undefined || a === b) continue;
    const [from, to] = a < b ? [a, b] : [b, a];
    if (platformWaves.has(from)) continue;
    const into = earlier.get(to) ?? new Map<number, number>();
    into.set(from, (into.get(from) ?? 0) + 1);
    earlier.set(to, into);
  }
  return [...earlier]
    .map(([to, from]) => {
      const all = [...from.keys()].sort((x, y) => x - y);
      return { from: all.at(-1) as number, to, all, dependencies: [...from.values()].reduce((s, n) => s + n, 0) };
    })
    .sort((x, y) => x.to - y.to);
}
