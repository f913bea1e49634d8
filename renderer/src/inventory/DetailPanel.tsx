import { useMemo } from 'react';
import { labelOf } from '../../../shared/domain/enums';
import type { SensitivitySource } from '../../../shared/domain/sensitivity';
import type { Workload } from '../../../shared/domain/workload';
import { FIELD_GROUP_LABELS, WORKLOAD_FIELDS, type FieldGroup } from '../../../shared/domain/workload-fields';
import { SensitivityChip } from '../components/Chips';
import { useEstateStore } from '../store/estate-store';
import { TierSection } from '../tiers/TierSection';
import { FieldInput } from './FieldInput';

const GROUPS = Object.keys(FIELD_GROUP_LABELS) as FieldGroup[];
/** Edited in the tier block, where a weaker choice asks for its reason. */
const TIER_SECTION_FIELDS: ReadonlySet<string> = new Set(['chosenTier', 'tierOverrideReason']);

type Props = { workload: Workload | undefined; sensitivity: SensitivitySource | undefined; embedded?: boolean };

/** What a workload needs and what needs it, named, with the kind of each link. */
function DependencyLists({ workload }: { workload: Workload }) {
  const snapshot = useEstateStore((s) => s.snapshot);
  const { needs, neededBy, nameOf } = useMemo(() => {
    const deps = snapshot?.dependencies ?? [];
    const names = new Map((snapshot?.workloads ?? []).map((w) => [w.id, w.name]));
    return {
      needs: deps.filter((d) => d.consumerId === workload.id),
      neededBy: deps.filter((d) => d.providerId === workload.id),
      nameOf: (id: string) => names.get(id) ?? id,
    };
  }, [snapshot, workload.id]);
  const line = (other: string, kind: string, coupling: string) => (
    <li key={`${other}-${kind}`}>
      <span>{nameOf(other)}</span>
      <span className="muted">
        {kind}, {coupling}
      </span>
    </li>
  );
  return (
    <fieldset className="detail-group" aria-label="Dependencies">
      <legend>Dependencies</legend>
      <div className="dep-heading">Needs ({needs.length})</div>
      {needs.length ? <ul className="dep-list">{needs.map((d) => line(d.providerId, d.kind, d.coupling))}</ul> : <p className="muted small">Nothing recorded.</p>}
      <div className="dep-heading">Needed by ({neededBy.length})</div>
      {neededBy.length ? <ul className="dep-list">{neededBy.map((d) => line(d.consumerId, d.kind, d.coupling))}</ul> : <p className="muted small">Nothing recorded.</p>}
    </fieldset>
  );
}

/** Every field of the active workload, grouped; the grid shows only the common ones. */
export function DetailPanel({ workload, sensitivity, embedded = false }: Props) {
  const Wrapper = embedded ? 'section' : 'aside';
  // Nothing selected takes no room: the grid gets the width (the keys are hinted under it).
  if (!workload) return null;
  const change = (field: keyof Omit<Workload, 'id'>, label: string) => (value: unknown) =>
    useEstateStore.getState().commit([{ op: 'updateWorkload', id: workload.id, field, value }], `Change ${label}`);
  return (
    <Wrapper className={`detail-panel${embedded ? ' embedded' : ''}`} aria-label="Workload details">
      <header className="detail-header">
        <h2>{workload.name}</h2>
        <div className="detail-sub">{[workload.system, labelOf(workload.environment), labelOf(workload.kind)].filter(Boolean).join(' · ')}</div>
        {sensitivity && (
          <div className="detail-sensitivity">
            <SensitivityChip level={sensitivity.level} />
            <span>{sensitivity.reason.replace(/^\w+: /, '')}</span>
          </div>
        )}
      </header>
      <TierSection workload={workload} />
      {GROUPS.map((group) => (
        <fieldset key={group} className="detail-group">
          <legend>{FIELD_GROUP_LABELS[group]}</legend>
          {WORKLOAD_FIELDS.filter((f) => f.group === group && !TIER_SECTION_FIELDS.has(f.key)).map((field) => (
            <div key={field.key} className={`detail-field${field.type === 'bool' ? ' inline' : ''}`}>
              <label htmlFor={`detail-${field.key}`} title={field.help}>
                {field.label}
                {field.type === 'number' && field.unit && <span className="unit"> ({field.unit})</span>}
              </label>
              <FieldInput key={workload.id} idPrefix="detail" field={field} workload={workload} onChange={change(field.key, field.label)} />
              {field.help && field.type !== 'bool' && <div className="field-help">{field.help}</div>}
            </div>
          ))}
        </fieldset>
      ))}
      <DependencyLists workload={workload} />
    </Wrapper>
  );
}
