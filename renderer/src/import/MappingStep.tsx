import { TARGET_OPTIONS, targetFromId, targetId, type Mapping } from '../../../shared/excel/header-mapping';
import { columnName } from '../../../shared/excel/import-plan';

/** Each of the file's columns with a few of its values and the field it goes to. */
export function MappingStep({ header, rows, mapping, onChange }: { header: readonly string[]; rows: readonly string[][]; mapping: Mapping; onChange(mapping: Mapping): void }) {
  const samples = (c: number) =>
    rows
      .slice(1, 200)
      .map((r) => (r[c] ?? '').trim())
      .filter(Boolean)
      .slice(0, 3);
  const named = mapping.some((t) => t.to === 'field' && t.field === 'name');
  return (
    <div className="mapping-step">
      {!named && <p className="field-error">Choose the column that holds each workload’s name: a row needs one.</p>}
      <table className="mapping-table">
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">In the file</th>
            <th scope="col">Goes to</th>
          </tr>
        </thead>
        <tbody>
          {header.map((h, c) => (
            <tr key={`${c}-${h}`}>
              <th scope="row">
                <span className="muted small">{columnName(c)}</span> {h || <em className="muted">no header</em>}
              </th>
              <td className="muted small">{samples(c).join(' · ') || '(empty)'}</td>
              <td>
                <select
                  className="select small"
                  aria-label={`Field for ${h || columnName(c)}`}
                  value={targetId(mapping[c] ?? { to: 'ignore' })}
                  onChange={(e) => onChange(mapping.map((t, i) => (i === c ? targetFromId(e.target.value) : t)))}
                >
                  {TARGET_OPTIONS.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
