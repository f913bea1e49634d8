import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The app store reads the URL when it loads: give it the little of a window it needs.
vi.hoisted(() => {
  Object.assign(globalThis, { window: { location: { hash: '' }, addEventListener: () => undefined } });
});

import { invertChanges } from '../../../../shared/changes/invert.js';
import type { Change } from '../../../../shared/changes/change-set.js';
import { WaveplanError } from '../../../../shared/errors.js';
import { setBridge } from '../../../../renderer/src/bridge/current.js';
import { commitCellText } from '../../../../renderer/src/inventory/commit-cell.js';
import { FIELD_BY_KEY } from '../../../../shared/domain/workload-fields.js';
import { useAppStore } from '../../../../renderer/src/store/app-store.js';
import { useEstateStore } from '../../../../renderer/src/store/estate-store.js';
import { contentOf, ESTATE_ID, FakeHost, settle } from './fake-host.js';

const owner = (id: string, value: string): Change[] => [{ op: 'updateWorkload', id, field: 'owner', value }];
const store = () => useEstateStore.getState();
const shown = () => store().snapshot!;
const errors = () =>
  useAppStore
    .getState()
    .notices.filter((n) => n.tone === 'error')
    .map((n) => n.text);

/** Answers every change set, including those sent after an answer, until none is left. */
async function answerAll(host: FakeHost): Promise<void> {
  await settle();
  while (host.inFlight > 0) {
    host.answer();
    await settle();
  }
}

let host: FakeHost;
beforeEach(async () => {
  host = new FakeHost();
  setBridge(host.bridge);
  useEstateStore.setState(useEstateStore.getInitialState(), true);
  useAppStore.setState({ notices: [] });
  await store().open(ESTATE_ID);
});
afterEach(() => expect(store().sending).toBe(false));

describe('the save queue', () => {
  it('shows an edit at once and sends the queue in order, one at a time, each against the last acknowledged revision', async () => {
    expect(store().commit(owner('hosp-redis', 'A'), 'one')).toBe(true);
    expect(store().commit(owner('hosp-redis', 'B'), 'two')).toBe(true);
    expect(store().commit(owner('hosp-odoo-web', 'C'), 'three')).toBe(true);
    expect(shown().workloads.find((w) => w.id === 'hosp-redis')?.owner).toBe('B');
    expect(store().save.kind).toBe('saving');

    await settle();
    expect(host.inFlight).toBe(1);
    expect(host.sent).toEqual([{ baseRevision: 3, changes: owner('hosp-redis', 'A') }]);

    host.answer();
    await settle();
    expect(store().revision).toBe(4);
    expect(host.inFlight).toBe(1);
    expect(host.sent.map((s) => s.baseRevision)).toEqual([3, 4]);

    await answerAll(host);
    expect(host.sent).toEqual([
      { baseRevision: 3, changes: owner('hosp-redis', 'A') },
      { baseRevision: 4, changes: owner('hosp-redis', 'B') },
      { baseRevision: 5, changes: owner('hosp-odoo-web', 'C') },
    ]);
    expect(store().revision).toBe(6);
    expect(shown().estate.revision).toBe(6);
    expect(shown().estate.updatedAt).toBe(host.disk.estate.updatedAt);
    expect(store().queue).toEqual([]);
    expect(store().save.kind).toBe('saved');
    expect(contentOf(shown())).toEqual(contentOf(host.disk));
  });

  it('sends undo and redo as change sets of their own, queued behind the edits', async () => {
    const before = contentOf(shown());
    const edit = owner('hosp-redis', 'A');
    store().commit(edit, 'edit');
    store().undo();
    expect(contentOf(shown())).toEqual(before);
    store().redo();
    expect(shown().workloads.find((w) => w.id === 'hosp-redis')?.owner).toBe('A');
    store().undo();

    await answerAll(host);
    const inverse = invertChanges(before, edit);
    expect(host.sent).toEqual([
      { baseRevision: 3, changes: edit },
      { baseRevision: 4, changes: inverse },
      { baseRevision: 5, changes: edit },
      { baseRevision: 6, changes: inverse },
    ]);
    expect(contentOf(host.disk)).toEqual(before);
    expect(contentOf(shown())).toEqual(contentOf(host.disk));
    expect(store().undoStack).toEqual([]);
    expect(store().redoStack.map((e) => e.label)).toEqual(['edit']);
  });

  it('reloads the estate as it is on disk when the back end refuses a change set', async () => {
    store().commit(owner('hosp-redis', 'saved'), 'kept');
    await answerAll(host);
    // Another window removes the workload this window is about to edit, and this
    // window's next change set is refused whole (here: it names a workload that is gone).
    store().commit(owner('hosp-redis', 'refused'), 'refused');
    store().commit(owner('hosp-odoo-web', 'queued behind it'), 'dropped');
    await settle();
    host.refuse(new WaveplanError('conflict', 'Change 1 (updateWorkload): no workload with id hosp-redis', { changeIndex: 0 }));
    await settle();

    expect(host.opens).toBe(2);
    expect(host.inFlight).toBe(0);
    expect(host.sent).toHaveLength(2);
    expect(contentOf(shown())).toEqual(contentOf(host.disk));
    expect(shown().workloads.find((w) => w.id === 'hosp-redis')?.owner).toBe('saved');
    expect(store().revision).toBe(host.disk.estate.revision);
    expect(store().queue).toEqual([]);
    expect(store().undoStack).toEqual([]);
    expect(errors()).toEqual(['Not saved: Change 1 (updateWorkload): no workload with id hosp-redis. The estate was reloaded as it is on disk.']);
  });

  it('stops saving when another window changed the estate, and a reload shows what that window saved', async () => {
    host.write(owner('hosp-odoo-web', 'other window'));
    store().commit(owner('hosp-redis', 'mine'), 'mine');
    store().commit(owner('hosp-redis', 'mine again'), 'mine again');
    await answerAll(host);

    expect(store().save).toEqual({ kind: 'conflict', message: expect.stringMatching(/changed in another window or tab \(it is at revision 4, this window had 3\)/) });
    expect(host.sent).toHaveLength(1);
    // Nothing more is taken or sent until the estate is reloaded.
    expect(store().commit(owner('hosp-redis', 'later'), 'later')).toBe(false);
    expect(errors()).toEqual(['This estate changed in another window. Reload it before editing.']);
    store().undo();
    await settle();
    expect(host.sent).toHaveLength(1);
    expect(shown().workloads.find((w) => w.id === 'hosp-redis')?.owner).toBe('mine again');

    await store().open(ESTATE_ID);
    expect(store().save.kind).toBe('saved');
    expect(store().revision).toBe(4);
    expect(contentOf(shown())).toEqual(contentOf(host.disk));
    expect(shown().workloads.find((w) => w.id === 'hosp-odoo-web')?.owner).toBe('other window');
  });

  it('keeps text that does not parse as a draft on its cell and never sends it', async () => {
    const redis = shown().workloads.find((w) => w.id === 'hosp-redis')!;
    const result = commitCellText(FIELD_BY_KEY.rtoMinutes, 'soon', [redis]);
    expect(result.ok).toBe(false);
    if (!result.ok) store().setDraft(redis.id, 'rtoMinutes', result.draft);
    await settle();
    expect(store().drafts['hosp-redis:rtoMinutes']).toEqual({ text: 'soon', error: expect.stringContaining('soon') });
    expect(store().queue).toEqual([]);
    expect(host.sent).toEqual([]);
    expect(shown().workloads.find((w) => w.id === 'hosp-redis')?.rtoMinutes).toBe(redis.rtoMinutes);
  });
});

