import type { ImportPreview, ImportProblem } from '../../../shared/import/import-plan';
import type { PreviewSample } from '../../../shared/import/preview-sample';

const LISTED = 200;

/** Problems (which block) or warnings (which do not), each at its sheet, row and column. */
function CellNotes({ label, title, notes, kind }: { label: string; title: string; notes: ImportProblem[]; kind: 'problem' | 'warning' }) {
  if (notes.length === 0) return null;
  return (
    <section aria-label={label}>
      <h3>{title}</h3>
      <table className={`import-problems ${kind}s`}>
        <thead>
          <tr>
            <th scope="col">Sheet</th>
            <th scope="col">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Value</th>
            <th scope="col">{kind === 'problem' ? 'What is expected' : 'What looks wrong'}</th>
          </tr>
        </thead>
        <tbody>
          {notes.slice(0, LISTED).map((p, i) => (
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
      {notes.length > LISTED && <p className="muted small">and {notes.length - LISTED} more</p>}
    </section>
  );
}

/** The first rows as they will be stored: converted values with their unit, the file's text beside what changed. */
function AsStored({ sample }: { sample: PreviewSample }) {
  if (sample.rows.length === 0 || sample.columns.length === 0) return null;
  return (
    <section aria-label="As stored">
      <h3>
        As stored <span className="muted small">the first {sample.rows.length === 1 ? 'row' : `${sample.rows.length} rows`}; ← shows what the file said where it was read differently</span>
      </h3>
      <div className="as-stored-scroll">
        <table className="as-stored">
          <thead>
            <tr>
              <th scope="col">Row</th>
              {sample.columns.map((c) => (
                <th scope="col" key={c.column} title={c.header}>
                  <span className="target">{c.target}</span>
                  <span className="column-facts">
                    {c.header !== c.target && <span className="muted">{c.header}</span>}
                    {c.unit && <span className="unit">{c.unit}</span>}
                    {c.style && <span className={c.style === 'ambiguous' ? 'style asking' : 'style'}>{c.style === 'ambiguous' ? 'numbers ambiguous' : `as ${c.style}`}</span>}
                    <span className={c.filled < c.total ? 'coverage partial' : 'coverage'} aria-label={`${c.filled} of ${c.total} rows have a value`}>
                      {c.filled}/{c.total} filled
                    </span>
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sample.rows.map((r) => (
              <tr key={r.row} className={r.skipped ? 'skipped' : undefined} aria-label={`Row ${r.row}: ${r.name}`}>
                <th scope="row">{r.row}</th>
                {r.cells.map((cell) => (
                  <td key={cell.column} className={cell.problem ? 'problem' : cell.warning ? 'warning' : undefined} title={cell.problem ?? cell.warning}>
                    <span className="stored">{cell.shown}</span>
                    {cell.from !== undefined && <span className="from"> ← {cell.from}</span>}
                    {(cell.problem || cell.warning) && <span className="cell-note">{cell.problem ?? cell.warning}</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** What confirming would do: counts, the rows as stored, the diff, the problems and warnings at their cells, and what is missing. */
export function PreviewStep({ preview, removeMissing, onRemoveMissing }: { preview: ImportPreview; removeMissing: boolean; onRemoveMissing(on: boolean): void }) {
  const { adds, updates, unchanged, skipped, missing, dependencies, problems, warnings = [], sample } = preview;
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
        <li className={warnings.length ? 'warn' : ''}>
          <strong>{warnings.length}</strong> to check
        </li>
        <li>
          <strong>{dependencies.length}</strong> dependencies to add
        </li>
      </ul>
      <CellNotes label="Problems" title="Problems" notes={problems} kind="problem" />
      <CellNotes label="Warnings" title="To check (imported as they are)" notes={warnings} kind="warning" />
      {sample && <AsStored sample={sample} />}
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
          <p className="small">
            {adds
              .slice(0, LISTED)
              .map((a) => a.workload.name)
              .join(', ')}
          </p>
        </section>
      )}
      {missing.length > 0 && (
        <section aria-label="Missing from the file">
          <h3>Not in the file</h3>
          <p className="small">
            {missing.length === 1 ? 'One workload of this estate is' : `${missing.length} workloads of this estate are`} not in the returned workbook:{' '}
            {missing
              .slice(0, 40)
              .map((m) => m.name)
              .join(', ')}
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
