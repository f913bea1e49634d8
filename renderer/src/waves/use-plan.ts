import { useEffect, useMemo, useState } from 'react';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import type { Plan } from '../../../shared/planner/plan-types';
import { planWaves } from '../../../shared/planner/plan-waves';
import { analysisOf } from '../analysis/analysis-cache';
import type { PlanRequest, PlanResponse } from './plan-protocol';

/** Above this many workloads the plan is made in a worker; the view shows the last plan meanwhile. */
export const WORKER_THRESHOLD = 1500;

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

let worker: Worker | undefined;
let nextId = 1;

function planInWorker(request: Omit<PlanRequest, 'id'>): Promise<Plan> {
  worker ??= new Worker(new URL('./plan.worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  const w = worker;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<PlanResponse>) => {
      if (event.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      if (event.data.ok) resolve(event.data.plan);
      else reject(new Error(event.data.error));
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ id, ...request } satisfies PlanRequest);
  });
}

/**
 * The wave plan of the open estate, recomputed on every edit: on the UI thread for
 * small and mid estates (a few milliseconds), in a worker above WORKER_THRESHOLD.
 * Also what the last edit changed, as wave moves. `enabled` false skips planning
 * (the graph plans only when it groups by wave).
 */
export function usePlan(snapshot: EstateSnapshot, enabled = true): { plan: Plan | null; pending: boolean; moves: WaveMove[] } {
  const { workloads, dependencies, planSettings } = snapshot;
  const inline = workloads.length <= WORKER_THRESHOLD;
  const direct = useMemo(() => {
    if (!enabled || !inline) return null;
    const analysis = analysisOf({ workloads, dependencies });
    return planWaves({ workloads, dependencies, settings: planSettings, cycles: analysis.cycles, levelOf: (id) => analysis.sensitivity.levelOf(id), index: analysis.index });
  }, [enabled, inline, workloads, dependencies, planSettings]);
  const [fromWorker, setFromWorker] = useState<{ plan: Plan; for: unknown } | null>(null);
  useEffect(() => {
    if (!enabled || inline) return;
    let current = true;
    planInWorker({ workloads, dependencies, settings: planSettings }).then(
      (plan) => current && setFromWorker({ plan, for: workloads }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [enabled, inline, workloads, dependencies, planSettings]);

  const plan = direct ?? fromWorker?.plan ?? null;
  const pending = enabled && !inline && fromWorker?.for !== workloads;
  // What the last change did: the plan before it, against this one (state adjusted
  // during render when the plan changes, as React documents for derived state).
  const [seen, setSeen] = useState<{ plan: Plan | null; moves: WaveMove[] }>({ plan: null, moves: [] });
  if (plan && plan !== seen.plan) setSeen({ plan, moves: seen.plan ? planDiff(seen.plan, plan) : [] });
  return { plan, pending, moves: seen.moves };
}
