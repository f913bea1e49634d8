import { labelOf } from '../../../shared/domain/enums';
import { FIELD_BY_KEY } from '../../../shared/domain/workload-fields';
import { TARGET_OPTIONS, targetFromId, targetId, type Mapping } from '../../../shared/excel/header-mapping';
import { unknownValues, type ValueMap } from '../../../shared/excel/import-plan';
import { columnName } from '../../../shared/excel/sheet-model';

/** Each of the file's columns with a few of its values and the field it goes to. */
type Props = { sheet: string; header: readonly string[]; rows: string[][]; mapping: Mapping; valueMap: ValueMap; onChange(mapping: Mapping): void; onValueMap(map: ValueMap): void };

/** The values Waveplan does not recognise in a mapped column, each with what it means. */
function ValuesToMap({ sheet, header, rows, mapping, valueMap, onValueMap }: Omit<Props, 'onChange'>) {
  const unknown = unknownValues({ sheet, rows }, mapping);
  if (unknown.length === 0) return null;
  return (
    <section className="values-to-map" aria-label="Values to map">
      <h3>Values to map</h3>
      <p className="muted small">These values are not ones Waveplan knows. Say what each means, or leave it: those rows are reported in the preview.</p>
      {unknown.map(({ column, values }) => {
        const target = mapping[column];
        const field = target?.to === 'field' ? FIELD_BY_KEY[target.field] : undefined;
        const options = field?.type === 'enum' ? field.options.map(String) : ['Yes', 'No'];
        return values.map(({ value, count }) => (
          <label key={`${column}-${value}`} className="value-map">
            <span>
              {header[column]}: “{value}” <span className="muted small">({count} {count === 1 ? 'row' : 'rows'})</span>
            </span>
            <select
              className="select small"
              aria-label={`Value for ${header[column]} “${value}”`}
              value={valueMap[column]?.[value] ?? ''}
              onChange={(e) => onValueMap({ ...valueMap, [column]: { ...(valueMap[column] ?? {}), [value]: e.target.value } })}
            >
              <option value="">Not mapped</option>
              {options.map((o) => (
                <option key={o} value={o}>
                  {labelOf(o)}
                </option>
              ))}
            </select>
          </label>
        ));
      })}
    </section>
  );
}

export function MappingStep({ sheet, header, rows, mapping, valueMap, onChange, onValueMap }: Props) {
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
      <ValuesToMap sheet={sheet} header={header} rows={rows} mapping={mapping} valueMap={valueMap} onValueMap={onValueMap} />
    </div>
  );
}
