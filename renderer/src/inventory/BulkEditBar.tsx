import { useId, useState } from 'react';
import { duplicateWorkloads, removeWorkloads } from '../../../shared/changes/builders';
import { labelOf } from '../../../shared/domain/enums';
import { FIELD_BY_KEY, WORKLOAD_FIELDS } from '../../../shared/domain/workload-fields';
import type { WorkloadField } from '../../../shared/domain/workload';
import { ConfirmModal } from '../components/Modal';
import { useAppStore } from '../store/app-store';
import { useEstateStore } from '../store/estate-store';
import { commitCellText } from './commit-cell';
import { useInventoryView } from './view-state';

const BULK_FIELDS = WORKLOAD_FIELDS.filter((f) => f.key !== 'name');

/** Acts on the selected rows: set one field on all of them, duplicate, delete. */
export function BulkEditBar() {
  const selected = useInventoryView((s) => s.selected);
  const [field, setField] = useState<WorkloadField>('environment');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const listId = useId();
  if (selected.size === 0) return null;
  const spec = FIELD_BY_KEY[field];
  const ids = [...selected];
  const estate = useEstateStore.getState;

  const apply = () => {
    const snapshot = estate().snapshot;
    const result = commitCellText(spec, text, snapshot?.workloads.filter((w) => selected.has(w.id)) ?? []);
    if (!result.ok) return setError(result.draft.error);
    if (!snapshot) return;
    const { changes } = result;
    if (changes.length === 0) return useAppStore.getState().notify('info', `All ${ids.length} already have that ${spec.label.toLowerCase()}.`);
    estate().commit(changes, `Set ${spec.label} on ${changes.length}`);
    useAppStore.getState().notify('info', `Set ${spec.label.toLowerCase()} on ${changes.length} workloads.`);
  };

  const duplicate = () => {
    const snapshot = estate().snapshot;
    if (snapshot)
      estate().commit(
        duplicateWorkloads(snapshot, ids, () => crypto.randomUUID()),
        `Duplicate ${ids.length}`,
      );
  };

  const remove = () => {
    const snapshot = estate().snapshot;
    if (!snapshot) return;
    estate().commit(removeWorkloads(snapshot, ids), `Delete ${ids.length}`);
    useInventoryView.getState().setSelected(new Set(), null);
    useAppStore.getState().notify('info', `Deleted ${ids.length} workloads. Ctrl+Z brings them back.`);
  };

  const options = spec.type === 'enum' || spec.type === 'set' ? spec.options : [];
  return (
    <div className="bulk-bar" role="region" aria-label="Selected workloads">
      <strong>{selected.size} selected</strong>
      <span className="bulk-set">
        <label htmlFor="bulk-field">Set</label>
        <select
          id="bulk-field"
          className="select"
          value={field}
          onChange={(e) => {
            setField(e.target.value as WorkloadField);
            setText('');
            setError(null);
          }}
        >
          {BULK_FIELDS.map((f) => (
            <option key={f.key} value={f.key}>
              {f.label}
            </option>
          ))}
        </select>
        <label htmlFor="bulk-value">to</label>
        <input
          id="bulk-value"
          className={`text-input${error ? ' invalid' : ''}`}
          value={text}
          list={options.length ? listId : undefined}
          placeholder={
            spec.type === 'set' || spec.type === 'tags'
              ? 'comma-separated'
              : spec.type === 'bool'
                ? 'yes or no'
                : spec.type === 'date'
                  ? 'yyyy-mm-dd; blank clears'
                  : spec.type === 'blackouts'
                    ? 'from..to label; …'
                    : 'blank clears'
          }
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => e.key === 'Enter' && apply()}
        />
        {options.length > 0 && (
          <datalist id={listId}>
            {options.map((o) => (
              <option key={String(o)} value={field === 'criticality' ? String(o) : labelOf(o)} />
            ))}
          </datalist>
        )}
        <button type="button" className="button small primary" onClick={apply}>
          Apply
        </button>
      </span>
      {error && <span className="field-error">{error}</span>}
      <span className="spacer" />
      <button type="button" className="button small" onClick={duplicate}>
        Duplicate
      </button>
      <button type="button" className="button small danger" onClick={() => setConfirmDelete(true)}>
        Delete
      </button>
      <button type="button" className="button small quiet" onClick={() => useInventoryView.getState().setSelected(new Set(), null)}>
        Clear selection
      </button>
      {confirmDelete && (
        <ConfirmModal title="Delete workloads" confirm={`Delete ${ids.length}`} danger onConfirm={remove} onClose={() => setConfirmDelete(false)}>
          <p>Delete {ids.length === 1 ? 'this workload' : `these ${ids.length} workloads`} and the dependencies that touch them? Undo (Ctrl+Z) brings them back.</p>
        </ConfirmModal>
      )}
    </div>
  );
}
