import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, type HandlerTable } from '../../../../electron/backend/handlers.js';
import { contract, METHOD_NAMES } from '../../../../shared/contract.js';
import { tempLibrary } from '../../../support/temp-library.js';

let handlers: HandlerTable;
let cleanup: () => void;
beforeEach(() => {
  const t = tempLibrary();
  cleanup = t.cleanup;
  handlers = createHandlers({ host: 'web', library: t.library });
});
afterEach(() => cleanup());

const JUNK: unknown[] = [null, 42, 'text', [], { id: 5 }, { id: '../../etc/passwd' }, { estateId: 'x', baseRevision: -1, changes: [] }, { __proto__: { admin: true } }, { name: 'x'.repeat(10_000) }];

describe('the handler table', () => {
  it('checks its answers against the contract in tests, so a value the renderer cannot draw fails here first', async () => {
    const t = tempLibrary();
    try {
      t.library.list = () => [{ id: 'odd', name: undefined } as never];
      const result = await createHandlers({ host: 'web', library: t.library }).listEstates({});
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatchObject({ code: 'internal', message: expect.stringMatching(/^Waveplan answered with a value outside its contract, from listEstates: 0\.name: /) });
      // Off, the same answer passes through as it is (as in a packaged app).
      expect((await createHandlers({ host: 'web', library: t.library, checkOutputs: false }).listEstates({})).ok).toBe(true);
    } finally {
      t.cleanup();
    }
  });

  it('has exactly one handler per contract method', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.keys(contract).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('refuses junk input to every method with a validation error that says where', async () => {
    for (const method of METHOD_NAMES) {
      for (const junk of JUNK) {
        if ((method === 'getAppInfo' || method === 'listEstates' || method === 'takeOpenedFiles') && junk === null) continue; // no input is valid input
        const result = await handlers[method](junk);
        expect(result.ok, `${method}(${JSON.stringify(junk)})`).toBe(false);
        if (!result.ok) {
          expect(result.error.code, `${method}(${JSON.stringify(junk)})`).toBe('invalid-input');
          expect(result.error.message).toMatch(new RegExp(`^Invalid input to ${method}: `));
        }
      }
    }
  });

  it('answers a valid call, and keeps a service error’s code and message', async () => {
    const created = await handlers.createEstate({ name: 'Acme', from: 'sample' });
    expect(created.ok).toBe(true);
    const missing = await handlers.openEstate({ id: 'no-such-estate' });
    expect(missing).toEqual({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/There is no estate “no-such-estate”/) } });
    const dialog = await handlers.saveFile({ suggestedName: 'a.waveplan', bytes: '' });
    expect(dialog.ok).toBe(false);
  });

  it('validates outputs against the contract', async () => {
    const created = await handlers.createEstate({ name: 'Acme', from: 'sample' });
    if (!created.ok) throw new Error('create failed');
    const summary = contract.createEstate.output.parse(created.value);
    const snapshot = await handlers.openEstate({ id: summary.id });
    if (!snapshot.ok) throw new Error('open failed');
    expect(() => contract.openEstate.output.parse(snapshot.value)).not.toThrow();
    // The sample keeps its cutovers off Irish public holidays from the start.
    expect(contract.openEstate.output.parse(snapshot.value).planSettings.holidays).toEqual({ country: 'IE', region: '' });
    const blank = await handlers.createEstate({ name: 'Blank', from: 'blank' });
    if (!blank.ok) throw new Error('create failed');
    const blankSnapshot = await handlers.openEstate({ id: contract.createEstate.output.parse(blank.value).id });
    if (!blankSnapshot.ok) throw new Error('open failed');
    expect(contract.openEstate.output.parse(blankSnapshot.value).planSettings.holidays).toBeNull();
    const list = await handlers.listEstates({});
    if (!list.ok) throw new Error('list failed');
    expect(() => contract.listEstates.output.parse(list.value)).not.toThrow();
    const info = await handlers.getAppInfo({});
    if (!info.ok) throw new Error('info failed');
    expect(contract.getAppInfo.output.parse(info.value)).toMatchObject({ host: 'web', version: '0.1.0' });
  });
});
