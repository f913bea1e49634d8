import type { Excluded } from './plan-types.js';
import type { PlanSettings } from './settings.js';
import type { UnitTable } from './unit-table.js';
import { WAVE_CONDITION } from './wave-conditions.js';

// The readiness-gates condition: a unit with a member still to prove a gating check is
// either scheduled with its gates shown on its wave (flag) or held back (hold-back). A
// held unit also holds what needs it, since providers come first.

export interface GateOutcome {
  /** 1 for a unit held back. */
  held: Uint8Array;
  /** The open gates of each flagged unit, in words. */
  gatesOf: ReadonlyMap<number, string[]>;
  heldBack: Excluded[];
}

const { readinessGates } = WAVE_CONDITION;

export function applyReadinessGates(units: UnitTable, after: readonly (readonly number[])[], setting: PlanSettings['readinessGates']): GateOutcome {
  const held = new Uint8Array(units.count);
  const gatesOf = new Map<number, string[]>();
  const why = new Map<number, string>();
  const queue: number[] = [];
  for (let u = 0; u < units.count; u++) {
    let gaps: string[] | undefined; // most units are ready: no array for them
    const members = units.members(u);
    for (let k = 0; k < members.length; k++) {
      const i = members[k] as number;
      const w = units.workload(i);
      const missing = readinessGates.check.missing(w, units.level(i));
      if (missing.length) (gaps ??= []).push(readinessGates.sentences.gap(w, missing));
    }
    if (!gaps) continue;
    if (setting === 'flag') gatesOf.set(u, gaps);
    else {
      held[u] = 1;
      queue.push(u);
      why.set(u, readinessGates.sentences.heldBack(gaps));
    }
  }
  for (let k = 0; k < queue.length; k++) {
    const u = queue[k] as number;
    for (const v of after[u] ?? []) {
      if (held[v]) continue;
      held[v] = 1;
      why.set(v, readinessGates.sentences.waitsFor(units.lead(u)));
      queue.push(v);
    }
  }
  const heldBack = queue.flatMap((u) => units.ids(u).map((workloadId) => ({ workloadId, reason: why.get(u) as string })));
  return { held, gatesOf, heldBack };
}
