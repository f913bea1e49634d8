import { describe, expect, it } from 'vitest';
import { applyChanges, APPLY_CHANGE } from '../../../../shared/changes/apply.js';
import { ChangeSetSchema, type Change } from '../../../../shared/changes/change-set.js';
import { invertChanges, INVERT_CHANGE } from '../../../../shared/changes/invert.js';
import { CHANGE_OPS, type ChangeOp } from '../../../../shared/changes/ops.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import { healthcareSampleEstate } from '../../../../shared/sample/healthcare-estate.js';
import { CHANGE_EXAMPLES, EXAMPLE_NODE_POSITIONS, schemaOps } from '../../../support/change-examples.js';

function sample() {
  const { workloads, dependencies } = healthcareSampleEstate();
  const positions = Object.fromEntries(workloads.map((w, i) => [w.id, i + 1]));
  return { workloads, positions, dependencies, nodePositions: EXAMPLE_NODE_POSITIONS, ...DEFAULT_ESTATE_SETTINGS };
}

// A removed and re-added dependency comes back at the end of the list; order is not meaning.
const normalise = (e: ReturnType<typeof sample>) => ({ ...e, dependencies: [...e.dependencies].sort((a, b) => a.id.localeCompare(b.id)) });

describe('the change ops', () => {
  it('are the same in the schema and in the op list', () => {
    expect(schemaOps()).toEqual([...CHANGE_OPS]);
  });

  it.each(schemaOps())('%s is applied and inverted', (op) => {
    expect(APPLY_CHANGE[op as ChangeOp]).toBeTypeOf('function');
    expect(INVERT_CHANGE[op as ChangeOp]).toBeTypeOf('function');
  });

  it.each(CHANGE_OPS)('%s: the example is valid, and undo then redo give back each estate', (op) => {
    const estate = sample();
    const changes = CHANGE_EXAMPLES[op](estate);
    expect(changes.map((c) => c.op)).toContain(op);
    expect(ChangeSetSchema.safeParse(changes).success).toBe(true);
    const after = applyChanges(estate, changes);
    expect(normalise(after)).not.toEqual(normalise(estate));
    const inverse: Change[] = invertChanges(estate, changes);
    const undone = applyChanges(after, inverse);
    expect(normalise(undone)).toEqual(normalise(estate));
    expect(normalise(applyChanges(undone, changes))).toEqual(normalise(after));
  });
});
