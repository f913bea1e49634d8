import { create } from 'zustand';

/** Whether the shortcut help is open: the keys and the top bar's ? button both open it. */
export const useHelp = create<{ open: boolean; setOpen(open: boolean): void }>((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
