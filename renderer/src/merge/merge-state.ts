import { create } from 'zustand';
import type { EstateCopy, OpenEstateText } from '../../../shared/contract';
import { bridge } from '../bridge/current';
import { useAppStore } from '../store/app-store';
import { useEstateStore } from '../store/estate-store';

// "Merge another copy of this estate…": the copies picked for the merge dialog. Theirs is
// the copy to bring in; base is the copy both started from, when the user has one (without
// it the open estate stands in as base, so the merge brings in everything theirs changed).
// Ours is the open estate as its text holds it, every scenario, read once its edits are saved.

interface MergeState {
  theirs: EstateCopy | null;
  base: EstateCopy | null;
  ours: OpenEstateText | null;
  set(part: Partial<Pick<MergeState, 'theirs' | 'base' | 'ours'>>): void;
  close(): void;
}

export const useMergeState = create<MergeState>((set) => ({
  theirs: null,
  base: null,
  ours: null,
  set: (part) => set(part),
  close: () => set({ theirs: null, base: null, ours: null }),
}));

/** The open estate with every scenario, as the back end holds it once every edit made here is saved. */
async function readOpenEstate(): Promise<OpenEstateText | null> {
  const app = useAppStore.getState();
  const store = useEstateStore.getState();
  const id = store.snapshot?.estate.id;
  if (!id) return null;
  try {
    app.setBusy('Reading this estate’s scenarios…');
    if (!(await store.saved())) {
      app.notify('error', 'Your last edits are not saved yet, so nothing was merged. Reload or retry saving first.');
      return null;
    }
    return await bridge().openEstateText({ id });
  } catch (error) {
    app.notify('error', `Could not read this estate: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  } finally {
    app.setBusy(null);
  }
}

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
  if (!theirs) return;
  const ours = await readOpenEstate();
  if (ours) useMergeState.getState().set({ theirs, base: null, ours });
}
