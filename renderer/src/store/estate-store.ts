import { create } from 'zustand';
import { applyChanges, ChangeConflictError } from '../../../shared/changes/apply';
import type { Change } from '../../../shared/changes/change-set';
import { invertChanges } from '../../../shared/changes/invert';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import { WaveplanError } from '../../../shared/errors';
import { bridge } from '../bridge/current';
import { useAppStore } from './app-store';
import { dateLimitsRefusal, tierChoiceRefusal } from '../report/tier-choice-guard';

// The open estate. Edits apply here at once (optimistically) and go to the back end
// as change sets, one at a time and in order, each against the last revision the
// back end acknowledged. Undo and redo are inverse change sets sent the same way.

export interface UndoEntry {
  label: string;
  forward: Change[];
  inverse: Change[];
}

export type SaveState =
  | { kind: 'saved'; at?: string }
  | { kind: 'saving' }
  | { kind: 'offline'; message: string } // the host did not answer: edits are kept and retried
  | { kind: 'conflict'; message: string }; // another window changed the estate: reload

/** Text typed into a cell that did not parse; kept (not saved) until fixed or discarded. */
export interface Draft {
  text: string;
  error: string;
}

interface EstateState {
  snapshot: EstateSnapshot | null;
  /** The revision the back end last acknowledged. */
  revision: number;
  queue: Change[][];
  sending: boolean;
  save: SaveState;
  undoStack: UndoEntry[];
  redoStack: UndoEntry[];
  drafts: Record<string, Draft>;
  loading: boolean;
  /** The undo and redo histories of the scenarios not active now, by scenario id: each comes back when its scenario does. */
  histories: Record<string, { undoStack: UndoEntry[]; redoStack: UndoEntry[] }>;
  /** A scenario is being created, switched or deleted: edits wait, the switcher is disabled. */
  scenarioBusy: boolean;

  open(id: string): Promise<void>;
  /** Starts loading an estate before the screen that shows it has mounted. */
  prefetch(id: string): void;
  close(): void;
  commit(changes: Change[], label: string): boolean;
  undo(): void;
  redo(): void;
  retry(): void;
  setDraft(workloadId: string, field: string, draft: Draft | undefined): void;
  rename(name: string): Promise<void>;
  /**
   * Runs a change of the estate's scenarios (scenario-actions.ts) once every edit made
   * so far is saved, and shows the estate as the answer's active scenario sees it, with
   * that scenario's own undo history. `forget` drops a deleted scenario's history.
   * False (with a message) when it could not run.
   */
  changeScenario(action: (estateId: string) => Promise<EstateSnapshot>, forget?: string): Promise<boolean>;
  /** The scenarios' names after a rename. */
  setScenarios(scenarios: EstateSnapshot['scenarios']): void;
  /** Waits until every edit made so far is saved: false when one could not be (a conflict, the disk). */
  saved(): Promise<boolean>;
}

const draftKey = (workloadId: string, field: string) => `${workloadId}:${field}`;
export { draftKey };

const UNDO_LIMIT = 500;

/** An estate requested ahead of its screen (see prefetch), taken by the first open of that id. */
let early: { id: string; snapshot: Promise<EstateSnapshot> } | undefined;

/** The queue's run now going, for whoever must wait until every edit is saved. */
let running: Promise<void> | undefined;

