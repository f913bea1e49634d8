import { useState } from 'react';
import type { EditedStep } from '../../../shared/rollback/runbook-edits';
import { editStep, moveStep } from '../../../shared/rollback/runbook-edit-ops';
import type { RunbookEdits } from '../../../shared/rollback/runbook-edits';
import { saveRunbookEdits } from '../store/save-setting';
import { StepTextEditor } from './StepTextEditor';

type Props = { step: EditedStep; number: number; wave: number; edits: RunbookEdits; shown: readonly EditedStep[]; first: boolean; last: boolean; nameOf(id: string): string };

const short = (text: string) => (text.length > 48 ? `${text.slice(0, 45)}…` : text);

/** A free-text field saved when left (or on Enter); Escape puts it back. */
function PersonField({ label, value, onSave }: { label: string; value: string; onSave(value: string): void }) {
  const [text, setText] = useState(value);
  const [was, setWas] = useState(value);
  if (was !== value) {
    setWas(value);
    setText(value);
  }
  const save = () => text.trim() !== value && onSave(text.trim());
  return (
    <input
      className="text-input small person"
      aria-label={label}
      placeholder={label}
      value={text}
      maxLength={120}
      onChange={(e) => setText(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') save();
        if (e.key === 'Escape') setText(value);
      }}
    />
  );
}

/** One runbook step: its words (click to reword), minutes, owner and approver, and its place. */
export function StepRow({ step, number, wave, edits, shown, first, last, nameOf }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [minutesError, setMinutesError] = useState<string | null>(null);
  const save = (fields: Parameters<typeof editStep>[3], label: string) => saveRunbookEdits(editStep(edits, wave, step, fields), label);
  const finish = () => {
    if (draft === null) return;
    const text = draft.trim();
    setDraft(null);
    if (text && text !== step.text) save({ text }, `Reword “${short(step.text)}”`);
  };
  const minutesTitle = step.phase === 'rollback' ? 'Minutes: rollback steps add up to the rollback time' : 'Minutes this step takes';
  return (
    <div className={`step-row${step.removed ? ' removed' : ''}`} data-step={step.id}>
      <span className="step-number">{step.removed ? '–' : number}</span>
      <div className="step-body">
        {draft !== null ? (
          <StepTextEditor label="Step wording" value={draft} help="Enter saves, Shift+Enter for a new line, Escape cancels." onChange={setDraft} onSave={finish} onCancel={() => setDraft(null)} />
        ) : (
          <button type="button" className="step-text" disabled={step.removed} title={step.removed ? 'Removed from the runbook' : 'Click to reword'} onClick={() => setDraft(step.text)}>
            {step.text}
          </button>
        )}
        <div className="step-meta">
          {step.added && <span className="step-mark added">added</span>}
          {step.reworded && (
            <span className="step-mark edited" title={`Generated: ${step.generated ?? ''}`}>
              reworded
            </span>
          )}
          {step.generatedChanged && <span className="step-mark changed">generated wording changed since</span>}
          {step.reworded && !step.removed && (
            <button type="button" className="link small" onClick={() => save({ text: step.generated ?? step.text }, `Reset the wording of “${short(step.text)}”`)}>
              Use the generated wording
            </button>
          )}
          {step.generatedChanged && <span className="generated-now small">Generated now: {step.generated}</span>}
          {minutesError && (
            <span className="field-error" role="alert">
              {minutesError}
            </span>
          )}
          {step.workloadIds.length > 0 && step.workloadIds.length <= 3 && <span className="muted small">{step.workloadIds.map(nameOf).join(', ')}</span>}
        </div>
      </div>
      <label className="step-minutes" title={minutesTitle}>
        <input
          className="text-input small"
          aria-label="Minutes"
          inputMode="numeric"
          defaultValue={step.minutes}
          key={step.minutes}
          disabled={step.removed}
          aria-invalid={minutesError !== null}
          onBlur={(e) => {
            const text = e.target.value.trim();
            const minutes = Number(text);
            if (!/^\d+$/.test(text) || minutes > 10_080) {
              // Said beside the step, and put back: the step keeps its minutes.
              setMinutesError(`Minutes must be a whole number from 0 to 10,080 (a week); “${text}” was not saved.`);
              e.target.value = String(step.minutes);
              return;
            }
            setMinutesError(null);
            if (minutes !== step.minutes) save({ minutes }, `Re-time “${short(step.text)}”`);
          }}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        />
        <span className="muted small">min</span>
      </label>
      <PersonField label="Owner" value={step.owner} onSave={(owner) => save({ owner }, `Set the owner of “${short(step.text)}”`)} />
      <PersonField label="Approver" value={step.approver} onSave={(approver) => save({ approver }, `Set the approver of “${short(step.text)}”`)} />
      <div className="step-actions">
        <button
          type="button"
          className="icon-button"
          aria-label="Move up"
          title="Move up"
          disabled={first}
          onClick={() => saveRunbookEdits(moveStep(edits, wave, shown, step.id, -1), `Move “${short(step.text)}” up`)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Move down"
          title="Move down"
          disabled={last}
          onClick={() => saveRunbookEdits(moveStep(edits, wave, shown, step.id, 1), `Move “${short(step.text)}” down`)}
        >
          ↓
        </button>
        {step.removed ? (
          <button type="button" className="link small" onClick={() => save({ removed: false }, `Restore “${short(step.text)}”`)}>
            Restore
          </button>
        ) : (
          <button type="button" className="link small danger" onClick={() => save({ removed: true }, `Remove “${short(step.text)}”`)}>
            Remove
          </button>
        )}
      </div>
    </div>
  );
}
