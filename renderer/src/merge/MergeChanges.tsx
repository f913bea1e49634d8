import type { EstateDiff, FieldChange } from '../../../shared/estate-text/diff';
import { shownValue } from '../../../shared/estate-text/diff-words';

const LISTED = 200;

function Change({ change }: { change: FieldChange }) {
  return (
    <li>
      {change.field}: <del>{shownValue(change.before)}</del> → <ins>{shownValue(change.after)}</ins>
    </li>
  );
}

function Names({ title, items }: { title: string; items: { id: string; label: string }[] }) {
  if (!items.length) return null;
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      <p className="small">
        {items
          .slice(0, LISTED)
          .map((x) => x.label)
          .join(', ')}
        {items.length > LISTED ? ` and ${items.length - LISTED} more` : ''}
      </p>
    </section>
  );
}

/** What the merge does to the open estate, in the words and layout of the import preview. */
export function MergeChanges({ diff }: { diff: EstateDiff }) {
  const { workloads, dependencies, settings, graphPositions } = diff;
  const changedItems = [...workloads.changed, ...dependencies.changed];
  return (
    <>
      <ul className="import-counts" aria-label="What the merge changes">
        <li>
          <strong>{workloads.added.length}</strong> to add
        </li>
        <li>
          <strong>{workloads.changed.length}</strong> to update
        </li>
        <li className={workloads.removed.length ? 'bad' : ''}>
          <strong>{workloads.removed.length}</strong> to remove
        </li>
        <li>
          <strong>{dependencies.added.length + dependencies.removed.length + dependencies.changed.length}</strong> dependency changes
        </li>
        <li>
          <strong>{settings.length}</strong> settings
        </li>
      </ul>
      {changedItems.length > 0 && (
        <section aria-label="Changes">
          <h3>Changes</h3>
          <ul className="import-diff">
            {changedItems.slice(0, LISTED).map((x) => (
              <li key={x.id}>
                <strong>{x.label}</strong> <span className="muted small">{x.id}</span>
                <ul>
                  {x.changes.map((c) => (
                    <Change key={c.field} change={c} />
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Names title="New workloads" items={workloads.added} />
      <Names title="Workloads removed" items={workloads.removed} />
      <Names title="New dependencies" items={dependencies.added} />
      <Names title="Dependencies removed" items={dependencies.removed} />
      {settings.length > 0 && (
        <section aria-label="Settings">
          <h3>Settings</h3>
          <ul className="import-diff">
            {settings.slice(0, LISTED).map((c) => (
              <Change key={c.field} change={c} />
            ))}
          </ul>
        </section>
      )}
      {graphPositions.length > 0 && <p className="small muted">{graphPositions.length.toLocaleString('en')} workloads take the other copy’s place on the graph.</p>}
    </>
  );
}
