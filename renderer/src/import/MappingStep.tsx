import { useMemo } from 'react';
import { labelOf } from '../../../shared/domain/enums';
import { TARGET_OPTIONS, targetForHeader, targetId, type ColumnTarget, type Mapping } from '../../../shared/import/header-mapping';
import { columnReadings, type ValueMap } from '../../../shared/import/import-plan';
import { columnName } from '../../../shared/excel/sheet-model';
import type { ColumnReading } from '../../../shared/import/column-reading';
import { valuesToMap } from '../../../shared/import/column-values';
import type { NumberStyle } from '../../../shared/domain/number-style';
import { styleExample } from '../../../shared/domain/read-number';
import { unitsFor } from '../../../shared/import/unit-conversion';
import { unitLabel, type Unit } from '../../../shared/import/units';
import { useEstateStore } from '../store/estate-store';

/** Each of the file's columns with a few of its values and the field it goes to. */
type Props = {
  sheet: string;
  header: readonly string[];
  rows: string[][];
  nativeNumbers?: boolean;
  mapping: Mapping;
  valueMap: ValueMap;
  onChange(mapping: Mapping): void;
  onValueMap(map: ValueMap): void;
};

/**
 * The values of mapped closed-list columns that are not Waveplan's own words, each with
 * what it means: Waveplan's guess pre-filled (marked as a guess), or nothing when it has
 * no idea. Every answer, guessed or chosen, is what the preview reads.
 */
function ValuesToMap({ header, rows, mapping, valueMap, onValueMap }: Omit<Props, 'onChange' | 'sheet'>) {
  const columns = useMemo(() => valuesToMap(rows, mapping), [rows, mapping]);
  if (columns.length === 0) return null;
  return (
    <section className="values-to-map" aria-label="Values to map">
      <h3>Values to map</h3>
      <p className="muted small">Values Waveplan does not know by name. Its guesses are filled in; change any that are wrong. A value left unmapped is reported at its rows in the preview.</p>
      {columns.map(({ column, options, values }) =>
        // The ones without a guess first: they need an answer.
        [...values]
          .sort((a, b) => Number(a.guess !== undefined) - Number(b.guess !== undefined))
          .map(({ value, count, guess }) => {
            const answer = valueMap[column]?.[value];
            const guessed = answer === undefined && guess !== undefined;
            return (
              <label key={`${column}-${value}`} className={`value-map${guessed ? ' guessed' : ''}`}>
                <span>
                  {header[column]}: “{value}”{' '}
                  <span className="muted small">
                    ({count} {count === 1 ? 'row' : 'rows'})
                  </span>
                </span>
                <span className="value-choice">
                  {guessed && (
                    <span className="guess-badge" title="Waveplan’s guess: change it if it is wrong">
                      guess
                    </span>
                  )}
                  <select
                    className="select small"
                    aria-label={`Value for ${header[column]} “${value}”`}
                    value={answer ?? guess ?? ''}
                    onChange={(e) => onValueMap({ ...valueMap, [column]: { ...(valueMap[column] ?? {}), [value]: e.target.value } })}
                  >
                    <option value="">Not mapped</option>
                    {options.map((o) => (
                      <option key={o} value={o}>
                        {labelOf(o)}
                      </option>
                    ))}
                  </select>
                </span>
              </label>
            );
          }),
      )}
    </section>
  );
}

const styleKey = (s: NumberStyle) => `${s.decimal}${s.group}`;

