import type { DependencyEditableField } from '../../../shared/changes/change-set';
import { COUPLINGS, DATA_CLASSES, DEPENDENCY_KINDS } from '../../../shared/domain/enums';
import type { Dependency } from '../../../shared/domain/dependency';
import { ToggleChips } from '../components/ToggleChips';
import { useEstateStore } from '../store/estate-store';
import { useGraphView } from './graph-view-state';

type Props = { dependency: Dependency; nameOf(id: string): string };

/** Edits the selected dependency; every change is a change set like any other edit. */
export function DependencyPanel({ dependency: d, nameOf }: Props) {
  const set = (field: DependencyEditableField, value: unknown) => useEstateStore.getState().commit([{ op: 'updateDependency', id: d.id, field, value }], `Change dependency ${field}`);
  const remove = () => {
    if (useEstateStore.getState().commit([{ op: 'removeDependency', id: d.id }], 'Delete dependency')) useGraphView.getState().select(null);
  };
  return (
    <div className="side-section">
      <h2 className="side-title">Dependency</h2>
      <p className="dep-ends">
        <button type="button" className="link" onClick={() => useGraphView.getState().select({ kind: 'workload', id: d.consumerId })}>
          {nameOf(d.consumerId)}
        </button>{' '}
        depends on{' '}
        <button type="button" className="link" onClick={() => useGraphView.getState().select({ kind: 'workload', id: d.providerId })}>
          {nameOf(d.providerId)}
        </button>
      </p>
      <div className="detail-field">
        <label htmlFor="dep-kind">Kind</label>
        <select id="dep-kind" className="select" value={d.kind} onChange={(e) => set('kind', e.target.value)}>
          {DEPENDENCY_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </div>
      <div className="detail-field">
        <label htmlFor="dep-coupling">Coupling</label>
        <select id="dep-coupling" className="select" value={d.coupling} onChange={(e) => set('coupling', e.target.value)}>
          {COUPLINGS.map((c) => (
            <option key={c} value={c}>
              {c === 'tight' ? 'Tight (must move together)' : 'Loose (can run across a hybrid link)'}
            </option>
          ))}
        </select>
      </div>
      <div className="detail-field">
        <span className="label">Data it carries</span>
        <ToggleChips label="Data it carries" options={DATA_CLASSES} value={d.dataClasses} onChange={(classes) => set('dataClasses', classes)} />
      </div>
      <div className="detail-field">
        <label htmlFor="dep-protocol">Protocol / port</label>
        <input key={`p-${d.id}`} id="dep-protocol" className="text-input" defaultValue={d.protocol} maxLength={200} onBlur={(e) => e.target.value !== d.protocol && set('protocol', e.target.value)} />
      </div>
      <div className="detail-field">
        <label htmlFor="dep-notes">Notes</label>
        <textarea key={`n-${d.id}`} id="dep-notes" className="text-input" rows={3} defaultValue={d.notes} onBlur={(e) => e.target.value !== d.notes && set('notes', e.target.value)} />
      </div>
      <button type="button" className="button danger small" onClick={remove}>
        Delete dependency
      </button>
    </div>
  );
}
