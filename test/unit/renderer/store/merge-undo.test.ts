import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The app store reads the URL when it loads: give it the little of a window it needs.
vi.hoisted(() => {
  Object.assign(globalThis, { window: { location: { hash: '' }, addEventListener: () => undefined } });
});

import { createHandlers } from '../../../../electron/backend/handlers.js';
import { setBridge } from '../../../../renderer/src/bridge/current.js';
import { createScenario } from '../../../../renderer/src/store/scenario-actions.js';
import { useAppStore } from '../../../../renderer/src/store/app-store.js';
import { useEstateStore } from '../../../../renderer/src/store/estate-store.js';
import type { Bridge } from '../../../../shared/contract.js';
import { mergeChangeSet } from '../../../../shared/estate-text/merge-change-set.js';
import { mergeEstates } from '../../../../shared/estate-text/merge.js';
import type { EstateText } from '../../../../shared/estate-text/text-form.js';
import { bridgeOver } from '../../../support/bridge-over.js';
import { tempLibrary } from '../../../support/temp-library.js';
import { textOf } from '../../../support/merge-views.js';

// The merge through the store against the real back end, when the other copy removed
// the scenario open here: the baseline opens in its place (as deleting the open
// scenario does), one undo brings the scenario back, open, with what it decided, and
// redo removes it again. The file's text follows at each step, and the merge's undo
// entry goes with the view, so each scenario's history stays its own.

const store = () => useEstateStore.getState();
const shown = (id = 'clin-pg') => store().snapshot?.workloads.find((w) => w.id === id);

let cleanup: () => void;
let bridge: Bridge;
let estateId: string;

async function saved(): Promise<void> {
  await vi.waitFor(() => expect(store().queue.length === 0 && !store().sending).toBe(true));
}

beforeEach(async () => {
  const t = tempLibrary();
  cleanup = t.cleanup;
  bridge = bridgeOver(createHandlers({ host: 'web', library: t.library }));
  setBridge(bridge);
  estateId = (await bridge.createEstate({ name: 'Merging', from: 'sample' })).id;
  useEstateStore.setState(useEstateStore.getInitialState(), true);
  useAppStore.setState({ notices: [] });
  await store().open(estateId);
});
afterEach(() => cleanup());

describe('a merge that removes the open scenario', () => {
  it('opens the baseline; undo brings the scenario back, open, and redo removes it again; each scenario keeps its own history', async () => {
    // An edit of the baseline's own, then Lean start's: each scenario has its history.
    expect(store().commit([{ op: 'updateWorkload', id: 'clin-pg', field: 'owner', value: 'Clinics DBA' }], 'Owner')).toBe(true);
    expect(await createScenario('Lean start')).toBe(true);
    const lean = store().snapshot!.activeScenarioId;
    expect(store().commit([{ op: 'updateWorkload', id: 'clin-pg', field: 'pinnedWave', value: 3 }], 'Pin')).toBe(true);
    await saved();
    const ours = { ...(await bridge.openEstateText({ id: estateId })) } as EstateText;
    // Theirs removed Lean start and changed the baseline's strategy of clin-pg and a fact.
    const theirs: EstateText = {
      ...ours,
      scenarios: [],
      workloads: ours.workloads.map((w) => (w.id === 'clin-pg' ? { ...w, strategy: 'retain', storageGb: 999 } : w)),
    };
    const { merged, conflicts } = mergeEstates(ours, ours, theirs);
    expect(conflicts).toEqual([]);
    const changes = mergeChangeSet(store().snapshot!, ours, merged);
    expect(store().commit(changes, 'Merge')).toBe(true);
    expect(store().snapshot!.activeScenarioId).toBe('baseline');
    expect(store().snapshot!.scenarios.map((s) => s.id)).toEqual(['baseline']);
    expect(shown()).toMatchObject({ strategy: 'retain', storageGb: 999, pinnedWave: null });
    // The merge's entry went with the view, onto the baseline's own history; Lean start's is kept under its id.
    expect(store().undoStack.map((e) => e.label)).toEqual(['Owner', 'Merge']);
    expect(store().histories[lean]?.undoStack.map((e) => e.label)).toEqual(['Pin']);
    await saved();
    expect(textOf(await bridge.openEstateText({ id: estateId }))).toBe(textOf(merged));
    expect((await bridge.openEstate({ id: estateId })).activeScenarioId).toBe('baseline');

    store().undo();
    expect(store().snapshot!.activeScenarioId).toBe(lean);
    expect(store().undoStack.map((e) => e.label)).toEqual(['Pin']);
    expect(store().redoStack.map((e) => e.label)).toEqual(['Merge']);
    expect(store().histories.baseline?.undoStack.map((e) => e.label)).toEqual(['Owner']);
    expect(shown()).toMatchObject({ pinnedWave: 3, storageGb: ours.workloads.find((w) => w.id === 'clin-pg')!.storageGb });
    await saved();
    expect(textOf(await bridge.openEstateText({ id: estateId }))).toBe(textOf(ours));
    const reopened = await bridge.openEstate({ id: estateId });
    expect(reopened.activeScenarioId).toBe(lean);
    expect(reopened.workloads.find((w) => w.id === 'clin-pg')?.pinnedWave).toBe(3);

    store().redo();
    expect(store().snapshot!.activeScenarioId).toBe('baseline');
    expect(store().undoStack.map((e) => e.label)).toEqual(['Owner', 'Merge']);
    await saved();
    expect(textOf(await bridge.openEstateText({ id: estateId }))).toBe(textOf(merged));
    expect(store().save.kind).toBe('saved');
  });
});
