import type { Change } from './change-set.js';

// The change ops, and the one way code that treats each op differently is written: a
// table with an entry per op. The tables (the schema in change-set.ts, apply.ts,
// invert.ts, the repository's SQL) are mapped types over ChangeOp, so adding an op
// without saying what each of them does with it fails to compile. No zod here: the
// renderer imports this.

/** Every op, in the order the schema tries them. */
export const CHANGE_OPS = ['addWorkload', 'updateWorkload', 'removeWorkload', 'addDependency', 'updateDependency', 'removeDependency', 'setNodePositions', 'setSetting', 'setScenario'] as const;
export type ChangeOp = (typeof CHANGE_OPS)[number];

/** The change of one op (for setSetting, any of its settings). */
export type ChangeOf<K extends ChangeOp> = Extract<Change, { op: K }>;

/** One handler per op, each given its own kind of change. */
export type OpTable<Args extends unknown[], R> = { readonly [K in ChangeOp]: (change: ChangeOf<K>, ...args: Args) => R };

/** Calls the table's handler for the change's op. */
export function byOp<Args extends unknown[], R>(table: OpTable<Args, R>, change: Change, ...args: Args): R {
  // TypeScript cannot tie table[change.op] to change's own op; the mapped type above does.
  return (table[change.op] as (change: Change, ...args: Args) => R)(change, ...args);
}
