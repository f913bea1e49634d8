import { useId, useState } from 'react';
import { controlsOf, whyNoControl, type FindingControl } from '../../../shared/controls/rule-controls';
import type { Finding } from '../../../shared/findings/finding';

/**
 * The controls a finding concerns, as compact chips ("HIPAA 164.312(e)(1)"). The title and
 * the reason show on hover (the chip's title) and, for the keyboard and for reading at
 * leisure, in a note under the chips that the chip opens and closes (Enter or Space).
 */
export function FindingControls({ finding }: { finding: Finding }) {
  const controls = controlsOf(finding);
  const [open, setOpen] = useState<string | null>(null);
  const noteId = useId();
  const why = whyNoControl(finding.rule);
  if (controls.length === 0) {
    return why ? (
      <div className="finding-links finding-controls">
        <span className="muted small">Controls</span>
        <span className="muted small no-control">None: {why}</span>
      </div>
    ) : null;
  }
  const shown = controls.find((c) => c.label === open);
  return (
    <>
      <div className="finding-links finding-controls">
        <span className="muted small">Controls</span>
        <span className="control-chips" role="group" aria-label="Controls this finding concerns">
          {controls.map((c) => (
            <button
              key={c.label}
              type="button"
              className={`chip control-chip${open === c.label ? ' open' : ''}`}
              data-control={c.label}
              aria-expanded={open === c.label}
              aria-controls={noteId}
              title={`${c.control.title}: ${c.reason}`}
              onClick={() => setOpen(open === c.label ? null : c.label)}
            >
              <span className="control-framework">{c.control.framework}</span> {c.control.id}
            </button>
          ))}
        </span>
      </div>
      <div id={noteId} className="control-note" role="region" aria-label="Why this control" hidden={!shown}>
        {shown && <ControlNote control={shown} />}
      </div>
    </>
  );
}

function ControlNote({ control: c }: { control: FindingControl }) {
  return (
    <>
      <p className="control-note-title">
        <strong>{c.label}</strong> · {c.control.title}
      </p>
      <p>{c.reason}</p>
      <p className="muted small">What it asks: {c.control.gist}</p>
      <p className="muted small">
        Source: {c.control.source.section}, {c.control.source.document}. The mapping rests on {c.source}.
      </p>
    </>
  );
}
