import type { CriticalStep } from '../../../shared/planner/plan-types';

const NAMES = 3;

/** What the timeline and the wave cards mark: the waves on the critical path, and each unit's workloads with why it waits. */
export function criticalMarks(steps: readonly CriticalStep[]): { waves: ReadonlySet<number>; because: ReadonlyMap<string, string> } {
  const waves = new Set<number>();
  const because = new Map<string, string>();
  for (const s of steps) {
    waves.add(s.wave);
    for (const id of s.workloadIds) because.set(id, s.because);
  }
  return { waves, because };
}

/**
 * The chain of units and gates that sets the end date, first to last, folded by
 * default: a wave, its unit and why it cannot move sooner. A step opens its wave card.
 */
export function CriticalPath({ steps, name, onPick }: { steps: readonly CriticalStep[]; name(id: string): string; onPick(wave: number): void }) {
  if (steps.length === 0) return null;
  const unitName = (ids: readonly string[]) =>
    ids.length === 0 ? 'The calendar' : `${ids.slice(0, NAMES).map(name).join(', ')}${ids.length > NAMES ? ` and ${(ids.length - NAMES).toLocaleString('en')} more` : ''}`;
  return (
    <details className="critical-path" data-steps={steps.length}>
      <summary>
        Critical path: {steps.length === 1 ? '1 step' : `${steps.length} steps`}, waves {steps[0]?.wave} → {steps[steps.length - 1]?.wave}
        <span className="muted small"> what sets the end date</span>
      </summary>
      <ol>
        {steps.map((s, i) => (
          <li key={`${s.wave}-${s.workloadIds[0] ?? i}`}>
            <button type="button" className="link" onClick={() => onPick(s.wave)} aria-label={`Wave ${s.wave}: ${unitName(s.workloadIds)}`}>
              Wave {s.wave}
            </button>
            <span className="critical-unit">{unitName(s.workloadIds)}</span>
            <span className="muted">{s.because}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}
