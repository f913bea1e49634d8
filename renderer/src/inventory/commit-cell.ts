import type { Change } from '../../../shared/changes/change-set';
import { parseFieldText } from '../../../shared/domain/field-text';
import type { Workload } from '../../../shared/domain/workload';
import type { FieldSpec } from '../../../shared/domain/workload-fields';
import type { Draft } from '../store/estate-store';

// Text typed or pasted into a field means the same from the grid's editor, a paste,
// the detail panel and the bulk bar: parsed for the field, then an update of each
// target that does not already hold the value. Text that does not parse is a draft,
// kept with its reason and never sent.

export type CellCommit =
  /** `changes` is empty when every target already holds `value`. */
  { ok: true; value: unknown; changes: Change[] } | { ok: false; draft: Draft };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Parses `text` for `field` and updates the targets it changes (no targets: only whether and what it parses). */
export function commitCellText(field: FieldSpec, text: string, targets: readonly Workload[]): CellCommit {
  const parsed = parseFieldText(field, text);
  if (!parsed.ok) return { ok: false, draft: { text, error: parsed.error } };
  const changes: Change[] = targets.filter((w) => !same(w[field.key], parsed.value)).map((w) => ({ op: 'updateWorkload', id: w.id, field: field.key, value: parsed.value }));
  return { ok: true, value: parsed.value, changes };
}
