import { useEffect, useMemo, useState } from 'react';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import { buildGraphModel } from '../../../shared/graph/view-model';
import { labelOf } from '../../../shared/domain/enums';
import { useAnalysis } from '../report/use-report';
import { listGraph, type ListedLink } from './graph-list-model';
import { useGraphView } from './graph-view-state';

/** Enough for a workshop estate at once; a large one shows more on request rather than 10,000 rows of buttons. */
const PAGE = 200;

/**
 * The graph as a list, the keyboard's and screen reader's way through it: each workload
 * with what it needs and what needs it. Enter on a workload selects it, as a click on the
 * canvas does (the side panel shows it); Enter on a dependency's kind selects that
 * dependency. The toolbar's filters apply here too.
 */
export function GraphList({ snapshot }: { snapshot: EstateSnapshot }) {
  const filters = useGraphView((s) => s.filters);
  const selection = useGraphView((s) => s.selection);
  const { sensitivity, tierOf } = useAnalysis(snapshot);
  const [shown, setShown] = useState(PAGE);

  const rows = useMemo(() => {
    const model = buildGraphModel(snapshot, { grouping: 'none', filters, collapsed: false, expanded: new Set() }, sensitivity, (w) => ({ tier: tierOf(w.id) }));
    const workloads = model.nodes.flatMap((n) => (n.kind === 'workload' ? [n.workload] : []));
    const dependencies = model.edges.flatMap((e) => (e.kind === 'dependency' ? [e.dependency] : []));
    return listGraph(workloads, dependencies);
  }, [snapshot, filters, sensitivity, tierOf]);

  const selectedId = selection?.kind === 'workload' ? selection.id : undefined;
  const selectedIndex = selectedId ? rows.findIndex((r) => r.workload.id === selectedId) : -1;
  // A workload found with Ctrl+K (or picked in the side panel) past the page is shown too.
  const limit = Math.max(shown, selectedIndex + 1);

  useEffect(() => {
    if (selectedId) document.getElementById(listId(selectedId))?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const select = (id: string) => useGraphView.getState().select({ kind: 'workload', id });
  /** Goes to the other end in the list: selects it and puts the focus on its name. */
  const goTo = (id: string) => {
    select(id);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`#${listId(id)} .gl-name`)?.focus());
  };

  const links = (title: string, owner: string, items: ListedLink[]) => (
    <div className="gl-links">
      <h4>{title}</h4>
      {items.length === 0 ? (
        <p className="muted">Nothing</p>
      ) : (
        <ul aria-label={`${owner} ${title.toLowerCase()}`}>
          {items.map(({ dependency: d, other }) => (
            <li key={d.id} className={selection?.kind === 'dependency' && selection.id === d.id ? 'current' : undefined}>
              <button type="button" className="link" onClick={() => goTo(other.id)}>
                {other.name}
              </button>{' '}
              <button
                type="button"
                className="gl-kind"
                aria-label={`The dependency: ${title === 'Needs' ? `${owner} needs ${other.name}` : `${other.name} needs ${owner}`}, ${d.kind}`}
                onClick={() => useGraphView.getState().select({ kind: 'dependency', id: d.id })}
              >
                {d.kind}
                {d.coupling === 'tight' ? ', tight' : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  return (
    <section className="graph-list" aria-label="Workloads and their dependencies">
      <p className="gl-intro">{rows.length.toLocaleString('en')} workloads, each with what it needs and what needs it. Enter on a name selects the workload; on a kind, the dependency.</p>
      <ul className="gl-items">
        {rows.slice(0, limit).map(({ workload: w, needs, neededBy }) => (
          <li key={w.id} id={listId(w.id)} className={`gl-item${w.id === selectedId ? ' current' : ''}`}>
            <h3 className="gl-head">
              <button type="button" className="link gl-name" aria-current={w.id === selectedId ? 'true' : undefined} onClick={() => select(w.id)}>
                {w.name}
              </button>
              <span className="gl-facts">
                {labelOf(w.environment)} · {labelOf(w.kind)} · {sensitivity.get(w.id)?.level ?? 'public'}
              </span>
            </h3>
            <div className="gl-deps">
              {links('Needs', w.name, needs)}
              {links('Needed by', w.name, neededBy)}
            </div>
          </li>
        ))}
      </ul>
      {rows.length > limit && (
        <button type="button" className="button small gl-more" onClick={() => setShown(limit + PAGE)}>
          Show {Math.min(PAGE, rows.length - limit).toLocaleString('en')} more of {(rows.length - limit).toLocaleString('en')}
        </button>
      )}
    </section>
  );
}

function listId(workloadId: string): string {
  return `gl-${workloadId}`;
}
