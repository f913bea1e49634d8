import { useState } from 'react';

// One number in a settings panel: typed as text, checked as typed, saved on Enter or
// when the field is left. `percent` shows a 0-1 share as 0-100; `blank` allows none.

export interface NumberSettingProps {
  label: string;
  help?: string;
  value: number | null;
  min: number;
  max: number;
  whole?: boolean;
  percent?: boolean;
  blank?: boolean;
  compact?: boolean;
  /** Why the range is what it is, when another field sets it ("before and after make at most 15 business days"). */
  rangeWhy?: string;
  onCommit(value: number | null): void;
}

export function NumberSetting({ label, help, value, min, max, whole, percent, blank, compact, rangeWhy, onCommit }: NumberSettingProps) {
  const scale = percent ? 100 : 1;
  const shown = (v: number | null) => (v === null ? '' : String(Math.round(v * scale * 1e6) / 1e6));
  const [text, setText] = useState(shown(value));
  const [was, setWas] = useState(value);
  if (was !== value) {
    setWas(value);
    setText(shown(value));
  }
  const trimmed = text.trim().replace(',', '.');
  const typed = trimmed === '' ? (blank ? null : Number.NaN) : Number(trimmed) / scale;
  const range = `${shown(min)} to ${shown(max)}${percent ? ' %' : ''}`;
  const error =
    typed === null
      ? null
      : !Number.isFinite(typed) || typed < min || typed > max || (whole && !Number.isInteger(typed))
        ? `${whole ? 'A whole number' : 'A number'} from ${range}${rangeWhy ? `: ${rangeWhy}` : ''}.`
        : null;
  const commit = () => {
    if (error || typed === value) return;
    onCommit(typed);
  };
  return (
    <label className={`setting${compact ? ' compact' : ''}`}>
      <span className="setting-label">
        {label}
        {percent ? ' (%)' : ''}
      </span>
      <input
        className={`text-input small${error ? ' invalid' : ''}`}
        inputMode="decimal"
        value={text}
        aria-invalid={error !== null}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {error ? <span className="field-error">{error}</span> : help ? <span className="field-help">{help}</span> : null}
    </label>
  );
}
