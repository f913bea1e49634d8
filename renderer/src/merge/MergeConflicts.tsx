import type { MergeConflict, Resolutions, Side } from '../../../shared/estate-text/merge-types';
import { shownValue } from '../../../shared/estate-text/diff-words';

const KIND_WORDS: Record<MergeConflict['kind'], string> = {
  field: 'changed differently on both sides',
  'remove-edit': 'removed on one side, changed on the other',
  'add-add': 'added on both sides, differently',
  dangling: 'links to a workload the merge removes: it goes with it',
};

/** A side's value as a choice: a whole workload or dependency is said by what it is. */
function valueOf(conflict: MergeConflict, value: unknown): string {
  if (value === undefined) return conflict.field ? '(none)' : '(not there)';
  if (!conflict.field && typeof value === 'object' && value && 'name' in value) return `keep it (${String((value as { name: unknown }).name)})`;
  if (!conflict.field) return 'keep it';
  return shownValue(value);
}

/** Each conflict with base, this estate's and the copy's value; one choice each, none made for the user. */
export function MergeConflicts({ conflicts, resolutions, onResolve, hasBase }: { conflicts: MergeConflict[]; resolutions: Resolutions; onResolve(id: string, side: Side): void; hasBase: boolean }) {
  if (!conflicts.length) return null;
  const sides: { side: Side; label: string }[] = [
    { side: 'ours', label: 'This estate' },
    { side: 'theirs', label: 'The other copy' },
    ...(hasBase ? [{ side: 'base' as const, label: 'As it was (base)' }] : []),
  ];
  return (
    <section aria-label="Conflicts" className="merge-conflicts">
      <h3>
        Conflicts <span className="muted small">choose which value each takes; nothing is decided for you</span>
      </h3>
      <table className="import-problems">
        <thead>
          <tr>
            <th scope="col">What</th>
            {sides.map((s) => (
              <th scope="col" key={s.side}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {conflicts.map((c) => (
            <tr key={c.id} data-conflict={c.id} className={resolutions[c.id] ? 'resolved' : 'open'}>
              <th scope="row">
                <span className="conflict-subject">{c.label}</span>
                {c.field && <span className="conflict-field">{c.field}</span>}
                <span className="muted small">{KIND_WORDS[c.kind]}</span>
              </th>
              {c.kind === 'dangling' ? (
                <td colSpan={sides.length}>
                  <label className="conflict-choice">
                    <input type="checkbox" checked={resolutions[c.id] !== undefined} onChange={() => onResolve(c.id, 'ours')} />
                    <span>Remove the link with its workload</span>
                  </label>
                </td>
              ) : (
                sides.map((s) => (
                  <td key={s.side}>
                    <label className="conflict-choice">
                      <input type="radio" name={`conflict-${c.id}`} checked={resolutions[c.id] === s.side} onChange={() => onResolve(c.id, s.side)} />
                      <span>{valueOf(c, c[s.side])}</span>
                    </label>
                  </td>
                ))
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
