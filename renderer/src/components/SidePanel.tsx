import type { ReactNode } from 'react';
import { useSidePanels } from './side-panels';

/**
 * A view's right-hand panel that folds to a narrow rail naming what it holds, and opens
 * again from there. `panel` names it for remembering; `label` is what the rail says.
 */
export function SidePanel({ panel, label, className = '', children }: { panel: string; label: string; className?: string; children: ReactNode }) {
  const collapsed = useSidePanels((s) => s.collapsed.has(panel));
  const setCollapsed = useSidePanels((s) => s.setCollapsed);
  if (collapsed) {
    return (
      <aside className="side-rail" aria-label={label}>
        <button type="button" className="side-rail-button" aria-expanded={false} title={`Show ${label.toLowerCase()}`} onClick={() => setCollapsed(panel, false)}>
          <span aria-hidden="true">‹</span>
          <span className="side-rail-label">{label}</span>
        </button>
      </aside>
    );
  }
  return (
    <aside className={`waves-side ${className}`} aria-label={label}>
      <button type="button" className="side-collapse" aria-expanded={true} aria-label={`Hide ${label.toLowerCase()}`} title="Fold this panel away" onClick={() => setCollapsed(panel, true)}>
        ›
      </button>
      {children}
    </aside>
  );
}
