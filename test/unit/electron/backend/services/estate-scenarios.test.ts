import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EstateLibrary } from '../../../../../electron/backend/services/library.js';
import type { EstateSnapshot } from '../../../../../shared/estate/estate.js';
import { invertChanges } from '../../../../../shared/changes/invert.js';
import { removeWorkloads } from '../../../../../shared/changes/builders.js';
import { healthcareSampleEstate } from '../../../../../shared/sample/healthcare-estate.js';
import { tempLibrary } from '../../../../support/temp-library.js';

// Scenarios inside one estate: decisions are each scenario's own, facts are shared.

let library: EstateLibrary;
let cleanup: () => void;
let id: string;

beforeEach(() => {
  const t = tempLibrary();
  library = t.library;
  cleanup = t.cleanup;
  const sample = healthcareSampleEstate();
  id = library.create('Scenarios', sample).id;
});
afterEach(() => cleanup());

const workload = (snapshot: EstateSnapshot, workloadId: string) => snapshot.workloads.find((w) => w.id === workloadId);
const tierIn = (scenarioId: string, workloadId = 'clin-pg') => workload(library.scenarioSnapshot(id, scenarioId), workloadId)?.chosenTier;
const revision = () => library.summary(id).revision;

/** Baseline, B and C, with B active. */
function threeScenarios(): { b: string; c: string } {
  const c = library.createScenario(id, 'C', 'baseline').activeScenarioId;
  const b = library.createScenario(id, 'B', 'baseline').activeScenarioId;
  return { b, c };
}

