import { create } from 'zustand';

/**
 * The graph drawn as a canvas, or as a list of workloads with what each needs and what
 * needs it: the same estate, filters and selection, for a keyboard or a screen reader.
 */
export type GraphMode = 'canvas' | 'list';

export const useGraphMode = create<{ mode: GraphMode; setMode(mode: GraphMode): void }>((set) => ({
  mode: 'canvas',
  setMode: (mode) => set({ mode }),
}));
