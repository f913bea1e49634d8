import { exportAs } from '../actions';

/** On screen only (print hides it): print through the browser's dialog, or have the app make the PDF. */
export function PrintToolbar({ estateId }: { estateId: string }) {
  return (
    <div className="bp-toolbar" role="toolbar" aria-label="Board pack">
      <span>Board pack preview: A4, as it prints.</span>
      <button type="button" onClick={() => window.print()}>
        Print…
      </button>
      <button type="button" onClick={() => void exportAs('board-pack', estateId)}>
        Download PDF
      </button>
    </div>
  );
}
