import { useEffect, useRef, useState } from 'react';
import { exportAs, type ExportKind } from '../actions';

const ITEMS: { kind: ExportKind; label: string; help: string }[] = [
  { kind: 'workbook', label: 'Plan workbook for the client (.xlsx)', help: 'Summary, inventory, dependencies, waves, cutover, rollback, costs and findings' },
  { kind: 'inventory-csv', label: 'Inventory as CSV', help: 'One row per workload, every field' },
  { kind: 'waves-csv', label: 'Waves as CSV', help: 'Dates, members, gates, risk' },
  { kind: 'estate', label: 'Estate file (.waveplan)', help: 'A copy of this estate to open in Waveplan' },
];

/** The top bar's Export: the client workbook, CSVs and the estate file. */
export function ExportMenu({ estateId }: { estateId: string | undefined }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => (e instanceof KeyboardEvent ? e.key === 'Escape' : !box.current?.contains(e.target as Node)) && setOpen(false);
    window.addEventListener('mousedown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('mousedown', close);
      window.removeEventListener('keydown', close);
    };
  }, [open]);
  return (
    <div className="menu-anchor" ref={box}>
      <button type="button" className="bar-button" disabled={!estateId} aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Export ▾
      </button>
      {open && estateId && (
        <div className="menu" role="menu" aria-label="Export">
          {ITEMS.map((item) => (
            <button
              key={item.kind}
              type="button"
              role="menuitem"
              className="menu-item"
              onClick={() => {
                setOpen(false);
                void exportAs(item.kind, estateId);
              }}
            >
              <span>{item.label}</span>
              <span className="muted small">{item.help}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
