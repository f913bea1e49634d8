import { useEffect, useRef, useState } from 'react';

// A figure that opens to say how it was computed: the explanation is made only when
// opened, since a large estate shows thousands of figures.

export function Figure({ text, explain, label, strong }: { text: string; explain(): string; label: string; strong?: boolean }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !box.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('mousedown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('mousedown', close);
      window.removeEventListener('keydown', close);
    };
  }, [open]);
  return (
    <span className="figure" ref={box}>
      <button type="button" className={`figure-button${strong ? ' strong' : ''}`} aria-expanded={open} aria-label={`${label}: ${text}. How it was computed`} onClick={() => setOpen(!open)}>
        {text}
      </button>
      {open && (
        <span className="figure-how" role="note">
          <strong>{label}</strong>
          {explain()}
        </span>
      )}
    </span>
  );
}
