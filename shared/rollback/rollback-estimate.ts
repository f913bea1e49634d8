import type { Dependency } from '../domain/dependency.js';
import type { EstateIndex } from '../domain/estate-index.js';
import type { Workload } from '../domain/workload.js';
import type { RollbackLimits, WayBackFigures } from '../planner/rollback-budget.js';
import { recogniseRoles } from './roles.js';
import type { RollbackSettings } from './rollback-settings.js';
import { BRINGS_DATA, wayBack, wayBackMinutes } from './way-back.js';

// Each workload's way back in the terms the planner bounds a wave's rollback with
// (planner/rollback-budget.ts), from the same roles, ways back and minutes the runbook
// steps are made of (runbook.ts), so the planner splits a wave by the rules the
// runbook then times.

/** Reopening a restored store for writes: the runbook's step after each restore. */
const REOPEN_MINUTES = 10;
/** Replaying what a queue held: the runbook's step for a queue holder. */
const REPLAY_MINUTES = 20;

export interface EstimateInputs {
  workloads: readonly Workload[];
  dependencies: readonly Dependency[];
  index: EstateIndex;
  settings: RollbackSettings;
  parallelRunWeeks: number;
}

export function rollbackLimits({ workloads, dependencies, index, settings, parallelRunWeeks }: EstimateInputs): RollbackLimits {
  const roles = recogniseRoles(workloads, dependencies, index);
  const source = { kept: parallelRunWeeks > 0 };
  const none: WayBackFigures = { restore: 0, restoring: 0, follower: 0, data: 0, traffic: 0 };
  /** When a primary's data is back on its own way back (0 when none is recorded or it brings no data back). */
  const primaryBack = (j: number): number => {
    const p = workloads[j];
    if (j < 0 || !p) return 0;
    const way = wayBack(p, roles.roleAt(j), source);
    if (!BRINGS_DATA[way] || way === 'follow' || way === 'reseed') return 0;
    return wayBackMinutes(way, p, settings) + (way === 'restore' ? REOPEN_MINUTES : 0);
  };
  const figuresAt = (i: number, w: Workload): WayBackFigures => {
    const role = roles.roleAt(i);
    const way = wayBack(w, role, source);
    const minutes = wayBackMinutes(way, w, settings);
    const replay = role === 'queue' ? REPLAY_MINUTES : 0;
    if (way === 'restore') return { ...none, restore: minutes + REOPEN_MINUTES, restoring: minutes, traffic: replay };
    // A replica or standby starts once its primary's data is back: the chain is both.
    if (way === 'follow' || way === 'reseed') return { ...none, follower: primaryBack(roles.primaryAt(i)) + minutes, traffic: replay };
    if (BRINGS_DATA[way]) return { ...none, data: minutes, traffic: replay };
    return trafficOnly(minutes + replay);
  };
  // Most workloads only switch traffic back, in one of a few times: one frozen figure per
  // time rather than an object per workload (the planner asks for every one it moves).
  const trafficFigures = new Map<number, WayBackFigures>();
  const trafficOnly = (traffic: number): WayBackFigures => {
    let figures = trafficFigures.get(traffic);
    if (!figures) trafficFigures.set(traffic, (figures = Object.freeze({ ...none, traffic })));
    return figures;
  };
  return {
    windowMinutes: settings.maintenanceWindowHours * 60,
    parallelRestores: settings.parallelRestores,
    figuresOf(w) {
      const i = index.indexOf.get(w.id);
      return i === undefined ? none : figuresAt(i, w);
    },
    // The planner asks for every workload it moves: by position, no lookup by id (unless the position is not this workload's).
    figuresAt(i, w) {
      if (workloads[i] === w) return figuresAt(i, w);
      return this.figuresOf(w);
    },
  };
}