describe('errors', () => {
  it('keeps an edit the disk could not take and sends it again on retry', async () => {
    store().commit(owner('hosp-redis', 'A'), 'edit');
    await settle();
    host.refuse(new WaveplanError('storage', 'The disk is full: your last edit was not saved.'));
    await settle();
    expect(store().save).toEqual({ kind: 'offline', message: 'The disk is full: your last edit was not saved.' });
    expect(store().queue).toEqual([owner('hosp-redis', 'A')]);
    expect(shown().workloads.find((w) => w.id === 'hosp-redis')?.owner).toBe('A');

    store().retry();
    await answerAll(host);
    expect(host.sent).toEqual([
      { baseRevision: 3, changes: owner('hosp-redis', 'A') },
      { baseRevision: 3, changes: owner('hosp-redis', 'A') },
    ]);
    expect(store().save.kind).toBe('saved');
    expect(contentOf(shown())).toEqual(contentOf(host.disk));
  });

  it('says why an edit that does not fit the estate is not taken, and sends nothing', async () => {
    const copy = shown().workloads.find((w) => w.id === 'hosp-redis')!;
    expect(store().commit([{ op: 'addWorkload', workload: copy, position: 99 }], 'edit')).toBe(false);
    await settle();
    expect(errors()).toEqual(['That edit could not be applied: A workload with id hosp-redis already exists']);
    expect(store().undoStack).toEqual([]);
    expect(host.sent).toEqual([]);
  });
});

describe('whole-workload rules', () => {
  it('refuses an edit that leaves no day to cut over (not after before not before), and sends nothing', async () => {
    const set = (field: 'notBefore' | 'notAfter', value: string): Change[] => [{ op: 'updateWorkload', id: 'hosp-redis', field, value }];
    expect(store().commit(set('notBefore', '2027-04-01'), 'not before')).toBe(true);
    await answerAll(host);
    expect(store().commit(set('notAfter', '2027-03-01'), 'not after')).toBe(false);
    expect(errors().at(-1)).toMatch(/Not after \(2027-03-01\) is before not before \(2027-04-01\): no day is left to cut over/);
    expect(shown().workloads.find((w) => w.id === 'hosp-redis')?.notAfter).toBe('');
    expect(host.sent.length).toBe(1);
  });
});
