import { describe, expect, it } from 'vitest';
import { indexEstate } from '../../../../shared/domain/estate-index.js';
import type { Workload } from '../../../../shared/domain/workload.js';
import { addStep, editStep, forget, moveStep } from '../../../../shared/rollback/runbook-edit-ops.js';
import { applyRunbookEdits, NO_RUNBOOK_EDITS, staleEdits, type EditedStep, type RunbookEdits } from '../../../../shared/rollback/runbook-edits.js';
import { DEFAULT_ROLLBACK_SETTINGS } from '../../../../shared/rollback/rollback-settings.js';
import { buildRunbooks } from '../../../../shared/rollback/runbook.js';
import type { Runbook } from '../../../../shared/rollback/runbook-types.js';
import { dependency, workload } from '../estate-builders.js';
import { wave } from './runbook-builders.js';

const db = workload('db', { name: 'PostgreSQL primary', kind: 'database', databaseGb: 500, system: 'Odoo ERP' });
const web = workload('web', { name: 'Odoo web', kind: 'application', system: 'Odoo ERP' });
const cache = workload('cache', { name: 'Redis', kind: 'cache', system: 'Odoo ERP' });
const deps = [dependency('web', 'db', { id: 'wd' }), dependency('web', 'cache', { id: 'wc' })];

/** Runbooks for waves given as lists of workload ids (the source kept two weeks unless told). */
function runbooks(waves: Record<number, string[]>, workloads: Workload[] = [db, web, cache], parallelRunWeeks = 2): Runbook[] {
  const plan = { waves: Object.entries(waves).map(([n, ids]) => wave(ids, Number(n))), waveOf: new Map(Object.entries(waves).flatMap(([n, ids]) => ids.map((id) => [id, Number(n)] as const))) };
  return buildRunbooks({
    plan,
    workloads,
    dependencies: deps,
    index: indexEstate(
      workloads.map((w) => w.id),
      deps,
    ),
    settings: DEFAULT_ROLLBACK_SETTINGS,
    parallelRunWeeks,
  });
}
const only = (r: Runbook[]) => r[0] as Runbook;
const ids = (edits: RunbookEdits, r: Runbook) => applyRunbookEdits(r, edits).steps.map((s) => s.id);