describe('scenarios inside one estate', () => {
  it('puts back every scenario’s decisions when a workload removed in one scenario is brought back by undo', () => {
    const { b, c } = threeScenarios();
    // B (active) and C each decide their own tier and wave for the clinical database; the baseline keeps its own.
    library.applyChanges(id, revision(), [
      { op: 'updateWorkload', id: 'clin-pg', field: 'chosenTier', value: 'dedicated-environment' },
      { op: 'updateWorkload', id: 'clin-pg', field: 'pinnedWave', value: 4 },
    ]);
    library.setActiveScenario(id, c);
    library.applyChanges(id, revision(), [{ op: 'updateWorkload', id: 'clin-pg', field: 'chosenTier', value: 'multi-tenant' }]);
    library.setActiveScenario(id, b);
    const before = Object.fromEntries(['baseline', b, c].map((s) => [s, library.scenarioSnapshot(id, s)]));

    // Removed in B with its dependencies, as the app does, and undone with the inverse the app computes from B's view.
    const seen = library.snapshot(id);
    const removal = removeWorkloads(seen, ['clin-pg']);
    const undo = invertChanges(seen, removal);
    library.applyChanges(id, revision(), removal);
    expect(library.scenarioSnapshot(id, c).workloads.some((w) => w.id === 'clin-pg')).toBe(false);
    library.applyChanges(id, revision(), undo);

    for (const s of ['baseline', b, c]) {
      const after = library.scenarioSnapshot(id, s);
      expect(workload(after, 'clin-pg'), s).toEqual(workload(before[s]!, 'clin-pg'));
      expect(after.dependencies.length, s).toBe(before[s]!.dependencies.length);
    }
    expect(tierIn('baseline')).not.toBe('dedicated-environment');
    expect(tierIn(c)).toBe('multi-tenant');
    expect(workload(library.scenarioSnapshot(id, b), 'clin-pg')).toMatchObject({ chosenTier: 'dedicated-environment', pinnedWave: 4 });
  });

  it('gives a new workload that reuses a removed one’s id none of the removed one’s decisions', () => {
    const { b, c } = threeScenarios();
    library.setActiveScenario(id, c);
    library.applyChanges(id, revision(), [{ op: 'updateWorkload', id: 'clin-pg', field: 'chosenTier', value: 'multi-tenant' }]);
    library.setActiveScenario(id, b);
    const seen = library.snapshot(id);
    library.applyChanges(id, revision(), removeWorkloads(seen, ['clin-pg']));
    const old = workload(seen, 'clin-pg')!;
    library.applyChanges(id, revision(), [{ op: 'addWorkload', workload: { ...old, name: 'A new clinical database', chosenTier: 'dedicated-database' }, position: 99 }]);
    expect(tierIn(c)).toBe('dedicated-database');
    expect(tierIn('baseline')).toBe('dedicated-database');
  });

  it('keeps a decision made in one scenario out of the baseline and every other scenario', () => {
    const { b, c } = threeScenarios();
    const before = tierIn('baseline');
    expect(before).not.toBe('dedicated-environment');
    library.applyChanges(id, revision(), [{ op: 'updateWorkload', id: 'clin-pg', field: 'chosenTier', value: 'dedicated-environment' }]);
    expect(tierIn(b)).toBe('dedicated-environment');
    expect(tierIn('baseline')).toBe(before);
    expect(tierIn(c)).toBe(before);
    // Every decision field and the four settings behave the same way.
    library.applyChanges(id, revision(), [
      { op: 'updateWorkload', id: 'clin-pg', field: 'pinnedWave', value: 3 },
      { op: 'updateWorkload', id: 'clin-pg', field: 'blackouts', value: [{ from: '2027-12-01', to: '2027-12-31', label: 'Winter, with a comma, in it' }] },
      { op: 'setSetting', name: 'planSettings', value: { ...library.snapshot(id).planSettings, waveLengthDays: 28 } },
    ]);
    const inB = library.scenarioSnapshot(id, b);
    expect(workload(inB, 'clin-pg')).toMatchObject({ pinnedWave: 3, blackouts: [{ label: 'Winter, with a comma, in it' }] });
    expect(inB.planSettings.waveLengthDays).toBe(28);
    for (const other of ['baseline', c]) {
      const seen = library.scenarioSnapshot(id, other);
      expect(workload(seen, 'clin-pg')).toMatchObject({ pinnedWave: null, blackouts: [] });
      expect(seen.planSettings.waveLengthDays).not.toBe(28);
    }
  });

  it('keeps a decision made in the baseline out of the scenarios made before it, even for a workload added later', () => {
    const { b } = threeScenarios();
    library.setActiveScenario(id, 'baseline');
    const added = { ...(workload(library.snapshot(id), 'clin-pg') as EstateSnapshot['workloads'][number]), id: 'clin-new', name: 'New clinic DB' };
    library.applyChanges(id, revision(), [{ op: 'addWorkload', workload: added, position: 999 }]);
    // Added later: every scenario takes the baseline's decisions for it.
    expect(tierIn(b, 'clin-new')).toBe(added.chosenTier);
    library.applyChanges(id, revision(), [
      { op: 'updateWorkload', id: 'clin-new', field: 'strategy', value: 'refactor' },
      { op: 'updateWorkload', id: 'clin-pg', field: 'strategy', value: 'refactor' },
      { op: 'setSetting', name: 'rateCard', value: { ...library.snapshot(id).rateCard, vcpuMonth: 999 } },
    ]);
    const inB = library.scenarioSnapshot(id, b);
    expect(workload(inB, 'clin-new')?.strategy).toBe(added.strategy);
    expect(workload(inB, 'clin-pg')?.strategy).toBe(added.strategy);
    expect(inB.rateCard.vcpuMonth).not.toBe(999);
    expect(library.snapshot(id).rateCard.vcpuMonth).toBe(999);
  });

  it('shows a fact edited in one scenario in all of them', () => {
    const { b, c } = threeScenarios();
    library.applyChanges(id, revision(), [{ op: 'updateWorkload', id: 'clin-pg', field: 'storageGb', value: 4321 }]);
    for (const scenario of ['baseline', b, c]) expect(workload(library.scenarioSnapshot(id, scenario), 'clin-pg')?.storageGb).toBe(4321);
    library.applyChanges(id, revision(), [{ op: 'setSetting', name: 'classification', value: { unclassifiedProductionAsRestricted: false } }]);
    for (const scenario of ['baseline', b, c]) expect(library.scenarioSnapshot(id, scenario).classification.unclassifiedProductionAsRestricted).toBe(false);
  });

  it('removes a deleted workload from every scenario, its decisions with it', () => {
    const { b, c } = threeScenarios();
    library.applyChanges(id, revision(), [{ op: 'updateWorkload', id: 'clin-booking', field: 'chosenTier', value: 'dedicated-environment' }]);
    const links = library.snapshot(id).dependencies.filter((d) => d.consumerId === 'clin-booking' || d.providerId === 'clin-booking');
    library.applyChanges(id, revision(), [...links.map((d) => ({ op: 'removeDependency' as const, id: d.id })), { op: 'removeWorkload', id: 'clin-booking' }]);
    for (const scenario of ['baseline', b, c]) expect(workload(library.scenarioSnapshot(id, scenario), 'clin-booking')).toBeUndefined();
    const repo = (library as unknown as { open: Map<string, { db: Database }> }).open.get(id);
    expect(repo?.db.prepare("SELECT count(*) FROM scenario_workload WHERE workloadId = 'clin-booking'").pluck().get()).toBe(0);
  });

  it('duplicates a scenario with its decisions and settings, as a scenario of its own', () => {
    const { b } = threeScenarios();
    library.applyChanges(id, revision(), [
      { op: 'updateWorkload', id: 'clin-pg', field: 'chosenTier', value: 'dedicated-environment' },
      { op: 'setSetting', name: 'planSettings', value: { ...library.snapshot(id).planSettings, waveLengthDays: 28 } },
    ]);
    const copy = library.duplicateScenario(id, b);
    expect(copy.scenarios.map((s) => s.name)).toEqual(['Baseline', 'C', 'B', 'B (copy)']);
    expect(copy.activeScenarioId).not.toBe(b);
    expect(workload(copy, 'clin-pg')?.chosenTier).toBe('dedicated-environment');
    expect(copy.planSettings.waveLengthDays).toBe(28);
    library.applyChanges(id, revision(), [{ op: 'updateWorkload', id: 'clin-pg', field: 'chosenTier', value: 'dedicated-database' }]);
    expect(tierIn(b)).toBe('dedicated-environment');
    expect(tierIn(copy.activeScenarioId)).toBe('dedicated-database');
  });

  it('falls back to the baseline when the active scenario is deleted, and never deletes the baseline', () => {
    const { b, c } = threeScenarios();
    const before = revision();
    const after = library.deleteScenario(id, b);
    expect(after.activeScenarioId).toBe('baseline');
    expect(after.scenarios.map((s) => s.id)).toEqual(['baseline', c]);
    expect(after.estate.revision).toBe(before + 1); // a window still editing B is refused, not written into the baseline
    expect(() => library.deleteScenario(id, 'baseline')).toThrow(/The baseline cannot be deleted/);
    expect(() => library.setActiveScenario(id, b)).toThrow(/no scenario/);
    // Deleting one that is not active leaves the active one be.
    library.setActiveScenario(id, c);
    library.createScenario(id, 'D', 'baseline');
    library.setActiveScenario(id, c);
    const d = library.snapshot(id).scenarios.find((s) => s.name === 'D')?.id as string;
    expect(library.deleteScenario(id, d).activeScenarioId).toBe(c);
  });

  it('refuses names that are empty, too long or another scenario’s in any case, and renames', () => {
    const { b } = threeScenarios();
    expect(() => library.createScenario(id, '  b ', 'baseline')).toThrow(/already has a scenario called “B”/);
    expect(() => library.createScenario(id, 'x'.repeat(81), 'baseline')).toThrow(/at most 80 characters/);
    expect(() => library.renameScenario(id, b, 'c')).toThrow(/already has a scenario called “C”/);
    expect(library.renameScenario(id, b, '  Clinics dedicated DB ')).toContainEqual({ id: b, name: 'Clinics dedicated DB' });
    expect(library.renameScenario(id, b, 'clinics dedicated db')).toContainEqual({ id: b, name: 'clinics dedicated db' });
    expect(() => library.createScenario(id, 'E', 'no-such')).toThrow(/no scenario “no-such”/);
  });

  it('answers any scenario without changing which is active, and an edit after a switch goes to the new one', () => {
    const { b, c } = threeScenarios();
    const before = revision();
    expect(library.scenarioSnapshot(id, c).activeScenarioId).toBe(c);
    expect(library.snapshot(id).activeScenarioId).toBe(b);
    expect(revision()).toBe(before);
    const switched = library.setActiveScenario(id, c);
    expect(switched.activeScenarioId).toBe(c);
    library.applyChanges(id, switched.estate.revision, [{ op: 'updateWorkload', id: 'clin-pg', field: 'chosenTier', value: 'dedicated-environment' }]);
    expect(tierIn(c)).toBe('dedicated-environment');
    expect(tierIn(b)).not.toBe('dedicated-environment');
    // A window that had the estate before the switch is refused rather than writing into C.
    expect(() => library.applyChanges(id, before, [{ op: 'updateWorkload', id: 'clin-pg', field: 'chosenTier', value: 'multi-tenant' }])).toThrow(/changed in another window/);
  });

  it('carries every scenario through an export and an import', async () => {
    const { b } = threeScenarios();
    library.applyChanges(id, revision(), [{ op: 'updateWorkload', id: 'clin-pg', field: 'chosenTier', value: 'dedicated-environment' }]);
    const { fileName, bytes } = library.exportFile(id);
    const imported = await library.importFile(fileName, bytes);
    const copy = library.snapshot(imported.id);
    expect(copy.scenarios).toEqual(library.snapshot(id).scenarios);
    expect(copy.activeScenarioId).toBe(b);
    expect(workload(copy, 'clin-pg')?.chosenTier).toBe('dedicated-environment');
    expect(workload(library.scenarioSnapshot(imported.id, 'baseline'), 'clin-pg')?.chosenTier).toBe(tierIn('baseline'));
  });
});
