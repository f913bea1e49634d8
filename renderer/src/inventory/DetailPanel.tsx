import { labelOf } from '../../../shared/domain/enums';
import type { SensitivitySource } from '../../../shared/domain/sensitivity';
import type { Workload } from '../../../shared/domain/workload';
import { FIELD_GROUP_LABELS, WORKLOAD_FIELDS, type FieldGroup } from '../../../shared/domain/workload-fields';
import { SensitivityChip } from '../components/Chips';
import { useEstateStore } from '../store/estate-store';
import { FieldInput } from './FieldInput';

const GROUPS = Object.keys(FIELD_GROUP_LABELS) as FieldGroup[];

type Props = { workload: Workload | undefined; sensitivity: SensitivitySource | undefined; dependencyCount: number };

/** Every field of the active workload, grouped; the grid shows only the common ones. */
export function DetailPanel({ workload, sensitivity, dependencyCount }: Props) {
  if (!workload) {
    return (
      <aside className="detail-panel empty" aria-label="Workload details">
        <p>Select a workload to see and edit all its fields.</p>
        <p className="hint">Arrow keys move, Enter edits, Tab goes to the next cell, and a block copied from Excel pastes into the grid.</p>
      </aside>
    );
  }
  const change = (field: keyof Omit<Workload, 'id'>, label: string) => (value: unknown) =>
    useEstateStore.getState().commit([{ op: 'updateWorkload', id: workload.id, field, value }], `Change ${label}`);
  return (
    <aside className="detail-panel" aria-label="Workload details">
      <header className="detail-header">
        <h2>{workload.name}</h2>
        <div className="detail-sub">
          {[workload.system, labelOf(workload.environment), labelOf(workload.kind)].filter(Boolean).join(' · ')}
        </div>
        {sensitivity && (
          <div className="detail-sensitivity">
            <SensitivityChip level={sensitivity.level} />
            <span>{sensitivity.reason.replace(/^\w+: /, '')}</span>
          </div>
        )}
        <div className="detail-sub">{dependencyCount === 1 ? '1 dependency' : `${dependencyCount} dependencies`}</div>
      </header>
      {GROUPS.map((group) => (
        <fieldset key={group} className="detail-group">
          <legend>{FIELD_GROUP_LABELS[group]}</legend>
          {WORKLOAD_FIELDS.filter((f) => f.group === group).map((field) => (
            <div key={field.key} className={`detail-field${field.type === 'bool' ? ' inline' : ''}`}>
              <label htmlFor={`detail-${field.key}`} title={field.help}>
                {field.label}
                {field.type === 'number' && field.unit && <span className="unit"> ({field.unit})</span>}
              </label>
              <FieldInput key={workload.id} idPrefix="detail" field={field} value={workload[field.key]} onChange={change(field.key, field.label)} />
              {field.help && field.type !== 'bool' && <div className="field-help">{field.help}</div>}
            </div>
          ))}
        </fieldset>
      ))}
    </aside>
  );
}
