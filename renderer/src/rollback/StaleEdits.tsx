import { forget } from '../../../shared/rollback/runbook-edit-ops';
import type { RunbookEdits, StaleEdit } from '../../../shared/rollback/runbook-edits';
import { saveRunbookEdits } from '../store/save-setting';

function describe(s: StaleEdit): string {
  const e = s.edit;
  if ('phase' in e) return `Wave ${s.wave}: the step you added, “${e.text}”`;
  const parts = [
    e.text !== undefined ? `reworded to “${e.text}”` : '',
    e.removed ? 'removed' : '',
    e.owner ? `owner ${e.owner}` : '',
    e.approver ? `approver ${e.approver}` : '',
    e.minutes !== undefined ? `${e.minutes} min` : '',
  ].filter(Boolean);
  return `Wave ${s.wave}: “${s.was}”: ${parts.join(', ')}`;
}

/** Edits whose step the plan no longer generates, in any wave: said, with the wave they were made in, and kept until forgotten. */
export function StaleEdits({ stale, edits }: { stale: readonly StaleEdit[]; edits: RunbookEdits }) {
  if (stale.length === 0) return null;
  return (
    <div className="stale-edits" role="status">
      <strong>
        {stale.length === 1 ? 'One of your edits no longer applies' : `${stale.length} of your edits no longer apply`}: the plan or the estate changed and their step is no longer in any runbook.
      </strong>
      <ul>
        {stale.map((s) => (
          <li key={s.id}>
            <span>{describe(s)}</span>
            <button type="button" className="link small" onClick={() => saveRunbookEdits(forget(edits, [s.id]), 'Forget an edit that no longer applies')}>
              Forget
            </button>
          </li>
        ))}
      </ul>
      {stale.length > 1 && (
        <button
          type="button"
          className="button small"
          onClick={() =>
            saveRunbookEdits(
              forget(
                edits,
                stale.map((s) => s.id),
              ),
              `Forget ${stale.length} edits that no longer apply`,
            )
          }
        >
          Forget all {stale.length}
        </button>
      )}
    </div>
  );
}
