import { useState } from 'react';
import type { Blackout } from '../../../shared/domain/blackout';
import { MAX_WORKLOAD_BLACKOUTS } from '../../../shared/domain/blackout';
import { windowWords } from '../../../shared/domain/workload-dates';

type Props = { id: string; value: readonly Blackout[]; onChange(value: Blackout[]): void };

/** Why the window being added cannot be added, or null. The same limits as the workload schema, said before anything is sent. */
function problemOf(draft: Blackout, count: number): string | null {
  if (!draft.from || !draft.to) return 'Choose both dates.';
  if (draft.to < draft.from) return 'The end is before the start.';
  if (/[;\r\n]/.test(draft.label)) return 'A label cannot hold “;”.';
  if (count >= MAX_WORKLOAD_BLACKOUTS) return `At most ${MAX_WORKLOAD_BLACKOUTS} windows.`;
  return null;
}

/** A workload's own blackout windows in the detail panel: listed, each removable, and a small form to add one. */
export function OwnBlackoutsInput({ id, value, onChange }: Props) {
  const [draft, setDraft] = useState<Blackout>({ from: '', to: '', label: '' });
  const problem = problemOf(draft, value.length);
  const add = () => {
    if (problem) return;
    onChange([...value, { ...draft, label: draft.label.trim() }].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to)));
    setDraft({ from: '', to: '', label: '' });
  };
  return (
    <div className="own-blackouts" id={id}>
      {value.length > 0 && (
        <ul aria-label="Own blackout windows">
          {value.map((b, i) => (
            <li key={`${b.from}-${b.to}-${i}`}>
              <span>
                {windowWords(b)}
                {b.label && <span className="muted"> · {b.label}</span>}
              </span>
              <button type="button" className="link" aria-label={`Remove the blackout ${windowWords(b)}`} onClick={() => onChange(value.filter((_, k) => k !== i))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="blackout-add">
        <input
          className="text-input small"
          type="date"
          min="1900-01-01"
          max="2999-12-31"
          aria-label="Own blackout from"
          value={draft.from}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
        />
        <input className="text-input small" type="date" min="1900-01-01" max="2999-12-31" aria-label="Own blackout to" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        <input
          className="text-input small wide"
          aria-label="Own blackout label"
          placeholder="Why, e.g. December freeze"
          maxLength={120}
          value={draft.label}
          onChange={(e) => setDraft({ ...draft, label: e.target.value })}
          onKeyDown={(e) => e.key === 'Enter' && add()}
        />
      </div>
      <div>
        <button type="button" className="button small" disabled={problem !== null} title={problem ?? ''} onClick={add}>
          Add window
        </button>
        {problem && (draft.from || draft.to || draft.label) && <span className="field-error"> {problem}</span>}
      </div>
    </div>
  );
}
