// The text box a step is written in, when it is reworded or added: Enter saves, Shift+Enter
// breaks the line, Escape cancels, leaving the box saves.

type Props = { label: string; value: string; help: string; placeholder?: string; className?: string; onChange(text: string): void; onSave(): void; onCancel(): void };

export function StepTextEditor({ label, value, help, placeholder, className = '', onChange, onSave, onCancel }: Props) {
  return (
    <div className={`step-editor ${className}`}>
      <textarea
        className="text-input step-text-input"
        aria-label={label}
        placeholder={placeholder}
        autoFocus
        value={value}
        rows={Math.min(6, Math.max(2, Math.ceil(value.length / 90)))}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            onSave();
          }
          if (e.key === 'Escape') onCancel();
        }}
        onBlur={onSave}
      />
      <span className="field-help">{help}</span>
    </div>
  );
}
