import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The app store reads the URL when it loads: give it the little of a window it needs.
vi.hoisted(() => {
  Object.assign(globalThis, { window: { location: { hash: '' }, addEventListener: () => undefined } });
});

import { createHandlers } from '../../../../electron/backend/handlers.js';
import { setBridge } from '../../../../renderer/src/bridge/current.js';
import { createScenario, deleteScenario, duplicateScenario, renameScenario, switchScenario } from '../../../../renderer/src/store/scenario-actions.js';
import { useAppStore } from '../../../../renderer/src/store/app-store.js';
import { useEstateStore } from '../../../../renderer/src/store/estate-store.js';
import type { Bridge } from '../../../../shared/contract.js';
import { bridgeOver } from '../../../support/bridge-over.js';
import { tempLibrary } from '../../../support/temp-library.js';

// The store against the real back end (both hosts' handler table on a temporary
// library): switching scenarios shows the new one's decisions at once, and undo and
// redo act in the scenario the edit was made in, never in another one invisibly.

const store = () => useEstateStore.getState();
const tierShown = (workloadId = 'clin-pg') => store().snapshot?.workloads.find((w) => w.id === workloadId)?.chosenTier;
const errors = () =>
  useAppStore
    .getState()
    .notices.filter((n) => n.tone === 'error')
    .map((n) => n.text);

let cleanup: () => void;
let bridge: Bridge;
let estateId: string;

/** Waits until every edit is saved. */
async function saved(): Promise<void> {
  await vi.waitFor(() => expect(store().queue.length === 0 && !store().sending).toBe(true));
}

const onDisk = async (scenarioId: string, workloadId = 'clin-pg') => (await bridge.openScenario({ id: estateId, scenarioId })).workloads.find((w) => w.id === workloadId)?.chosenTier;

beforeEach(async () => {
  const t = tempLibrary();
  cleanup = t.cleanup;
  bridge = bridgeOver(createHandlers({ host: 'web', library: t.library }));
  setBridge(bridge);
  estateId = (await bridge.createEstate({ name: 'Scenarios', from: 'sample' })).id;
  useEstateStore.setState(useEstateStore.getInitialState(), true);
  useAppStore.setState({ notices: [] });
  await store().open(estateId);
});
afterEach(() => cleanup());

describe('scenarios in the store', () => {
  it('creates a scenario from the current one, makes it active, and shows each scenario its own decisions', async () => {
    expect(store().snapshot?.activeScenarioId).toBe('baseline');
    expect(await createScenario('Clinics dedicated DB')).toBe(true);
    const clinics = store().snapshot!.activeScenarioId;
    expect(store().snapshot?.scenarios.map((s) => s.name)).toEqual(['Baseline', 'Clinics dedicated DB']);
    store().commit([{ op: 'updateWorkload', id: 'clin-pg', field: 'chosenTier', value: 'dedicated-database' }], 'Set tier');
    // A switch made while the edit is still on its way waits for it, so it lands in the scenario it was made in.
    expect(await switchScenario('baseline')).toBe(true);
    expect(tierShown()).toBe('multi-tenant');
    expect(await onDisk(clinics)).toBe('dedicated-database');
    expect(await onDisk('baseline')).toBe('multi-tenant');
    expect(await switchScenario(clinics)).toBe(true);
    expect(tierShown()).toBe('dedicated-database');
  });

  it('keeps an undo history per scenario: Ctrl+Z after a switch never changes the other scenario', async () => {
    await createScenario('B');
    const b = store().snapshot!.activeScenarioId;
    store().commit([{ op: 'updateWorkload', id: 'clin-pg', field: 'chosenTier', value: 'dedicated-database' }], 'Set tier in B');
    await saved();
    await switchScenario('baseline');
    // The baseline has no history of its own yet: nothing to undo, and B's edit stays.
    expect(store().undoStack).toEqual([]);
    store().undo();
    await saved();
    expect(await onDisk(b)).toBe('dedicated-database');
    store().commit([{ op: 'updateWorkload', id: 'clin-redis', field: 'chosenTier', value: 'dedicated-environment' }], 'Set tier in baseline');
    await saved();
    // Back in B, its own history comes back and undo acts there only.
    await switchScenario(b);
    expect(store().undoStack.map((e) => e.label)).toEqual(['Set tier in B']);
    store().undo();
    await saved();
    expect(tierShown()).toBe('multi-tenant');
    expect(await onDisk(b)).toBe('multi-tenant');
    expect(await onDisk('baseline', 'clin-redis')).toBe('dedicated-environment');
    store().redo();
    await saved();
    expect(await onDisk(b)).toBe('dedicated-database');
    // The baseline's history is kept for it.
    await switchScenario('baseline');
    expect(store().undoStack.map((e) => e.label)).toEqual(['Set tier in baseline']);
  });

  it('duplicates, renames and deletes, falling back to the baseline and forgetting the deleted one’s history', async () => {
    await createScenario('B');
    const b = store().snapshot!.activeScenarioId;
    store().commit([{ op: 'updateWorkload', id: 'clin-pg', field: 'chosenTier', value: 'dedicated-database' }], 'Set tier in B');
    await saved();
    await duplicateScenario(b);
    expect(store().snapshot?.scenarios.map((s) => s.name)).toEqual(['Baseline', 'B', 'B (copy)']);
    expect(tierShown()).toBe('dedicated-database');
    expect(store().undoStack).toEqual([]);
    await renameScenario(b, 'b (copy)');
    expect(errors().at(-1)).toMatch(/already has a scenario called “B \(copy\)”/);
    await renameScenario(b, 'Clinics dedicated DB');
    expect(store().snapshot?.scenarios.map((s) => s.name)).toEqual(['Baseline', 'Clinics dedicated DB', 'B (copy)']);
    await switchScenario(b);
    expect(await deleteScenario(b)).toBe(true);
    expect(store().snapshot?.activeScenarioId).toBe('baseline');
    expect(store().histories[b]).toBeUndefined();
    expect(tierShown()).toBe('multi-tenant');
    // An edit after all that is saved against the right revision, to the baseline.
    store().commit([{ op: 'updateWorkload', id: 'clin-pg', field: 'owner', value: 'Clinics DBA' }], 'Owner');
    await saved();
    expect(store().save.kind).toBe('saved');
    expect(errors().filter((e) => !/already has a scenario/.test(e))).toEqual([]);
  });
});
