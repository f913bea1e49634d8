import { useCallback, useRef, useState } from 'react';
import { importSpreadsheet } from '../actions';
import { ExportItems } from './ExportMenu';
import { useMenuDismiss } from './use-menu-dismiss';

/**
 * Import and Export folded into one menu, shown instead of them when the window is too
 * narrow for both (a laptop at 1280 px, a projector at 150% zoom): they went off the
 * right edge before. The stylesheet decides which of the two is shown, by width.
 */
export function TopBarMore({ estateId }: { estateId: string | undefined }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useMenuDismiss(box, open, close);
  return (
    <div className="menu-anchor bar-more" ref={box}>
      <button type="button" className="bar-button" disabled={!estateId} aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} title="Import and export">
        More ▾
      </button>
      {open && estateId && (
        <div className="menu" role="menu" aria-label="More">
          <button
            type="button"
            role="menuitem"
            className="menu-item"
            onClick={() => {
              setOpen(false);
              void importSpreadsheet();
            }}
          >
            <span>Import…</span>
            <span className="muted small">Workloads from an .xlsx or CSV inventory, or an exported plan workbook</span>
          </button>
          <div className="menu-heading">Export</div>
          <ExportItems estateId={estateId} onChosen={close} />
        </div>
      )}
    </div>
  );
}
