import { create } from 'zustand';

// Which side panels the user has folded away, for the session: on a laptop or a
// projector the main column needs the width more than a panel read once (issue 19).

interface SidePanels {
  collapsed: ReadonlySet<string>;
  setCollapsed(panel: string, collapsed: boolean): void;
}

export const useSidePanels = create<SidePanels>((set, get) => ({
  collapsed: new Set(),
  setCollapsed(panel, collapsed) {
    const next = new Set(get().collapsed);
    if (collapsed) next.add(panel);
    else next.delete(panel);
    set({ collapsed: next });
  },
}));