/** A numeric column's unit (read from the header, or the field's own) and, when it matters, how it writes numbers. */
function NumberCell({
  target,
  reading,
  currency,
  label,
  onTarget,
}: {
  target: Extract<ColumnTarget, { to: 'field' }>;
  reading: ColumnReading;
  currency: string;
  label: string;
  onTarget(t: ColumnTarget): void;
}) {
  const units = unitsFor(target.field, currency, reading.unit);
  const { verdict } = reading;
  const options: NumberStyle[] = verdict.kind === 'ambiguous' ? verdict.options : verdict.kind === 'decided' ? [verdict.style] : [];
  if (target.number && !options.some((o) => styleKey(o) === styleKey(target.number as NumberStyle))) options.push(target.number);
  return (
    <div className="number-cell">
      {units.length > 1 && (
        <select
          className="select small unit-select"
          aria-label={`Unit of ${label}`}
          title={reading.unitFrom === 'header' ? 'Read from the header' : reading.unitFrom === 'mapping' ? 'Chosen' : 'The field’s own unit'}
          value={reading.unit}
          onChange={(e) => onTarget({ ...target, unit: e.target.value as Unit })}
        >
          {units.map((u) => (
            <option key={u} value={u}>
              {unitLabel(u)}
              {u === reading.own ? '' : ` → ${unitLabel(reading.own as Unit)}`}
            </option>
          ))}
        </select>
      )}
      {units.length === 1 && <span className="muted small">{unitLabel(units[0] as Unit)}</span>}
      {verdict.kind === 'decided' && !target.number && (
        <span className="number-style muted small" title={`Decided from “${verdict.example}”`}>
          as {styleExample(verdict.style)}
        </span>
      )}
      {(verdict.kind === 'ambiguous' || target.number) && (
        <select
          className={`select small style-select${reading.style ? '' : ' asking'}`}
          aria-label={`Number style of ${label}`}
          value={reading.style ? styleKey(reading.style) : ''}
          onChange={(e) => onTarget({ ...target, number: options.find((o) => styleKey(o) === e.target.value) })}
        >
          {!reading.style && <option value="">{verdict.kind === 'ambiguous' ? `“${verdict.example}” means…?` : 'Numbers as…'}</option>}
          {options.map((o) => (
            <option key={styleKey(o)} value={styleKey(o)}>
              as {styleExample(o)}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}

export function MappingStep({ sheet, header, rows, nativeNumbers, mapping, valueMap, onChange, onValueMap }: Props) {
  const currency = useEstateStore((s) => s.snapshot?.rateCard.currency ?? 'EUR');
  const readings = useMemo(() => columnReadings({ sheet, rows, nativeNumbers }, mapping, currency), [sheet, rows, nativeNumbers, mapping, currency]);
  const samples = (c: number) =>
    rows
      .slice(1, 200)
      .map((r) => (r[c] ?? '').trim())
      .filter(Boolean)
      .slice(0, 3);
  const named = mapping.some((t) => t.to === 'field' && t.field === 'name');
  const setTarget = (c: number, target: ColumnTarget) => onChange(mapping.map((t, i) => (i === c ? target : t)));
  return (
    <div className="mapping-step">
      {!named && <p className="field-error">Choose the column that holds each workload’s name: a row needs one.</p>}
      <table className="mapping-table">
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">In the file</th>
            <th scope="col">Goes to</th>
            <th scope="col">Unit and numbers</th>
          </tr>
        </thead>
        <tbody>
          {header.map((h, c) => {
            const target = mapping[c] ?? { to: 'ignore' };
            const reading = readings.get(c);
            const label = h || columnName(c);
            return (
              <tr key={`${c}-${h}`}>
                <th scope="row">
                  <span className="muted small">{columnName(c)}</span> {h || <em className="muted">no header</em>}
                </th>
                <td className="muted small samples">{samples(c).join(' · ') || '(empty)'}</td>
                <td className="target-cell">
                  <select className="select small" aria-label={`Field for ${label}`} value={targetId(target)} onChange={(e) => setTarget(c, targetForHeader(e.target.value, h))}>
                    {TARGET_OPTIONS.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="unit-cell">
                  {target.to === 'field' && reading && <NumberCell target={target} reading={reading} currency={currency} label={label} onTarget={(t) => setTarget(c, t)} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ValuesToMap header={header} rows={rows} mapping={mapping} valueMap={valueMap} onValueMap={onValueMap} />
    </div>
  );
}
