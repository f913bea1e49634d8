import { useEffect, useId, useRef, useState } from 'react';
import { labelOf } from '../../../shared/domain/enums';
import type { FieldSpec } from '../../../shared/domain/workload-fields';
import { commitCellText } from './commit-cell';

type Props = {
  field: FieldSpec;
  initial: string;
  onCommit(text: string, move: 'down' | 'right' | 'left' | 'none'): void;
  onCancel(): void;
};

/**
 * The in-cell editor: a text box (with suggestions for closed lists) whose text is
 * parsed on Enter or Tab. What does not parse stays in the box with the reason,
 * so nothing typed is lost; Escape gives up the edit.
 */
export function CellEditor({ field, initial, onCommit, onCancel }: Props) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // Set once Enter, Tab or Escape has ended the edit: the blur that follows the
  // editor's removal must not commit a second time.
  const finished = useRef(false);
  const listId = useId();

  useEffect(() => {
    const el = input.current;
    if (!el) return;
    el.focus();
    // Typing a character replaces the cell; Enter/F2 keeps its text and puts the caret at the end.
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const commit = (move: 'down' | 'right' | 'left' | 'none') => {
    // Only whether it parses: the grid makes the change (onCommit), for the cell the editor was opened on.
    const result = commitCellText(field, text, []);
    if (!result.ok) {
      setError(result.draft.error);
      return;
    }
    finished.current = true;
    onCommit(text, move);
  };

  const options = field.type === 'enum' || field.type === 'set' ? field.options : [];
  return (
    <div className="cell-editor">
      <input
        ref={input}
        className={error ? 'invalid' : undefined}
        value={text}
        list={options.length ? listId : undefined}
        aria-label={field.label}
        aria-invalid={error !== null}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') {
            e.preventDefault();
            commit('down');
          } else if (e.key === 'Tab') {
            e.preventDefault();
            commit(e.shiftKey ? 'left' : 'right');
          } else if (e.key === 'Escape') {
            e.preventDefault();
            finished.current = true;
            onCancel();
          }
        }}
        onBlur={() => {
          // Clicking elsewhere keeps a valid edit; an invalid one stays as a draft (see InventoryGrid).
          if (finished.current) return;
          finished.current = true;
          onCommit(text, 'none');
        }}
      />
      {options.length > 0 && (
        <datalist id={listId}>
          {options.map((o) => (
            <option key={String(o)} value={labelOf(o)} />
          ))}
        </datalist>
      )}
      {error && (
        <div className="cell-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
