import type { ImportPreview } from '../../../shared/excel/import-plan';

const LISTED = 200;

/** What confirming would do: counts, the diff, the problems at their cells, and what is missing. */
export function PreviewStep({ preview, removeMissing, onRemoveMissing }: { preview: ImportPreview; removeMissing: boolean; onRemoveMissing(on: boolean): void }) {
  const { adds, updates, unchanged, skipped, missing, dependencies, problems } = preview;
  return (
    <div className="preview-step">
      <ul className="import-counts">
        <li>
          <strong>{adds.length}</strong> to add
        </li>
        <li>
          <strong>{updates.length}</strong> to update
        </li>
        <li>
          <strong>{unchanged}</strong> unchanged
        </li>
        <li className={skipped.length ? 'bad' : ''}>
          <strong>{skipped.length}</strong> with problems, left out
        </li>
        <li>
          <strong>{dependencies.length}</strong> dependencies to add
        </li>
      </ul>
      {problems.length > 0 && (
        <section aria-label="Problems">
          <h3>Problems</h3>
          <table className="import-problems">
            <thead>
              <tr>
                <th scope="col">Sheet</th>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Value</th>
                <th scope="col">What is expected</th>
              </tr>
            </thead>
            <tbody>
              {problems.slice(0, LISTED).map((p, i) => (
                <tr key={i}>
                  <td>{p.sheet}</td>
                  <td>{p.row}</td>
                  <td>{p.column}</td>
                  <td className="value">{p.value}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {problems.length > LISTED && <p className="muted small">and {problems.length - LISTED} more</p>}
        </section>
      )}
      {updates.length > 0 && (
        <section aria-label="Changes">
          <h3>Changes</h3>
          <ul className="import-diff">
            {updates.slice(0, LISTED).map((u) => (
              <li key={u.id}>
                <strong>{u.name}</strong> <span className="muted small">row {u.row}</span>
                <ul>
                  {u.diffs.map((d) => (
                    <li key={d.field}>
                      {d.label}: <del>{d.from || '(blank)'}</del> → <ins>{d.to || '(blank)'}</ins>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
      {adds.length > 0 && (
        <section aria-label="New workloads">
          <h3>New workloads</h3>
          <p className="small">{adds.slice(0, LISTED).map((a) => a.workload.name).join(', ')}</p>
        </section>
      )}
      {missing.length > 0 && (
        <section aria-label="Missing from the file">
          <h3>Not in the file</h3>
          <p className="small">
            {missing.length === 1 ? 'One workload of this estate is' : `${missing.length} workloads of this estate are`} not in the returned workbook: {missing.slice(0, 40).map((m) => m.name).join(', ')}
            {missing.length > 40 ? ` and ${missing.length - 40} more` : ''}.
          </p>
          <label className="setting inline">
            <input type="checkbox" checked={removeMissing} onChange={(e) => onRemoveMissing(e.target.checked)} /> Remove {missing.length === 1 ? 'it' : 'them'} from the estate, with their dependencies
          </label>
        </section>
      )}
    </div>
  );
}