export const useEstateStore = create<EstateState>((set, get) => {
  /** Applies a change set locally; false (with a message) if it does not fit. `guard` may refuse the result. */
  function applyLocally(changes: Change[], guard?: (next: EstateSnapshot) => string | null): boolean {
    const { snapshot } = get();
    if (!snapshot || changes.length === 0) return false;
    try {
      const next = applyChanges(snapshot, changes);
      const refusal = guard?.(next);
      if (refusal) {
        useAppStore.getState().notify('error', refusal);
        return false;
      }
      set({ snapshot: next });
      return true;
    } catch (error) {
      const message = error instanceof ChangeConflictError ? error.message : String(error);
      useAppStore.getState().notify('error', `That edit could not be applied: ${message}`);
      return false;
    }
  }

  /**
   * Puts an entry just done (or undone) on `to` of the open scenario's history. A change
   * set that opened another scenario (a merge that removed the open one, its undo) takes
   * the entry to that scenario's history, and files the one it left under its id.
   */
  function place(entry: UndoEntry, from: string, to: 'undoStack' | 'redoStack', undoStack: UndoEntry[], redoStack: UndoEntry[]): Pick<EstateState, 'undoStack' | 'redoStack' | 'histories'> {
    const now = get().snapshot?.activeScenarioId ?? from;
    const push = (stacks: { undoStack: UndoEntry[]; redoStack: UndoEntry[] }) => ({ ...stacks, [to]: [...stacks[to], entry].slice(-UNDO_LIMIT) });
    if (now === from) return { histories: get().histories, ...push({ undoStack, redoStack }) };
    const histories = { ...get().histories, [from]: { undoStack, redoStack } };
    const own = histories[now] ?? { undoStack: [], redoStack: [] };
    delete histories[now];
    return { histories, ...push(own) };
  }

  function flush(): Promise<void> {
    if (get().sending) return running ?? Promise.resolve();
    running = send().finally(() => (running = undefined));
    return running;
  }

  /** True once the queue is empty; false if it stopped on a conflict or a storage error. */
  async function allSaved(): Promise<boolean> {
    while (get().queue.length > 0 && get().save.kind !== 'conflict' && get().save.kind !== 'offline') await flush();
    return get().queue.length === 0 && get().save.kind !== 'conflict';
  }

  async function send(): Promise<void> {
    set({ sending: true });
    try {
      for (;;) {
        const { queue, snapshot, revision, save } = get();
        const next = queue[0];
        if (!next || !snapshot || save.kind === 'conflict') break;
        set({ save: { kind: 'saving' } });
        try {
          const result = await bridge().applyChanges({ estateId: snapshot.estate.id, baseRevision: revision, changes: next });
          const current = get().snapshot;
          set({
            queue: get().queue.slice(1),
            revision: result.revision,
            snapshot: current && { ...current, estate: { ...current.estate, revision: result.revision, updatedAt: result.updatedAt } },
          });
        } catch (error) {
          await failed(error);
          break;
        }
      }
    } finally {
      set({ sending: false });
      if (get().queue.length === 0 && get().save.kind === 'saving') set({ save: { kind: 'saved', at: new Date().toISOString() } });
    }
  }

  async function failed(error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof WaveplanError && error.details?.reason === 'stale-revision') {
      set({ save: { kind: 'conflict', message } });
    } else if (error instanceof WaveplanError && error.code === 'storage') {
      set({ save: { kind: 'offline', message } });
    } else {
      // The back end refused the change set whole. Show the estate as it is on disk,
      // so what the user sees is what is saved.
      useAppStore.getState().notify('error', `Not saved: ${message}. The estate was reloaded as it is on disk.`);
      const id = get().snapshot?.estate.id;
      set({ queue: [], undoStack: [], redoStack: [] });
      if (id) await get().open(id);
    }
  }

  return {
    snapshot: null,
    revision: 0,
    queue: [],
    sending: false,
    save: { kind: 'saved' },
    undoStack: [],
    redoStack: [],
    drafts: {},
    loading: false,
    histories: {},
    scenarioBusy: false,

    prefetch(id) {
      const snapshot = bridge().openEstate({ id });
      snapshot.catch(() => undefined); // reported by open(), which awaits it
      early = { id, snapshot };
    },

    async open(id) {
      set({ loading: true });
      try {
        const pending = early?.id === id ? early.snapshot : undefined;
        early = undefined;
        const snapshot = await (pending ?? bridge().openEstate({ id }));
        set({ snapshot, revision: snapshot.estate.revision, queue: [], save: { kind: 'saved', at: snapshot.estate.updatedAt }, undoStack: [], redoStack: [], drafts: {}, histories: {} });
      } finally {
        set({ loading: false });
      }
    },

    close() {
      set({ snapshot: null, queue: [], undoStack: [], redoStack: [], drafts: {}, histories: {}, save: { kind: 'saved' } });
    },

    commit(changes, label) {
      const { snapshot, save } = get();
      if (!snapshot || changes.length === 0) return false;
      if (get().scenarioBusy) {
        useAppStore.getState().notify('error', 'The scenario is changing; make the edit again in a moment.');
        return false;
      }
      if (save.kind === 'conflict') {
        useAppStore.getState().notify('error', 'This estate changed in another window. Reload it before editing.');
        return false;
      }
      const inverse = invertChanges(snapshot, changes);
      if (!applyLocally(changes, (next) => tierChoiceRefusal(next, changes) ?? dateLimitsRefusal(next, changes))) return false;
      set({ ...place({ label, forward: changes, inverse }, snapshot.activeScenarioId, 'undoStack', get().undoStack, []), queue: [...get().queue, changes] });
      void flush();
      return true;
    },

    undo() {
      const entry = get().undoStack.at(-1);
      const from = get().snapshot?.activeScenarioId ?? '';
      if (!entry || get().save.kind === 'conflict' || get().scenarioBusy || !applyLocally(entry.inverse)) return;
      // Drafts (text that never parsed) and error notices belong to the state undone.
      set({ ...place(entry, from, 'redoStack', get().undoStack.slice(0, -1), get().redoStack), queue: [...get().queue, entry.inverse], drafts: {} });
      useAppStore.getState().dismissErrors();
      void flush();
    },

    redo() {
      const entry = get().redoStack.at(-1);
      const from = get().snapshot?.activeScenarioId ?? '';
      if (!entry || get().save.kind === 'conflict' || get().scenarioBusy || !applyLocally(entry.forward)) return;
      set({ ...place(entry, from, 'undoStack', get().undoStack, get().redoStack.slice(0, -1)), queue: [...get().queue, entry.forward], drafts: {} });
      useAppStore.getState().dismissErrors();
      void flush();
    },

    retry() {
      set({ save: { kind: 'saving' } });
      void flush();
    },

    setDraft(workloadId, field, draft) {
      const drafts = { ...get().drafts };
      if (draft) drafts[draftKey(workloadId, field)] = draft;
      else delete drafts[draftKey(workloadId, field)];
      set({ drafts });
    },

    async changeScenario(action, forget) {
      const before = get().snapshot;
      if (!before || get().scenarioBusy) return false;
      set({ scenarioBusy: true });
      try {
        // Edits go to the scenario active on disk: every one made here must land before it changes.
        if (!(await allSaved())) {
          useAppStore.getState().notify('error', 'Your last edits are not saved yet, so the scenario was not changed. Reload or retry saving first.');
          return false;
        }
        const next = await action(before.estate.id);
        const { undoStack, redoStack, histories } = get();
        const kept = { ...histories, [before.activeScenarioId]: { undoStack, redoStack } };
        if (forget) delete kept[forget];
        const own = kept[next.activeScenarioId] ?? { undoStack: [], redoStack: [] };
        delete kept[next.activeScenarioId];
        set({ snapshot: next, revision: next.estate.revision, save: { kind: 'saved', at: next.estate.updatedAt }, drafts: {}, histories: kept, ...own });
        useAppStore.getState().dismissErrors();
        return true;
      } catch (error) {
        useAppStore.getState().notify('error', error instanceof Error ? error.message : String(error));
        return false;
      } finally {
        set({ scenarioBusy: false });
      }
    },

    saved: () => allSaved(),

    setScenarios(scenarios) {
      const current = get().snapshot;
      if (current) set({ snapshot: { ...current, scenarios } });
    },

    async rename(name) {
      const snapshot = get().snapshot;
      if (!snapshot) return;
      const summary = await bridge().renameEstate({ id: snapshot.estate.id, name });
      const current = get().snapshot;
      if (current) set({ snapshot: { ...current, estate: { ...current.estate, name: summary.name } } });
    },
  };
});
