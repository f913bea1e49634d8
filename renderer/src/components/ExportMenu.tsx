import { useCallback, useRef, useState } from 'react';
import { boardPackHash } from '../../../shared/board-pack/print-route';
import { exportAs, type ExportKind } from '../actions';
import { useAppStore } from '../store/app-store';
import { useMenuDismiss } from './use-menu-dismiss';

export const EXPORT_ITEMS: { kind: ExportKind; label: string; help: string }[] = [
  { kind: 'workbook', label: 'Plan workbook for the client (.xlsx)', help: 'Summary, inventory, dependencies, waves, cutover, rollback, costs and findings' },
  { kind: 'board-pack', label: 'Board pack (PDF)…', help: 'Executive summary, waves, tiers, findings, costs and rollback, for the board' },
  { kind: 'inventory-csv', label: 'Inventory as CSV', help: 'One row per workload, every field' },
  { kind: 'waves-csv', label: 'Waves as CSV', help: 'Dates, members, gates, risk' },
  { kind: 'estate', label: 'Estate file (.waveplan)', help: 'A copy of this estate to open in Waveplan' },
];

/** The export choices as menu items, in the Export menu and in the folded More menu alike. */
export function ExportItems({ estateId, onChosen }: { estateId: string; onChosen(): void }) {
  // In the browser the board pack also opens as a page of its own, to print with the browser's Print (the tab shares this one's session and token).
  const inBrowser = useAppStore((s) => s.info?.host === 'web');
  const items = EXPORT_ITEMS.map((item) => (
    <button
      key={item.kind}
      type="button"
      role="menuitem"
      className="menu-item"
      onClick={() => {
        onChosen();
        void exportAs(item.kind, estateId);
      }}
    >
      <span>{item.label}</span>
      <span className="muted small">{item.help}</span>
    </button>
  ));
  if (!inBrowser) return items;
  return [
    ...items.slice(0, 2),
    <button
      key="board-pack-preview"
      type="button"
      role="menuitem"
      className="menu-item"
      onClick={() => {
        onChosen();
        window.open(`${window.location.pathname}${boardPackHash({ estateId })}`, '_blank');
      }}
    >
      <span>Board pack, print preview</span>
      <span className="muted small">Opens in a new tab, to print or save as PDF from the browser</span>
    </button>,
    ...items.slice(2),
  ];
}

/** The top bar's Export: the client workbook, CSVs and the estate file. */
export function ExportMenu({ estateId }: { estateId: string | undefined }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useMenuDismiss(box, open, close);
  return (
    <div className="menu-anchor bar-fold" ref={box}>
      <button type="button" className="bar-button" disabled={!estateId} aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Export ▾
      </button>
      {open && estateId && (
        <div className="menu" role="menu" aria-label="Export">
          <ExportItems estateId={estateId} onChosen={close} />
        </div>
      )}
    </div>
  );
}
