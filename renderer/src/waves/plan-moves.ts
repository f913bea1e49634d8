import { useState } from 'react';
import type { Plan } from '../../../shared/planner/plan-types';

export interface WaveMove {
  workloadId: string;
  from: number | null;
  to: number | null;
}

/** Which workloads changed wave between two plans (null: held back or not planned). */
export function planDiff(before: Plan, after: Plan): WaveMove[] {
  const moves: WaveMove[] = [];
  const ids = new Set([...before.waveOf.keys(), ...after.waveOf.keys()]);
  for (const id of ids) {
    const from = before.waveOf.get(id) ?? null;
    const to = after.waveOf.get(id) ?? null;
    if (from !== to) moves.push({ workloadId: id, from, to });
  }
  return moves;
}

/** What the last change did to the plan: the plan before it against this one, as wave moves. */
export function usePlanMoves(plan: Plan | null): WaveMove[] {
  // State adjusted during render when the plan changes, as React documents for derived state.
  const [seen, setSeen] = useState<{ plan: Plan | null; moves: WaveMove[] }>({ plan: null, moves: [] });
  if (plan && plan !== seen.plan) setSeen({ plan, moves: seen.plan ? planDiff(seen.plan, plan) : [] });
  return seen.moves;
}
