import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EstateRepository } from '../../../../../electron/backend/services/estate-repository.js';
import type { EstateLibrary } from '../../../../../electron/backend/services/library.js';
import { applyChanges } from '../../../../../shared/changes/apply.js';
import { invertChanges } from '../../../../../shared/changes/invert.js';
import { CHANGE_OPS, type ChangeOp } from '../../../../../shared/changes/ops.js';
import { healthcareSampleEstate } from '../../../../../shared/sample/healthcare-estate.js';
import { CHANGE_EXAMPLES, EXAMPLE_NODE_POSITIONS, schemaOps } from '../../../../support/change-examples.js';
import { tempLibrary } from '../../../../support/temp-library.js';

// Every op the schema lets through is written to SQLite, and what is read back is what
// the renderer's pure apply shows.

let library: EstateLibrary;
let cleanup: () => void;
let id: string;
beforeEach(() => {
  ({ library, cleanup } = tempLibrary());
  id = library.create('Sample', healthcareSampleEstate()).id;
  library.applyChanges(id, 0, [{ op: 'setNodePositions', positions: EXAMPLE_NODE_POSITIONS }]);
});
afterEach(() => cleanup());

const content = () => {
  const { estate: _header, ...rest } = library.snapshot(id);
  return rest;
};

describe('the repository writes every change op', () => {
  it.each(schemaOps())('%s has a write', (op) => {
    expect(EstateRepository.writes[op as ChangeOp]).toBeTypeOf('function');
  });

  it.each(CHANGE_OPS)('%s: write then read equals the pure apply, and its inverse writes back the estate', (op) => {
    const before = content();
    const changes = CHANGE_EXAMPLES[op](before);
    library.applyChanges(id, 1, changes);
    const after = content();
    expect(after).toEqual(applyChanges(before, changes));
    library.applyChanges(id, 2, invertChanges(before, changes));
    // A removed and re-added dependency comes back at the end of the list; order is not meaning.
    const byId = (c: typeof before) => ({ ...c, dependencies: [...c.dependencies].sort((a, b) => a.id.localeCompare(b.id)) });
    expect(byId(content())).toEqual(byId(before));
  });
});
