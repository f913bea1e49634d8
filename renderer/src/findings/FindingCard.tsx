import type { Dependency } from '../../../shared/domain/dependency';
import type { Finding } from '../../../shared/findings/finding';
import { showDependencyInGraph, showInGraph, showInInventory } from '../navigation/go-to';
import { FindingControls } from './FindingControls';

const SHOWN = 8;

type Props = { finding: Finding; ruleName: string; nameOf(id: string): string; dependencyOf(id: string): Dependency | undefined };

/** One finding: what, what it means, what to do, the controls it concerns, and links to what it involves. */
export function FindingCard({ finding: f, ruleName, nameOf, dependencyOf }: Props) {
  const more = f.workloadIds.length - SHOWN;
  return (
    <article className={`finding-card severity-${f.severity}`} aria-label={f.title}>
      <header>
        <span className={`severity-badge severity-${f.severity}`}>{f.severity}</span>
        <h3>{f.title}</h3>
        <span className="rule-name">{ruleName}</span>
      </header>
      <p className="finding-meaning">{f.meaning}</p>
      <p className="finding-action">
        <strong>What to do: </strong>
        {f.action}
      </p>
      {f.acceptedRisk && (
        <p className="finding-accepted">
          <strong>Accepted risk: </strong>“{f.acceptedRisk}”
        </p>
      )}
      <FindingControls finding={f} />
      <div className="finding-links">
        <span className="muted small">Workloads</span>
        {f.workloadIds.slice(0, SHOWN).map((id) => (
          <button key={id} type="button" className="chip link-chip" title="Select it in the inventory" onClick={() => showInInventory(id)}>
            {nameOf(id)}
          </button>
        ))}
        {more > 0 && <span className="muted small">and {more.toLocaleString('en')} more</span>}
        {f.workloadIds[0] && (
          <button type="button" className="button small" onClick={() => showInGraph(f.workloadIds[0] as string)}>
            Show in graph
          </button>
        )}
      </div>
      {f.dependencyIds.length > 0 && (
        <div className="finding-links">
          <span className="muted small">Dependencies</span>
          {f.dependencyIds.slice(0, 4).map((id) => {
            const d = dependencyOf(id);
            return d ? (
              <button key={id} type="button" className="dep-chip link-dep" title="Select it on the graph" onClick={() => showDependencyInGraph(d)}>
                {nameOf(d.consumerId)} → {nameOf(d.providerId)}
              </button>
            ) : null;
          })}
          {f.dependencyIds.length > 4 && <span className="muted small">and {(f.dependencyIds.length - 4).toLocaleString('en')} more</span>}
        </div>
      )}
    </article>
  );
}
