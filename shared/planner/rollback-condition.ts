import { formatDuration } from '../domain/duration.js';
import { rollbackBound, type RollbackLimits, type RollbackLoad } from './rollback-budget.js';
import type { PlacementContext, WaveCondition } from './wave-condition-types.js';

// The wave condition that keeps each wave's rollback within its maintenance window and
// its workloads' RTOs (docs/domain-rules.md, "Waves"), apart from the others as the date
// conditions are: wave-conditions.ts lists it in its place.

/** The bound of wave `wave`'s rollback with unit `u` added, or undefined when the plan does not check rollback or the wave is empty. */
function rollbackWith(ctx: PlacementContext, wave: number, u: number) {
  const load = ctx.waves[wave];
  if (!ctx.rollback || !load?.rollback || load.count === 0) return undefined;
  return rollbackBound(load.rollback, ctx.rollback.ofUnit[u] as RollbackLoad, ctx.rollback.limits.parallelRestores);
}

const windowOf = (ctx: PlacementContext) => (ctx.rollback as { limits: RollbackLimits }).limits.windowMinutes;

/** Why wave `wave` cannot take unit `u` for its rollback, `subject` naming the unit ("it", or its names). */
export function rollbackRefusal(ctx: PlacementContext, wave: number, u: number, subject: string): string {
  const bound = rollbackWith(ctx, wave, u);
  if (!bound) return `wave ${wave}'s rollback would not fit`;
  if (bound.minutes > windowOf(ctx))
    return `with ${subject}, wave ${wave}'s rollback would take up to ${formatDuration(bound.minutes)}, longer than its ${formatDuration(windowOf(ctx))} maintenance window`;
  const late = bound.late as NonNullable<typeof bound.late>;
  return `with ${subject}, a restore in wave ${wave} would queue until ${formatDuration(late.back)}, past its workload's ${formatDuration(late.rto)} RTO`;
}

export const rollbackFits = {
  id: 'rollback-fits',
  name: 'Each wave’s rollback fits its window',
  description:
    'A wave takes a unit only if the wave could still be rolled back within its maintenance window with it, and no restore would queue past its workload’s RTO behind the others (the rollback settings: window, parallel restores, throughputs; the rate card’s parallel run decides each workload’s way back). So a wave that would not fit is split, and the unit moves in the next wave that fits.',
  givesWay: 'A unit whose own way back is longer than the window, or than an RTO, gets a wave of its own; its rollback finding says what to change. A pin may take a wave over.',
  check: {
    stage: 'admits',
    admits(ctx, wave, u) {
      const bound = rollbackWith(ctx, wave, u);
      return !bound || (bound.minutes <= windowOf(ctx) && !bound.late);
    },
    refusal: (ctx, wave, u) => rollbackRefusal(ctx, wave, u, 'it'),
  },
  sentences: {
    /** `moves`: "A and B move to wave 6, C to wave 7"; `because`: the first refusal, naming the first unit. */
    split: (wave: number, moves: string, because: string) => `Wave ${wave} is split for its rollback: ${moves} (${because}).`,
  },
} as const satisfies WaveCondition;
