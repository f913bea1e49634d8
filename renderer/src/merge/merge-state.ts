import { create } from 'zustand';
import type { EstateCopy } from '../../../shared/contract';
import { bridge } from '../bridge/current';
import { useAppStore } from '../store/app-store';

// "Merge another copy of this estate…": the copies picked for the merge dialog. Theirs is
// the copy to bring in; base is the copy both started from, when the user has one (without
// it the open estate stands in as base, so the merge brings in everything theirs changed).

interface MergeState {
  theirs: EstateCopy | null;
  base: EstateCopy | null;
  set(part: Partial<Pick<MergeState, 'theirs' | 'base'>>): void;
  close(): void;
}

export const useMergeState = create<MergeState>((set) => ({
  theirs: null,
  base: null,
  set: (part) => set(part),
  close: () => set({ theirs: null, base: null }),
}));

/** Picks a .waveplan or .yaml copy and reads it in the back end (checked like an import, added to nothing). */
export async function pickEstateCopy(title: string): Promise<EstateCopy | null> {
  const app = useAppStore.getState();
  let fileName = 'the file';
  try {
    const picked = await bridge().pickFile({ title, extensions: ['waveplan', 'yaml', 'yml'] });
    if (!picked) return null;
    fileName = `“${picked.fileName}”`;
    app.setBusy(`Reading ${picked.fileName}…`);
    return await bridge().readEstateCopy(picked);
  } catch (error) {
    app.notify('error', `Could not read ${fileName}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  } finally {
    app.setBusy(null);
  }
}

/** Starts a merge: the copy to bring in first; a base can be added in the dialog. */
export async function startMerge(): Promise<void> {
  const theirs = await pickEstateCopy('Merge another copy of this estate (.waveplan or .yaml)');
  if (theirs) useMergeState.getState().set({ theirs, base: null });
}
