import type { Dependency } from '../../../shared/domain/dependency';
import type { SensitivitySource } from '../../../shared/domain/sensitivity';
import { explainCycle, type DependencyCycle } from '../../../shared/graph/cycles';
import type { Impact } from '../../../shared/graph/impact';
import { explainMoveGroup, type MoveGroup } from '../../../shared/graph/move-groups';
import { SensitivityChip } from '../components/Chips';
import { useGraphView } from './graph-view-state';

type NameOf = (id: string) => string;

/** A workload's blast radius: what depends on it, directly and through chains. */
export function ImpactPanel({ impact, nameOf, sensitivity }: { impact: Impact; nameOf: NameOf; sensitivity: ReadonlyMap<string, SensitivitySource> }) {
  const { restricted, confidential, internal, public: open, unclassified } = impact.bySensitivity;
  const select = (id: string) => useGraphView.getState().select({ kind: 'workload', id });
  return (
    <div className="side-section">
      <h2 className="side-title">Impact if it goes down</h2>
      <p className="impact-summary">
        <strong>{impact.direct.length}</strong> depend on it directly, <strong>{impact.transitive.length}</strong> in all.
      </p>
      {impact.transitive.length > 0 && (
        <p className="impact-levels">
          {restricted > 0 && <span className="chip sens-restricted">{restricted} restricted</span>} {confidential > 0 && <span className="chip sens-confidential">{confidential} confidential</span>}{' '}
          {internal > 0 && <span className="chip sens-internal">{internal} internal</span>} {open > 0 && <span className="chip sens-public">{open} public</span>}{' '}
          {unclassified > 0 && <span className="chip sens-unclassified">{unclassified} unclassified</span>}
        </p>
      )}
      {/* The count first; a long list folds so the workload's own details stay in reach. */}
      {impact.transitive.length > 0 && (
        <details className="impact-list" open={impact.transitive.length <= 8}>
          <summary>Which ones ({impact.transitive.length})</summary>
          <ul className="link-list">
            {impact.transitive.slice(0, 60).map((id) => (
              <li key={id}>
                <button type="button" className="link" onClick={() => select(id)}>
                  {nameOf(id)}
                </button>
                {impact.direct.includes(id) ? <span className="muted"> direct</span> : null}
                <span className="spacer" />
                {sensitivity.get(id) && <SensitivityChip level={(sensitivity.get(id) as SensitivitySource).level} />}
              </li>
            ))}
          </ul>
          {impact.transitive.length > 60 && <p className="muted">and {impact.transitive.length - 60} more</p>}
        </details>
      )}
    </div>
  );
}

/** With nothing selected: the estate's cycles and move groups, each explained. */
export function StructurePanel({
  structure,
  nameOf,
  dependencyById,
}: {
  structure: { cycles: readonly DependencyCycle[]; groups: MoveGroup[] } | undefined;
  nameOf: NameOf;
  dependencyById(id: string): Dependency | undefined;
}) {
  const highlight = useGraphView((s) => s.highlight);
  const set = useGraphView.getState().setHighlight;
  if (!structure)
    return (
      <div className="side-section">
        <p className="muted">Looking for cycles and move groups…</p>
      </div>
    );
  const { cycles, groups } = structure;
  return (
    <div className="side-section">
      <h2 className="side-title">Cycles</h2>
      {cycles.length === 0 && <p className="muted">No dependency cycles.</p>}
      {cycles.map((c, i) => (
        <div key={c.members.join()} className={`cycle-card${highlight.kind === 'cycle' && highlight.index === i ? ' on' : ''}`}>
          <p>{explainCycle(c, nameOf)}</p>
          <button type="button" className="button small" onClick={() => set(highlight.kind === 'cycle' && highlight.index === i ? { kind: 'none' } : { kind: 'cycle', index: i })}>
            {highlight.kind === 'cycle' && highlight.index === i ? 'Stop highlighting' : `Highlight its ${c.dependencyIds.length} dependencies`}
          </button>
        </div>
      ))}
      <h2 className="side-title">Move groups</h2>
      <p className="muted">{groups.length === 0 ? 'No workloads are bound to move together.' : `${groups.length} groups of workloads must move together.`}</p>
      {groups.length > 0 && (
        <button type="button" className="button small" onClick={() => set(highlight.kind === 'move-groups' ? { kind: 'none' } : { kind: 'move-groups' })}>
          {highlight.kind === 'move-groups' ? 'Stop highlighting' : 'Highlight move groups'}
        </button>
      )}
      <ul className="group-list">
        {groups.slice(0, 30).map((g) => (
          <li key={g.id}>{explainMoveGroup(g, nameOf, dependencyById)}</li>
        ))}
      </ul>
      <p className="hint">
        Drag from a workload’s right edge to another to add a dependency. Double-click empty space to add a workload. Delete removes what is selected; Ctrl+Z undoes. Ctrl+K finds a workload.
      </p>
    </div>
  );
}
