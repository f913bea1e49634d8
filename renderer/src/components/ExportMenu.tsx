import { useCallback, useRef, useState } from 'react';
import { boardPackHash } from '../../../shared/board-pack/print-route';
import { exportAs, type ExportKind } from '../actions';
import { startMerge } from '../merge/merge-state';
import { useAppStore } from '../store/app-store';
import { useMenuDismiss } from './use-menu-dismiss';

export const EXPORT_ITEMS: { kind: ExportKind; label: string; help: string }[] = [
  { kind: 'workbook', label: 'Plan workbook for the client (.xlsx)', help: 'Summary, inventory, dependencies, waves, cutover, rollback, costs and findings' },
  { kind: 'board-pack', label: 'Board pack (PDF)…', help: 'Executive summary, waves, tiers, findings, costs and rollback, for the board' },
  { kind: 'inventory-csv', label: 'Inventory as CSV', help: 'One row per workload, every field' },
  { kind: 'waves-csv', label: 'Waves as CSV', help: 'Dates, members, gates, risk' },
  { kind: 'estate', label: 'Estate file (.waveplan)', help: 'A copy of this estate to open in Waveplan' },
  { kind: 'estate-text', label: 'Estate as text (YAML)…', help: 'One line a field: to review changes and keep in git' },
];

/** The export choices as menu items, in the Export menu and in the folded More menu alike. */
export function ExportItems({ estateId, onChosen }: { estateId: string; onChosen(): void }) {
  // In the browser the board pack also opens as a page of its own, to print with the browser's Print (the tab shares this one's session and token).
  const inBrowser = useAppStore((s) => s.info?.host === 'web');
  const item = (key: string, label: string, help: string, act: () => void) => (
    <button
      key={key}
      type="button"
      role="menuitem"
      className="menu-item"
      onClick={() => {
        onChosen();
        act();
      }}
    >
      <span>{label}</span>
      <span className="muted small">{help}</span>
    </button>
  );
  const exports = EXPORT_ITEMS.map(({ kind, label, help }) => item(kind, label, help, () => void exportAs(kind, estateId)));
  const preview = item('board-pack-preview', 'Board pack, print preview', 'Opens in a new tab, to print or save as PDF from the browser', () =>
    window.open(`${window.location.pathname}${boardPackHash({ estateId })}`, '_blank'),
  );
  return [
    ...(inBrowser ? [...exports.slice(0, 2), preview, ...exports.slice(2)] : exports),
    // Bringing in another copy's changes sits with the copies of the estate.
    <div key="merge-separator" role="separator" className="menu-separator" />,
    item('merge', 'Merge another copy of this estate…', 'A colleague’s .waveplan or .yaml: see the changes, settle conflicts, one undo', () => void startMerge()),
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
