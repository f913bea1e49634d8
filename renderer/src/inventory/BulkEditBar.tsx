import { useId, useState } from 'react';
import { duplicateWorkloads, removeWorkloads } from '../../../shared/changes/builders';
import { labelOf } from '../../../shared/domain/enums';
import { FIELD_BY_KEY, WORKLOAD_FIELDS } from '../../../shared/domain/workload-fields';
import type { WorkloadField } from '../../../shared/domain/workload';
import { ConfirmModal } from '../components/Modal';
import { useAppStore } from '../store/app-store';
import { useEstateStore } from '../store/estate-store';
import { commitCellText } from './commit-cell';
import { listNames, withoutMissingReasons } from './bulk-tier';
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
    if (!snapshot) return;
    const targets = snapshot.workloads.filter((w) => selected.has(w.id));
    const result = commitCellText(spec, text, targets);
    if (!result.ok) return setError(result.draft.error);
    const notify = useAppStore.getState().notify;
    const label = spec.label.toLowerCase();
    // A weaker tier needs each workload's own reason: those are left as they were and
    // named, the others are set (never a success message over a refused edit).
    const { changes, needReason } = spec.key === 'chosenTier' ? withoutMissingReasons(snapshot, result.changes) : { changes: result.changes, needReason: [] };
    const unchanged = targets.length - result.changes.length;
    const already = unchanged > 0 ? ` ${unchanged} already had it.` : '';
    const skipped = needReason.length
      ? ` ${needReason.length} left as ${needReason.length === 1 ? 'it was' : 'they were'}: ${listNames(needReason)} ${needReason.length === 1 ? 'needs' : 'each need'} a reason for a tier weaker than recommended (give it in Tiers).`
      : '';
    if (changes.length === 0) return notify(needReason.length ? 'error' : 'info', needReason.length ? `Nothing set.${skipped}` : `All ${targets.length} already have that ${label}.`);
    if (!estate().commit(changes, `Set ${spec.label} on ${changes.length}`)) return;
    const on = changes.length === targets.length ? `${changes.length} workloads` : `${changes.length} of ${targets.length} workloads`;
    notify(needReason.length ? 'error' : 'info', `Set ${label} on ${on}.${already}${skipped}`);
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
