import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, type HandlerTable } from '../../../../electron/backend/handlers.js';
import type { EstateLibrary } from '../../../../electron/backend/services/library.js';
import { healthcareSampleEstate, SAMPLE_PLAN_SETTINGS } from '../../../../shared/sample/healthcare-estate.js';
import { tempLibrary } from '../../../support/temp-library.js';

let handlers: HandlerTable;
let library: EstateLibrary;
let cleanup: () => void;
beforeEach(() => {
  const t = tempLibrary();
  cleanup = t.cleanup;
  library = t.library;
  handlers = createHandlers({ host: 'web', library });
});
afterEach(() => cleanup());

const value = <T>(answer: { ok: boolean; value?: unknown; error?: unknown }): T => {
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.value as T;
};
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const text = (bytes: string) => Buffer.from(bytes, 'base64').toString('utf8');

describe('the estate text form through the contract', () => {
  it('holds the baseline whichever scenario is active, then each other scenario as what it decides differently; adding it back brings them', async () => {
    const { id } = library.create('Meridian', healthcareSampleEstate(), { planSettings: SAMPLE_PLAN_SETTINGS });
    const baseline = text(value<{ bytes: string }>(await handlers.exportEstateText({ id })).bytes);
    const scenario = value<{ activeScenarioId: string; estate: { revision: number } }>(await handlers.createScenario({ id, name: 'Clinics dedicated DB', from: 'baseline' }));
    const change = { op: 'updateWorkload', id: 'clin-pg', field: 'chosenTier', value: 'dedicated-database' };
    value(await handlers.applyChanges({ estateId: id, baseRevision: scenario.estate.revision, changes: [change] }));
    expect(library.snapshot(id).workloads.find((w) => w.id === 'clin-pg')?.chosenTier).toBe('dedicated-database');
    const exported = value<{ fileName: string; bytes: string }>(await handlers.exportEstateText({ id }));
    const withScenario = text(exported.bytes);
    // The baseline's text as it was, and the scenario last: its one decision, one line.
    expect(withScenario.startsWith(baseline)).toBe(true);
    expect(withScenario.slice(baseline.length)).toBe(
      [
        "# Each scenario holds only what it decides differently from the baseline; what it leaves out is the baseline's.",
        'scenarios:',
        `  - id: ${scenario.activeScenarioId}`,
        '    name: Clinics dedicated DB',
        '    decisions:',
        '      clin-pg:',
        '        chosenTier: dedicated-database',
        '',
      ].join('\n'),
    );
    const added = value<{ id: string }>(await handlers.importEstateText(exported));
    // Added with the baseline active, the scenario holding its decision.
    const opened = library.snapshot(added.id);
    expect(opened.activeScenarioId).toBe('baseline');
    expect(opened.scenarios).toEqual([
      { id: 'baseline', name: 'Baseline' },
      { id: scenario.activeScenarioId, name: 'Clinics dedicated DB' },
    ]);
    expect(opened.workloads.find((w) => w.id === 'clin-pg')?.chosenTier).not.toBe('dedicated-database');
    expect(library.scenarioSnapshot(added.id, scenario.activeScenarioId).workloads.find((w) => w.id === 'clin-pg')?.chosenTier).toBe('dedicated-database');
    expect(text(value<{ bytes: string }>(await handlers.exportEstateText({ id: added.id })).bytes)).toBe(withScenario);
  });

  it('exports an estate as YAML and adds it back as a new estate holding the same', async () => {
    const original = library.create('Meridian', healthcareSampleEstate(), { planSettings: SAMPLE_PLAN_SETTINGS });
    const { id } = original;
    const exported = value<{ fileName: string; bytes: string }>(await handlers.exportEstateText({ id }));
    expect(exported.fileName).toBe('meridian.yaml');
    expect(text(exported.bytes)).toMatch(/^# A Waveplan estate in its text form/);
    const added = value<{ id: string; name: string; workloadCount: number }>(await handlers.importEstateText(exported));
    expect(added).toMatchObject({ name: 'Meridian', workloadCount: original.workloadCount });
    const { estate: a, ...before } = library.snapshot(id);
    const { estate: b, ...after } = library.snapshot(added.id);
    expect(after).toEqual(before);
    expect(b.id).not.toBe(a.id);
    // And its text again is the same text.
    expect(text(value<{ bytes: string }>(await handlers.exportEstateText({ id: added.id })).bytes)).toBe(text(exported.bytes));
  });

  it('refuses bad text with the file, line and field, and adds nothing', async () => {
    const before = library.list().length;
    const answer = await handlers.importEstateText({
      fileName: 'copy.yaml',
      bytes: base64('format: waveplan-estate/1\nname: X\nworkloads:\n  - id: a\n    name: A\n    kind: vm\n    environment: production\n'),
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'refused-file', message: expect.stringMatching(/^copy.yaml line 6, workload 'a', field kind: expected one of/) } });
    expect(library.list().length).toBe(before);
    const binary = await handlers.importEstateText({ fileName: 'photo.yaml', bytes: Buffer.from([0xff, 0xfe, 0x00, 0x81]).toString('base64') });
    expect(binary).toMatchObject({ ok: false, error: { code: 'refused-file', message: expect.stringContaining('“photo.yaml” is neither a Waveplan estate file nor an estate’s text') } });
  });

  it('reads another copy, .waveplan or .yaml, with its scenarios, for a merge without adding it to the library', async () => {
    const { id } = library.create('Meridian', healthcareSampleEstate());
    const scenario = value<{ activeScenarioId: string; estate: { revision: number } }>(await handlers.createScenario({ id, name: 'Lean start', from: 'baseline' }));
    const change = { op: 'updateWorkload', id: 'clin-pg', field: 'pinnedWave', value: 3 };
    value(await handlers.applyChanges({ estateId: id, baseRevision: scenario.estate.revision, changes: [change] }));
    const file = value<{ fileName: string; bytes: string }>(await handlers.exportEstateFile({ id }));
    const yaml = value<{ fileName: string; bytes: string }>(await handlers.exportEstateText({ id }));
    const count = library.list().length;
    const fromFile = value<{ name: string; fileName: string; workloads: unknown[] }>(await handlers.readEstateCopy({ ...file, fileName: 'theirs.waveplan' }));
    const fromText = value<{ name: string; fileName: string; workloads: unknown[] }>(await handlers.readEstateCopy({ ...yaml, fileName: 'theirs.yaml' }));
    expect(fromFile).toMatchObject({ name: 'Meridian', fileName: 'theirs.waveplan' });
    expect({ ...fromText, fileName: '' }).toEqual({ ...fromFile, fileName: '' });
    expect((fromFile as unknown as { scenarios: unknown[] }).scenarios).toEqual([{ id: scenario.activeScenarioId, name: 'Lean start', decisions: { 'clin-pg': { pinnedWave: 3 } }, settings: {} }]);
    expect(library.list().length).toBe(count);
  });

  it('answers the open estate as its text (every scenario, whichever is active) and takes a merge’s scenario ops through the contract', async () => {
    const { id } = library.create('Meridian', healthcareSampleEstate());
    const scenario = value<{ activeScenarioId: string; estate: { revision: number } }>(await handlers.createScenario({ id, name: 'Lean start', from: 'baseline' }));
    const change = { op: 'updateWorkload', id: 'clin-pg', field: 'pinnedWave', value: 3 };
    value(await handlers.applyChanges({ estateId: id, baseRevision: scenario.estate.revision, changes: [change] }));
    const own = value<{ name: string; baselineName: string; scenarios: unknown[]; workloads: { id: string; pinnedWave: number | null }[] }>(await handlers.openEstateText({ id }));
    expect(own).toMatchObject({
      name: 'Meridian',
      baselineName: 'Baseline',
      scenarios: [{ id: scenario.activeScenarioId, name: 'Lean start', decisions: { 'clin-pg': { pinnedWave: 3 } }, settings: {} }],
    });
    expect(own.workloads.find((w) => w.id === 'clin-pg')?.pinnedWave).toBeNull();
    // A scenario made by a change set, not the active one: the active view's answer is unchanged, the text has it.
    const made = { op: 'setScenario', id: 'from-theirs', before: null, after: { name: 'From theirs', index: 2, active: false, decisions: {}, settings: {} } };
    value(await handlers.applyChanges({ estateId: id, baseRevision: scenario.estate.revision + 1, changes: [made] }));
    const after = value<{ scenarios: { id: string }[] }>(await handlers.openEstateText({ id }));
    expect(after.scenarios.map((s) => s.id)).toEqual([scenario.activeScenarioId, 'from-theirs']);
    const bad = await handlers.applyChanges({ estateId: id, baseRevision: scenario.estate.revision + 2, changes: [{ op: 'setScenario', id: 'baseline', before: null, after: made.after }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('The baseline can be changed but neither made nor removed') } });
    expect(await handlers.openEstateText({ id: 'NOT AN ID' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
