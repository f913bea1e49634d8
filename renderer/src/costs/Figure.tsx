import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';

// A figure that opens to say how it was computed: the explanation is made only when
// opened, since a large estate shows thousands of figures. The note is drawn in a
// layer of its own, so a scrolling table or a neighbouring row never covers or clips it.

const WIDTH = 380;

export function Figure({ text, explain, label, strong }: { text: string; explain(): string; label: string; strong?: boolean }) {
  const [open, setOpen] = useState(false);
  const [place, setPlace] = useState<{ left: number; top?: number; bottom?: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const note = useRef<HTMLSpanElement>(null);

  /** Below the figure, or above it when it sits low in the window. */
  const follow = () => {
    if (!button.current) return;
    const r = button.current.getBoundingClientRect();
    const left = Math.max(8, Math.min(r.left, window.innerWidth - WIDTH - 8));
    setPlace(r.bottom + 180 > window.innerHeight ? { left, bottom: window.innerHeight - r.top + 6 } : { left, top: r.bottom + 6 });
  };
  useLayoutEffect(() => {
    if (open) follow();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent) {
        if (e.key === 'Escape') setOpen(false);
      } else if (!button.current?.contains(e.target as Node) && !note.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('mousedown', close);
    window.addEventListener('keydown', close);
    // The note follows its figure when anything scrolls.
    window.addEventListener('scroll', follow, true);
    return () => {
      window.removeEventListener('mousedown', close);
      window.removeEventListener('keydown', close);
      window.removeEventListener('scroll', follow, true);
    };
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className={`figure-button${strong ? ' strong' : ''}`}
        aria-expanded={open}
        aria-label={`${label}: ${text}. How it was computed`}
        onClick={() => setOpen(!open)}
      >
        {text}
      </button>
      {open &&
        place &&
        createPortal(
          <span ref={note} className="figure-how" role="note" style={{ ...place, width: WIDTH }}>
            <strong>{label}</strong>
            {explain()}
          </span>,
          document.body,
        )}
    </>
  );
}
