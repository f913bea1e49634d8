import { useState } from 'react';
import { labelOf } from '../../../shared/domain/enums';
import { formatFieldValue } from '../../../shared/domain/field-text';
import type { Workload } from '../../../shared/domain/workload';
import type { FieldSpec } from '../../../shared/domain/workload-fields';
import { ToggleChips } from '../components/ToggleChips';
import { commitCellText } from './commit-cell';
import { OwnBlackoutsInput } from './OwnBlackoutsInput';
import type { Blackout } from '../../../shared/domain/blackout';

type Props = { field: FieldSpec; workload: Workload; onChange(value: unknown): void; idPrefix?: string };

/**
 * One field of the detail panel, with the control that suits its type. Text and
 * numbers commit on Enter or leaving the box; what does not parse stays with the
 * reason shown and is not saved.
 */
export function FieldInput({ field, workload, onChange, idPrefix = 'field' }: Props) {
  const id = `${idPrefix}-${field.key}`;
  const value = workload[field.key];
  switch (field.type) {
    case 'bool':
      return <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />;
    case 'enum':
      return (
        <select
          id={id}
          className="select"
          value={value === null ? '' : String(value)}
          onChange={(e) => onChange(e.target.value === '' ? null : field.key === 'criticality' ? Number(e.target.value) : e.target.value)}
        >
          {field.nullable && <option value="">—</option>}
          {field.options.map((o) => (
            <option key={String(o)} value={String(o)}>
              {labelOf(o)}
            </option>
          ))}
        </select>
      );
    case 'set':
      return <ToggleChips id={id} label={field.label} options={field.options} value={value as string[]} onChange={onChange} />;
    case 'date':
      // The browser's date picker gives yyyy-mm-dd or '' (cleared); the field's parser has the last word.
      return (
        <input
          id={id}
          className="text-input"
          type="date"
          min="1900-01-01"
          max="2999-12-31"
          value={String(value)}
          onChange={(e) => {
            const result = commitCellText(field, e.target.value, [workload]);
            if (result.ok && result.changes.length > 0) onChange(result.value);
          }}
        />
      );
    case 'blackouts':
      return <OwnBlackoutsInput id={id} value={value as Blackout[]} onChange={onChange} />;
    default:
      return <TextFieldInput id={id} field={field} workload={workload} onChange={onChange} />;
  }
}

function TextFieldInput({ id, field, workload, onChange }: Props & { id: string }) {
  const shown = formatFieldValue(field, workload[field.key]);
  // What the user is typing, until it is committed or given up. Without a draft the box
  // follows the estate, so edits made elsewhere (grid, undo) show at once.
  const [draft, setDraft] = useState<{ text: string; error: string | null } | null>(null);
  const text = draft?.text ?? shown;
  const error = draft?.error ?? null;

  const commit = () => {
    if (!draft) return;
    const result = commitCellText(field, draft.text, [workload]);
    if (!result.ok) return setDraft(result.draft);
    setDraft(null);
    if (result.changes.length > 0) onChange(result.value);
  };
  const type = (next: string) => setDraft({ text: next, error: null });
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
        <textarea {...common} rows={3} onChange={(e) => type(e.target.value)} />
      ) : (
        <input
          {...common}
          inputMode={field.type === 'number' ? 'decimal' : undefined}
          onChange={(e) => type(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(null);
          }}
        />
      )}
      {error && <div className="field-error">{error}</div>}
    </>
  );
}