describe('runbook edits', () => {
  const before = only(runbooks({ 2: ['db', 'cache', 'web'] }));
  const shown = applyRunbookEdits(before, NO_RUNBOOK_EDITS);
  const step = (id: string) =>
    shown.steps.find((s) => s.id === id) ??
    (() => {
      throw new Error(id);
    })();

  it('rewords a step and keeps the wording when the runbook is generated again, marking a change of the generated text', () => {
    const edits = editStep(NO_RUNBOOK_EDITS, 2, step('backup:db'), { text: 'Snapshot PostgreSQL with pgBackRest and copy it off site.', owner: 'DBA team' });
    const again = applyRunbookEdits(only(runbooks({ 2: ['db', 'cache', 'web'] })), edits);
    expect(again.steps.find((s) => s.id === 'backup:db')).toMatchObject({
      text: 'Snapshot PostgreSQL with pgBackRest and copy it off site.',
      owner: 'DBA team',
      reworded: true,
      generatedChanged: false,
    });
    // The restore throughput changed: the generated wording moved on under the edit.
    const slower = buildRunbooks({
      plan: {
        waves: [wave(['db', 'cache', 'web'], 2)],
        waveOf: new Map([
          ['db', 2],
          ['cache', 2],
          ['web', 2],
        ]),
      },
      workloads: [db, web, cache],
      dependencies: deps,
      index: indexEstate(['db', 'web', 'cache'], deps),
      settings: { ...DEFAULT_ROLLBACK_SETTINGS, restoreGbPerHour: 100 },
      parallelRunWeeks: 2,
    });
    expect(applyRunbookEdits(only(slower), edits).steps.find((s) => s.id === 'backup:db')?.generatedChanged).toBe(true);
  });

  it('follows a workload to another wave, and reports what no longer applies', () => {
    const edits = editStep(editStep(NO_RUNBOOK_EDITS, 2, step('back:cache'), { text: 'Flush Redis and point Odoo at the old one.' }), 2, step('wave-2:dns'), { owner: 'Network team' });
    const moved = runbooks({ 2: ['db', 'web'], 3: ['cache'] });
    expect(applyRunbookEdits(moved[1] as Runbook, edits).steps.find((s) => s.id === 'back:cache')?.text).toBe('Flush Redis and point Odoo at the old one.');
    const waveOf = (id: string) => ({ db: 2, web: 2, cache: 3 })[id];
    const stepIds = (n: number) => new Set(moved.find((r) => r.wave === n)?.steps.map((s) => s.id));
    expect(staleEdits(edits, waveOf, stepIds)).toEqual([]);
    // Without Odoo web in wave 2 nothing there needs its DNS lowered.
    const noWeb = runbooks({ 2: ['db'], 3: ['cache'] }, [db, cache]);
    const stale = staleEdits(
      edits,
      (id) => ({ db: 2, cache: 3 })[id],
      (n) => new Set(noWeb.find((r) => r.wave === n)?.steps.map((s) => s.id)),
    );
    expect(stale.map((s) => [s.id, s.wave])).toEqual([['wave-2:dns', 2]]);
    expect(stale[0]?.was).toBe('Lower the DNS TTL of Odoo web to 5 minutes, 48 h ahead.');
  });

  it('removes, restores and re-times steps; the rollback time is the critical path of them as edited', () => {
    // No parallel run: the database is restored (500 GB at 250 GB/h = 120 min, then 10 to open it), Odoo web
    // redeployed after it (30): 160 min; Redis is redeployed meanwhile. An added rollback step runs after all of it.
    const before = only(runbooks({ 2: ['db', 'cache', 'web'] }, [db, web, cache], 0));
    expect(before.rollbackMinutes).toBe(120 + 10 + 30);
    const step = (id: string) => applyRunbookEdits(before, NO_RUNBOOK_EDITS).steps.find((s) => s.id === id) as EditedStep;
    const removed = editStep(NO_RUNBOOK_EDITS, 2, step('restore:db'), { removed: true });
    expect(applyRunbookEdits(before, removed).rollbackMinutes).toBe(before.rollbackMinutes - 120);
    const shownRemoved = applyRunbookEdits(before, removed).steps.find((s) => s.id === 'restore:db');
    expect(shownRemoved?.removed).toBe(true);
    const restored = editStep(removed, 2, shownRemoved as EditedStep, { removed: false });
    expect(restored.steps).toEqual({});
    const timed = editStep(NO_RUNBOOK_EDITS, 2, step('restore:db'), { minutes: 45 });
    expect(applyRunbookEdits(before, timed).rollbackMinutes).toBe(before.rollbackMinutes - 120 + 45);
    const order = applyRunbookEdits(before, NO_RUNBOOK_EDITS).steps.map((s) => s.id);
    const added = addStep(NO_RUNBOOK_EDITS, 2, 'rollback', 'Tell the service desk.', 'redeploy:web', order, 'custom:r1');
    const withAdded = editStep(added, 2, applyRunbookEdits(before, added).steps.find((s) => s.id === 'custom:r1') as EditedStep, { minutes: 5 });
    expect(applyRunbookEdits(before, withAdded).rollbackMinutes).toBe(before.rollbackMinutes + 5);
  });

  it('adds a step where it was asked for and reorders within a phase, keeping new generated steps in place', () => {
    const order = shown.steps.map((s) => s.id);
    const added = addStep(NO_RUNBOOK_EDITS, 2, 'validation', 'Ask the finance lead to post a test invoice.', 'smoke:web', order, 'custom:a1');
    const withAdded = ids(added, before);
    expect(withAdded[withAdded.indexOf('smoke:web') + 1]).toBe('custom:a1');
    const moved = moveStep(added, 2, applyRunbookEdits(before, added).steps, 'smoke:web', -1);
    const after = ids(moved, before);
    expect(after.indexOf('smoke:web')).toBeLessThan(after.indexOf('smoke:cache'));
    // Moving past the edge of a phase does nothing.
    expect(moveStep(NO_RUNBOOK_EDITS, 2, shown.steps, 'cutover:db', -1)).toBe(NO_RUNBOOK_EDITS);
    // A workload joins the wave: its steps land after the step they follow in the generated order.
    const bigger = only(runbooks({ 2: ['db', 'cache', 'web', 'ehr'] }, [db, web, cache, workload('ehr', { name: 'EHR feed', kind: 'integration' })]));
    const merged = ids(moved, bigger);
    expect(merged.indexOf('smoke:ehr')).toBe(merged.indexOf('smoke:web') + 1);
    expect(merged.slice(merged.indexOf('smoke:db'), merged.indexOf('custom:a1') + 1)).toEqual(['smoke:db', 'smoke:web', 'smoke:ehr', 'smoke:cache', 'custom:a1']);
    expect(forget(moved, ['custom:a1']).added).toEqual([]);
  });
});
