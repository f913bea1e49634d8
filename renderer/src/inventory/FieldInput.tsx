import { useEffect, useState } from 'react';
import { labelOf } from '../../../shared/domain/enums';
import { formatFieldValue, parseFieldText } from '../../../shared/domain/field-text';
import { SENSITIVITY_OF_CLASS } from '../../../shared/domain/sensitivity';
import type { FieldSpec } from '../../../shared/domain/workload-fields';

type Props = { field: FieldSpec; value: unknown; onChange(value: unknown): void; idPrefix?: string };

/**
 * One field of the detail panel, with the control that suits its type. Text and
 * numbers commit on Enter or leaving the box; what does not parse stays with the
 * reason shown and is not saved.
 */
export function FieldInput({ field, value, onChange, idPrefix = 'field' }: Props) {
  const id = `${idPrefix}-${field.key}`;
  switch (field.type) {
    case 'bool':
      return <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />;
    case 'enum':
      return (
        <select id={id} className="select" value={value === null ? '' : String(value)} onChange={(e) => onChange(e.target.value === '' ? null : field.key === 'criticality' ? Number(e.target.value) : e.target.value)}>
          {field.nullable && <option value="">—</option>}
          {field.options.map((o) => (
            <option key={String(o)} value={String(o)}>
              {labelOf(o)}
            </option>
          ))}
        </select>
      );
    case 'set': {
      const chosen = value as string[];
      return (
        <div className="toggle-chips" id={id} role="group" aria-label={field.label}>
          {field.options.map((o) => {
            const on = chosen.includes(o);
            const level = field.key === 'dataClasses' ? ` sens-${SENSITIVITY_OF_CLASS[o as keyof typeof SENSITIVITY_OF_CLASS]}` : '';
            return (
              <button
                key={o}
                type="button"
                className={`chip toggle${on ? ' on' + level : ''}`}
                aria-pressed={on}
                onClick={() => onChange(field.options.filter((x) => (x === o ? !on : chosen.includes(x))))}
              >
                {labelOf(o)}
              </button>
            );
          })}
        </div>
      );
    }
    default:
      return <TextFieldInput id={id} field={field} value={value} onChange={onChange} />;
  }
}

function TextFieldInput({ id, field, value, onChange }: Props & { id: string }) {
  const shown = formatFieldValue(field, value);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  // Follow the estate when the value changes elsewhere (grid, undo), unless the box holds an error.
  useEffect(() => {
    if (!error) setText(shown);
  }, [shown, error]);

  const commit = () => {
    const parsed = parseFieldText(field, text);
    if (!parsed.ok) return setError(parsed.error);
    setError(null);
    if (JSON.stringify(parsed.value) !== JSON.stringify(value)) onChange(parsed.value);
  };
  const common = {
    id,
    className: `text-input${error ? ' invalid' : ''}`,
    value: text,
    'aria-invalid': error !== null,
    onBlur: commit,
  };
  return (
    <>
      {field.type === 'text' && field.multiline ? (
        <textarea {...common} rows={3} onChange={(e) => (setText(e.target.value), setError(null))} />
      ) : (
        <input
          {...common}
          inputMode={field.type === 'number' ? 'decimal' : undefined}
          onChange={(e) => (setText(e.target.value), setError(null))}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') (setText(shown), setError(null));
          }}
        />
      )}
      {error && <div className="field-error">{error}</div>}
    </>
  );
}
