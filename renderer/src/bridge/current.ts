import type { Bridge } from '../../../shared/contract';

// The bridge this page talks through, set once at start-up (main.tsx) or by a test.
let current: Bridge | undefined;

export function setBridge(bridge: Bridge): void {
  current = bridge;
}

export function bridge(): Bridge {
  if (!current) throw new Error('The bridge is used before Waveplan connected to its host.');
  return current;
}
