import { useState } from 'react';
import { COUPLINGS, DATA_CLASSES, DEPENDENCY_KINDS, type Coupling, type DataClass, type DependencyKind } from '../../../shared/domain/enums';
import { Modal, ModalActions } from '../components/Modal';
import { ToggleChips } from '../components/ToggleChips';

export interface DependencyDraft {
  kind: DependencyKind;
  coupling: Coupling;
  dataClasses: DataClass[];
  protocol: string;
}

const DEFAULTS_KEY = 'waveplan.dependencyDefaults';

/** What the last new dependency was, so drawing several alike is quick. */
function rememberedDefaults(): DependencyDraft {
  try {
    const saved = JSON.parse(localStorage.getItem(DEFAULTS_KEY) ?? 'null') as Partial<DependencyDraft> | null;
    if (saved && DEPENDENCY_KINDS.includes(saved.kind as DependencyKind) && COUPLINGS.includes(saved.coupling as Coupling)) {
      return {
        kind: saved.kind as DependencyKind,
        coupling: saved.coupling as Coupling,
        dataClasses: (saved.dataClasses ?? []).filter((c) => DATA_CLASSES.includes(c)),
        protocol: saved.protocol ?? '',
      };
    }
  } catch {
    // A damaged entry is simply forgotten.
  }
  return { kind: 'api', coupling: 'loose', dataClasses: [], protocol: '' };
}

type Props = { consumer: string; provider: string; onCreate(draft: DependencyDraft): void; onClose(): void };

export function ConnectDialog({ consumer, provider, onCreate, onClose }: Props) {
  const [draft, setDraft] = useState(rememberedDefaults);
  const create = () => {
    localStorage.setItem(DEFAULTS_KEY, JSON.stringify(draft));
    onCreate(draft);
    onClose();
  };
  return (
    <Modal title="New dependency" onClose={onClose} actions={<ModalActions confirm="Create dependency" onConfirm={create} onClose={onClose} />}>
      <p className="connect-summary">
        <strong>{consumer}</strong> depends on <strong>{provider}</strong>
      </p>
      <div className="connect-grid">
        <label className="field-label">
          Kind
          <select className="select" value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as DependencyKind })}>
            {DEPENDENCY_KINDS.map((k) => (
              <option key={k} value={k}>
                {k === 'hl7-fhir' ? 'HL7 / FHIR' : k === 'api' ? 'API' : k[0]?.toUpperCase() + k.slice(1).replace('-', ' ')}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field-label coupling">
          <legend>Coupling</legend>
          {COUPLINGS.map((c) => (
            <label key={c} className="radio">
              <input type="radio" name="coupling" checked={draft.coupling === c} onChange={() => setDraft({ ...draft, coupling: c })} />
              {c === 'tight' ? 'Tight: must move together' : 'Loose: can run across a hybrid link'}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="field-label">
        Data it carries
        <ToggleChips label="Data it carries" options={DATA_CLASSES} value={draft.dataClasses} onChange={(dataClasses) => setDraft({ ...draft, dataClasses })} />
      </div>
      <label className="field-label">
        Protocol / port
        <input
          className="text-input"
          value={draft.protocol}
          placeholder="e.g. https/443, HL7v2 MLLP"
          maxLength={200}
          onChange={(e) => setDraft({ ...draft, protocol: e.target.value })}
          onKeyDown={(e) => e.key === 'Enter' && create()}
        />
      </label>
    </Modal>
  );
}
